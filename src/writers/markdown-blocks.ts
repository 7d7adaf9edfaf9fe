// The Markdown writer's handlers for blocks: root, paragraph and heading. Each is
// mdast-util-to-markdown's own (2.2.3, lib/handle/*.js), less work whose result the output
// never shows: the positions the library tracks (it splits every block's output at its
// line breaks to count lines and columns, which no handler's output depends on), the
// emphasis machinery run over a paragraph or heading of one text node or link, and the
// generic dispatch to a child's handler.
//
// test/markdown-text.test.ts compares the bytes with plain remark-stringify on random and
// hostile trees.
//
// What it saves (bench/forks.js, with markdown-text.ts): with the library's handlers the
// batch's conversion to md + json + csl takes about a fifth longer (+22.6%: 1,130 against
// 123 ms of Markdown serialisation per 1,000 documents).
import type { Heading, Nodes, Paragraph, Parents, Root, RootContent } from 'mdast'
import type { Options } from 'remark-stringify'

type Handlers = NonNullable<Options['handlers']>
type RootHandle = NonNullable<Handlers['root']>
type ParagraphHandle = NonNullable<Handlers['paragraph']>
type HeadingHandle = NonNullable<Handlers['heading']>
type State = Parameters<RootHandle>[2]
type Info = Parameters<RootHandle>[3]

/** mdast-util-phrasing's list: a root holding any of these is written as phrasing. */
const PHRASING = new Set([
  'break', 'delete', 'emphasis', 'footnote', 'footnoteReference', 'image', 'imageReference', 'inlineCode',
  'inlineMath', 'link', 'linkReference', 'mdxJsxTextElement', 'mdxTextExpression', 'strong', 'text', 'textDirective',
])

/** The root: lib/handle/root.js, and for a root of blocks, util/container-flow.js without
 * its tracker (a tenth of the writer's time). The blocks inside other containers (a
 * footnote definition) still go through the library's containerFlow. */
export const root: RootHandle = (node: Root, _parent, state, info) => {
  state.createTracker = untracked
  if (node.children.some((child) => PHRASING.has(child.type))) {
    const exit = state.enter('phrasing')
    const value = state.containerPhrasing(node, info)
    exit()
    return value
  }
  return flow(node, state, info)
}

type Tracker = ReturnType<State['createTracker']>

// Positions are never part of the output: in mdast-util-to-markdown (2.2.3) and the
// extensions memo loads (gfm, frontmatter), `now` and `lineShift` are read only by the
// tracker itself (util/track.js), which hands them on to the next handler's `info`. So
// every tracker the library's handlers make below this root (list items, links, emphasis,
// strong, containerPhrasing, footnote definitions) can be one that keeps nothing: each
// move() otherwise splits the text it is given at its line breaks to count lines, and each
// current() makes two objects, which the library then spreads into every child's `info`
// (one empty object is the cheapest to spread; a frozen one was slower). No handler
// writes to the `info` it is given, so sharing it is safe. The state is made afresh for
// every stringify call, so this changes only the call this root belongs to.
const NOWHERE = {} as ReturnType<Tracker['current']>
const UNTRACKED: Tracker = { move: (value) => value || '', current: () => NOWHERE, shift: () => {} }
const untracked: State['createTracker'] = () => UNTRACKED

function flow(node: Root, state: State, info: Info): string {
  const children = node.children
  const indexStack = state.indexStack
  let value = ''
  indexStack.push(-1)
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    indexStack[indexStack.length - 1] = index
    value += handle(child, node, state, around(info, '\n', '\n')) || ''
    if (child.type !== 'list') state.bulletLastUsed = undefined
    if (index < children.length - 1) value += between(child, children[index + 1], node, state)
  }
  indexStack.pop()
  return value
}

/** What separates two blocks: the last join rule with an opinion decides (a number of
 * blank lines, or false for blocks that must not touch), else one blank line. */
function between(left: RootContent, right: RootContent, parent: Root, state: State): string {
  for (let index = state.join.length - 1; index >= 0; index--) {
    const result = state.join[index](left, right, parent, state)
    if (result === true || result === 1) break
    if (typeof result === 'number') return '\n'.repeat(1 + result)
    if (result === false) return '\n\n<!---->\n\n'
  }
  return '\n\n'
}

/** The paragraph: lib/handle/paragraph.js, with phrasingOf's short way for one text node or
 * link, as most of a dump's paragraphs are. */
export const paragraph: ParagraphHandle = (node, _parent, state, info) => {
  const exit = state.enter('paragraph')
  const subexit = state.enter('phrasing')
  const value = phrasingOf(node, state, info)
  subexit()
  exit()
  return value
}

/** The heading: lib/handle/heading.js, with phrasingOf's short way for one text node, as
 * the writer's title and section headings are. */
