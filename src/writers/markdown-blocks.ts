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
// batch's conversion to md + json + csl takes a quarter longer (+25%: 812 against 135 ms
// of Markdown serialisation per 1,000 documents).
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
  if (only?.type !== 'text' && only?.type !== 'link') return state.containerPhrasing(node, info)
  state.indexStack.push(0)
  const value = handle(only, node, state, info) || ''
  state.indexStack.pop()
  return value
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
