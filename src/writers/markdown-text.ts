// The Markdown writer's handler for text nodes: remark-stringify's own escaping, asked only
// when it can change something.
//
// Why: mdast-util-to-markdown escapes every text node by running each of its ~90 "unsafe"
// patterns (about 35 in scope in a paragraph) as a separate regex over the whole text, then
// escaping the matches. On a document of ordinary prose that was three quarters of the
// writer's time, and for most paragraphs it finds nothing to escape.
//
// What this does instead, for each text node:
// 1. The in-scope patterns, joined into one alternation (built once per construct stack),
//    are tested on the same string the library scans (the text with the characters before
//    and after it). If none matches and there is no backslash, the library would escape
//    nothing: it escapes only characters at positions where an in-scope pattern matches,
//    and otherwise changes the text only to double a backslash before punctuation. The
//    text is then returned as it is. The same holds when the leftmost match starts in
//    the characters after the text (the line ending after a heading): no pattern then
//    matches starting earlier, and a match's character is never before its start, so
//    every position found is after the text, where the library escapes nothing.
// 2. Otherwise the library's own escaping runs (state.safe), given only the in-scope
//    patterns (it skips the others anyway) whose character occurs in that string (each
//    character looked for once). A pattern matches its character literally, so one whose
//    character is absent finds no position and contributes nothing; the others run
//    exactly as before, in their order. The output is the library's, only cheaper to get.
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
  /** The alternation of its in-scope patterns (one regex per flag set), or null when
   * step 1 cannot be used there. */
  quick: RegExp[] | null
  /** Its in-scope patterns, in the list's order (safe() skips the others anyway), and
   * their characters, each once. */
  patterns: Unsafe[]
  characters: string[]
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

export const text: TextHandle = (node, parent, state, info) => {
  const input = node.value || ''
  // the string safe() runs its patterns over
  const whole = (info.before || '') + input + (info.after || '')
  const scope = scopeOf(state)
  const end = whole.length - (info.after || '').length
  if (scope.quick && !whole.includes('\\') && !scope.quick.some((re) => (re.exec(whole)?.index ?? end) < end)) return input
  // as mdast-util-to-markdown's own text handler (2.2.3, lib/handle/text.js), but with only
  // the fields safe() reads: spreading `info`, as the library does, cost more than all of
  // the quick test above (the positions in it are for tracking and change no output)
  const siblings = parent ? parent.children : []
  const index = state.indexStack[state.indexStack.length - 1]
  const config = { before: info.before, after: info.after, afterNode: siblings[index + 1], beforeNode: siblings[index - 1] }
  const all = state.unsafe
  const present = scope.characters.filter((character) => whole.includes(character))
  state.unsafe = scope.patterns.filter((pattern) => present.includes(pattern.character))
  try {
    return state.safe(input, config)
  } finally {
    state.unsafe = all
  }
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
  return { quick: buildQuick(patterns, state), patterns, characters: [...new Set(patterns.map((p) => p.character))] }
}

function buildQuick(patterns: readonly Unsafe[], state: State): RegExp[] | null {
  const sources = new Map<string, string[]>()
  for (const pattern of patterns) {
    // anchored to the text's own start or end, on a slice of the string: not handled here
    if (pattern.beforeNode || pattern.afterNode) return null
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