export const heading: HeadingHandle = (node, _parent, state, info) => {
  const rank = Math.max(Math.min(6, node.depth || 1), 1)
  if (asSetext(node, state)) {
    const exit = state.enter('headingSetext')
    const subexit = state.enter('phrasing')
    const value = phrasingOf(node, state, around(info, '\n', '\n'))
    subexit()
    exit()
    // underlined as wide as the heading's last line
    const lastLine = value.length - (Math.max(value.lastIndexOf('\r'), value.lastIndexOf('\n')) + 1)
    return `${value}\n${(rank === 1 ? '=' : '-').repeat(lastLine)}`
  }
  const sequence = '#'.repeat(rank)
  const exit = state.enter('headingAtx')
  const subexit = state.enter('phrasing')
  let value = phrasingOf(node, state, around(info, '# ', '\n'))
  // a leading tab or space would be taken for the space after the #s: a character reference
  const head = value.charCodeAt(0)
  if (head === 9 || head === 32) value = `&#x${head.toString(16).toUpperCase()};${value.slice(1)}`
  value = value ? `${sequence} ${value}` : sequence
  if (state.options.closeAtx) value += ` ${sequence}`
  subexit()
  exit()
  return value
}

type Handle = NonNullable<Handlers['text']>

/** state.handle(node, …) without zwitch in between, whose rest parameters and spread on
 * every call cost more than the root handler's own work: the handler for the node's type
 * from the table the library itself looks peeks up in, called as zwitch calls it (with the
 * state as `this`); state.handle for a type without one. */
function handle(node: Nodes, parent: Parents, state: State, info: Info): string {
  const handlers = (state.handle as unknown as { handlers: Record<string, Handle | undefined> }).handlers
  const handler = Object.hasOwn(handlers, node.type) ? handlers[node.type] : undefined
  return handler ? handler.call(state, node, parent, state, info) : state.handle(node, parent, state, info)
}

/** What a child is told of its surroundings: the characters before and after it, and the
 * parent's position, passed on as it is (see above). Written out field by field: an
 * object spread here cost more than the heading's own work. */
function around(info: Info, before: string, after: string): Info {
  return { before, after, now: info.now, lineShift: info.lineShift }
}

/** The content of a paragraph or heading, as state.containerPhrasing writes it. For one
 * child that is text or a link (no emphasis), that is the child's handler's output as it
 * is: the library tracks positions (splitting the text at every line break), then renders
 * and checks emphasis markers, and for one such child all of that changes nothing. So the
 * child's handler is asked directly, with what phrasing would pass it: the same construct
 * stack, the child's index on indexStack, and the parent's before and after. (A fifth of
 * the writer's time went to that machinery.) */
function phrasingOf(node: Paragraph | Heading, state: State, info: Info): string {
  const only = node.children.length === 1 ? node.children[0] : undefined
  if (only?.type !== 'text' && only?.type !== 'link') return (node.children.length > 1 ? flatPhrasing(node, state, info) : undefined) ?? state.containerPhrasing(node, info)
  state.indexStack.push(0)
  const value = handle(only, node, state, info) || ''
  state.indexStack.pop()
  return value
}

/** What an emphasis or strong handler's `attention` tells containerPhrasing. */
type Attention = (node: Parents, state: State) => { construct: Parameters<State['enter']>[0]; markers: string[]; sizes: number[] }
type Phrasing = Paragraph['children'][number]

/** A handler as containerPhrasing finds it: from the handlers table, with its attention
 * (emphasis, strong) and peek, when it has them. */
function handlerOf(state: State, type: string): (Handle & { attention?: Attention; peek?: Handle }) | undefined {
  const handlers = (state.handle as unknown as { handlers: Record<string, Handle | undefined> }).handlers
  return Object.hasOwn(handlers, type) ? handlers[type] : undefined
}

/** The content of a paragraph or heading of several children, as state.containerPhrasing
 * writes it (2.2.3, lib/util/container-phrasing.js), for two shapes whose attention
 * machinery can be shown to change nothing; undefined for any other, which then goes to
 * the library.
 *
 * containerPhrasing writes each child in turn (each told the last character of what came
 * before it and the first of what its next sibling writes, from the sibling's peek), keeps
 * emphasis and strong apart as items whose markers are chosen last, then guesses the
 * markers, renders them (encoding a character next to a marker as a reference where the
 * marker would not open or close) and checks, as micromark would pair them, that each
 * pair forms, trying other markers until it does. Then it joins what it has.
 * 1. No child is emphasis or strong (nor html, which has a rule of its own after a line
 *    ending): every item is a string, so nothing is guessed, rendered or checked, and the
 *    result is the children's outputs joined: a body paragraph with a link or a footnote
 *    reference.
 * 2. The first child alone is emphasis or strong holding one text node, and the paragraph
 *    begins a line (before is a line ending): the source block's "**Archive:** …". Its
 *    markers are the attention's first choice (the guess takes the first sequence whose
 *    marker differs from the line ending before it and from nothing after it). If the
 *    text's output begins with an ASCII letter and ends in ASCII punctuation, and what
 *    follows it begins with a space (or nothing follows and the paragraph ends at a line
 *    ending), then with whitespace outside and a letter or punctuation inside, no
 *    character is encoded at either marker; the opening run (whitespace before, a letter
 *    after) can open and not close, the closing one (punctuation before, whitespace after)
 *    can close and not open, and being the only runs, of one marker and one size, they
 *    pair with each other whole, under the rule of 3 too (neither may both open and
 *    close). So there is no mistake, and the result is marker, text, marker, then the
 *    other outputs. Any other attention child, or a label of another shape, goes to the
 *    library.
 * test/markdown-text.test.ts checks both shapes (and their near misses) against the
 * library byte for byte. What it saves: the source block's list items were a quarter of
 * the writer's time, most of it in that machinery. */
