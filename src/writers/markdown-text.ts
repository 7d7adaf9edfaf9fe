// The Markdown writer's handler for text nodes: remark-stringify's own escaping, asked only
// when it can change something.
//
// Why: mdast-util-to-markdown escapes every text node by running each of its ~90 "unsafe"
// patterns (about 35 in scope in a paragraph) as a separate regex over the whole text, then
// escaping the matches. On a document of ordinary prose that was three quarters of the
// writer's time, and for most paragraphs it finds nothing to escape.
//
// What this does instead, for each text node:
// 1. The library escapes only characters at positions where an in-scope pattern matches,
//    and only positions inside the text (not in the characters before and after it that
//    it scans too); otherwise it changes the text only to double a backslash before
//    punctuation. So the text is returned as it is when it holds no backslash and no
//    in-scope pattern matches inside it, which is tested in two parts, each built once
//    per construct stack:
//    - a pattern that is its character alone (no before, after or atBreak: "*", "_", "["
//      in a paragraph, every control character in an autolink) matches exactly where its
//      character is, so one character class, with the backslash, is tested on the text
//      itself. A character of the ones before or after the text ("**" around a strong's
//      text, "<" and ">" around an autolink's) is then no reason to escape anything.
//    - the other patterns, joined into one alternation, are tested on the string the
//      library scans (the text with the characters before and after it). If none
//      matches, or the leftmost match starts in the characters after the text (the line
//      ending after a heading), no pattern matches starting earlier, and a match's
//      character is never before its start, so every position found is after the text,
//      where the library escapes nothing.
// 2. Otherwise the library's own escaping runs (state.safe), given only the in-scope
//    patterns (it skips the others anyway) whose character occurs in that string (each
//    character looked for once), and of those, when the alternation of step 1 matched
//    nowhere in the string, only the ones that are their character alone. A pattern
//    matches its character literally, so one whose character is absent finds no position
//    and contributes nothing, and neither does one that matches nowhere (a position
//    outside the text still counts in safe(), next to one inside it, so the others are
//    dropped only when none of them matches at all); the rest run exactly as before, in
//    their order. The output is the library's, only cheaper to get. (The text of a
//    paragraph with a "[" or "*" comes here; it used to be scanned by some twenty
//    patterns, now by the few of its characters.)
// Patterns tied to sibling nodes (beforeNode/afterNode) are never handled by step 1.
//
// test/markdown-text.test.ts compares this handler against plain remark-stringify on
// random and hostile trees, so the equivalence is checked, not assumed.
// What it saves: see markdown-blocks.ts (bench/forks.js times the two together).
import type { Options } from 'remark-stringify'

type TextHandle = NonNullable<NonNullable<Options['handlers']>['text']>
type State = Parameters<TextHandle>[2]
type Unsafe = State['unsafe'][number]

/** What the handler knows of one construct stack. */
interface Scope {
  /** The alternation of its in-scope patterns that have a before, after or atBreak (one
   * regex per flag set), or null when step 1 cannot be used there. */
  quick: RegExp[] | null
  /** The characters of its in-scope patterns that are their character alone, and the
   * backslash, as one class. */
  plain: RegExp
  /** Its in-scope patterns, in the list's order (safe() skips the others anyway), and
   * their characters, each once. */
  patterns: Unsafe[]
  characters: string[]
  /** Those of its patterns that are their character alone, in the same order. */
  plainPatterns: Unsafe[]
}

/** The scopes by construct stack, one level a name, so finding one builds no string. */
interface StackTrie {
  scope?: Scope
  next: Map<string, StackTrie>
}

interface Patterns {
  /** The state's unsafe list this was built for (same objects, same order). */
  unsafe: readonly Unsafe[]
  scopes: StackTrie
}

// A serialiser's unsafe list is the library's defaults plus its extensions' patterns, the
// same objects on every call, so the regexes built for one document serve the next.
const built: Patterns[] = []
const ofState = new WeakMap<State, Patterns>()