function flatPhrasing(node: Paragraph | Heading, state: State, info: Info): string | undefined {
  const children: readonly Phrasing[] = node.children
  for (let index = 1; index < children.length; index++) {
    const handler = handlerOf(state, children[index].type)
    if (!handler || handler.attention || children[index].type === 'html') return undefined
  }
  const first = children[0]
  const attention = handlerOf(state, first.type)?.attention
  if (first.type === 'html' || (attention && (info.before !== '\n' || !('children' in first) || first.children.length !== 1 || first.children[0].type !== 'text'))) return undefined
  const indexStack = state.indexStack
  indexStack.push(-1)
  try {
    let value = ''
    let before = info.before
    // the attention's markers and text, when it wrote any
    let marker = ''
    let label = ''
    for (let index = 0; index < children.length; index++) {
      const child = children[index]
      indexStack[indexStack.length - 1] = index
      if (index === 0 && attention) {
        const { construct, markers, sizes } = attention(child as Parents, state)
        if (!KNOWN_MARKERS.has(markers.join('')) || sizes.length !== 1 || (sizes[0] !== 1 && sizes[0] !== 2)) return undefined
        marker = markers[0].repeat(sizes[0])
        const exit = state.enter(construct)
        indexStack.push(0)
        label = handle((child as Parents & { children: Phrasing[] }).children[0], child as Parents, state, around(info, marker, marker)) || ''
        indexStack.pop()
        exit()
        // empty attention is left out, as if it were not there
        if (label) before = marker.slice(-1)
        else marker = ''
        continue
      }
      const after = index + 1 < children.length ? peekOf(children[index + 1], node, state) : info.after
      const written = handle(child, node, state, around(info, before, after)) || ''
      if (!written) continue
      if (marker && !value && !written.startsWith(' ')) return undefined
      value += written
      before = lastCharacter(written)
    }
    if (!marker) return value
    if (!value && info.after !== '\n') return undefined
    if (!/^[a-z]/i.test(label) || !ASCII_PUNCTUATION_AT_END.test(label)) return undefined
    return marker + label + marker + value
  } finally {
    indexStack.pop()
  }
}

/** micromark's asciiPunctuation, at the end of a string. */
const ASCII_PUNCTUATION_AT_END = /[\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]$/

/** The markers emphasis and strong offer (mdast-util-to-markdown's emphasis.js and
 * strong.js: the configured one first, then the other). */
const KNOWN_MARKERS = new Set(['*_', '_*'])

/** The first character of what `node` writes, as containerPhrasing asks it of the next
 * sibling: from the handler's peek, else the handler itself, told nothing around it. */
function peekOf(node: Phrasing, parent: Parents, state: State): string {
  const handler = handlerOf(state, node.type)
  const peek = handler?.peek ?? handler
  return peek ? firstCharacter(peek(node as never, parent, state, { before: '', after: '' } as Info)) : ''
}

/** mdast-util-to-markdown's firstCharacter and lastCharacter (lib/util/character.js). */
function firstCharacter(value: string): string {
  const code = value.codePointAt(0)
  return code === undefined ? '' : String.fromCodePoint(code)
}

function lastCharacter(value: string): string {
  const code = value.codePointAt(value.length - 2)
  return code !== undefined && code > 0xffff ? value.slice(-2) : value.slice(-1)
}

/** mdast-util-to-markdown's formatHeadingAsSetext (2.2.3): levels 1 and 2 are underlined
 * when asked to, or when the heading holds a line break, and it has some text. */
function asSetext(node: Heading, state: State): boolean {
  return (!node.depth || node.depth < 3) && (Boolean(state.options.setext) || hasLineBreak(node)) && plainText(node) !== ''
}

function hasLineBreak(node: Nodes): boolean {
  if (('value' in node && /\r?\n|\r/.test(node.value)) || node.type === 'break') return true
  return 'children' in node && node.children.some(hasLineBreak)
}

/** mdast-util-to-string's toString, with its defaults (image alt and HTML included). */
function plainText(node: Nodes): string {
  if ('value' in node) return node.value
  if ('alt' in node && node.alt) return node.alt
  return 'children' in node ? node.children.map(plainText).join('') : ''
}