const handleText: TextHandle = (node, parent, state, info) => {
  const input = node.value || ''
  // the string safe() runs its patterns over
  const whole = (info.before || '') + input + (info.after || '')
  const scope = scopeOf(state)
  const end = whole.length - (info.after || '').length
  // where the leftmost match of the other patterns starts, Infinity for none
  const first = scope.quick ? leftmost(scope.quick, whole) : 0
  if (scope.quick && first >= end && !scope.plain.test(input)) return input
  // as mdast-util-to-markdown's own text handler (2.2.3, lib/handle/text.js), but with only
  // the fields safe() reads: spreading `info`, as the library does, cost more than all of
  // the quick test above (the positions in it are for tracking and change no output)
  const siblings = parent ? parent.children : []
  const index = state.indexStack[state.indexStack.length - 1]
  const config = { before: info.before, after: info.after, afterNode: siblings[index + 1], beforeNode: siblings[index - 1] }
  const all = state.unsafe
  const present = scope.characters.filter((character) => whole.includes(character))
  // none of the other patterns matching anywhere, they give safe() no position at all
  const some = first === Infinity ? scope.plainPatterns : scope.patterns
  state.unsafe = some.filter((pattern) => present.includes(pattern.character))
  try {
    return state.safe(input, config)
  } finally {
    state.unsafe = all
  }
}

/** What containerPhrasing asks of a text node before it writes the sibling in front of it
 * (a handler's `peek`, else the handler itself): its output, of which it reads the first
 * character alone, to tell the sibling what follows it. That character is the text's own
 * first one unless the library escapes it, and it escapes only a character some in-scope
 * pattern is about, so for any other the text itself is the answer and no pattern needs
 * to run. */
const peekText: TextHandle = (node, parent, state, info) => {
  const input = node.value || ''
  const head = input.codePointAt(0)
  if (head === undefined || !scopeOf(state).characters.includes(String.fromCodePoint(head))) return input
  return handleText(node, parent, state, info)
}

export const text: TextHandle = Object.assign(handleText, { peek: peekText })

function leftmost(quick: readonly RegExp[], whole: string): number {
  let first = Infinity
  for (const re of quick) first = Math.min(first, re.exec(whole)?.index ?? Infinity)
  return first
}

function scopeOf(state: State): Scope {
  let level = patternsOf(state).scopes
  for (const name of state.stack) {
    let next = level.next.get(name)
    if (!next) {
      next = { next: new Map() }
      level.next.set(name, next)
    }
    level = next
  }
  return (level.scope ??= buildScope(state))
}

function patternsOf(state: State): Patterns {
  let patterns = ofState.get(state)
  if (!patterns) {
    const unsafe = state.unsafe
    patterns = built.find((p) => p.unsafe.length === unsafe.length && p.unsafe.every((u, i) => u === unsafe[i]))
    if (!patterns) {
      patterns = { unsafe: [...unsafe], scopes: { next: new Map() } }
      built.push(patterns)
    }
    ofState.set(state, patterns)
  }
  return patterns
}

function buildScope(state: State): Scope {
  const patterns = state.unsafe.filter((pattern) => inScope(state.stack, pattern))
  const plain = patterns.filter(isPlain)
  const characters = ['\\', ...plain.map((p) => p.character)].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`)
  return {
    quick: buildQuick(patterns, state),
    plain: new RegExp(`[${characters.join('')}]`, 'u'),
    patterns,
    plainPatterns: plain,
    characters: [...new Set(patterns.map((p) => p.character))],
  }
}

/** A pattern whose every match is its one character and nothing around it: compilePattern
 * gives the escaped character alone for it. */
function isPlain(pattern: Unsafe): boolean {
  return !pattern.before && !pattern.after && !pattern.atBreak && !pattern.beforeNode && !pattern.afterNode && [...pattern.character].length === 1
}

function buildQuick(patterns: readonly Unsafe[], state: State): RegExp[] | null {
  const sources = new Map<string, string[]>()
  for (const pattern of patterns) {
    // anchored to the text's own start or end, on a slice of the string: not handled here
    if (pattern.beforeNode || pattern.afterNode) return null
    if (isPlain(pattern)) continue
    const compiled = state.compilePattern(pattern)
    // an alternation keeps each pattern's meaning unless one refers to a group by number or name
    if (/\\[1-9k]|\(\?<[^=!]/.test(compiled.source)) return null
    const flags = compiled.flags.replace('g', '')
    sources.set(flags, [...(sources.get(flags) ?? []), `(?:${compiled.source})`])
  }
  return [...sources].map(([flags, list]) => new RegExp(list.join('|'), flags))
}

/** mdast-util-to-markdown's patternInScope (2.2.3, lib/util/pattern-in-scope.js). */
function inScope(stack: readonly string[], pattern: Unsafe): boolean {
  return listInScope(stack, pattern.inConstruct, true) && !listInScope(stack, pattern.notInConstruct, false)
}

function listInScope(stack: readonly string[], list: Unsafe['inConstruct'], none: boolean): boolean {
  const names = typeof list === 'string' ? [list] : list
  if (!names || names.length === 0) return none
  return names.some((name) => stack.includes(name))
}
