// Markdown: an mdast tree serialised by remark-stringify, never string concatenation, so
// every character of the dump reaches the page as text: remark escapes what would become
// markup ("*", "_", "#", "1." at a line start, "<", "[" …).
//
// The front matter is YAML whose every value is written in JSON syntax (double-quoted
// strings with escapes, [..] lists). YAML 1.2 is a superset of JSON, so this is valid YAML
// that no title can break (":", "#", quotes, newlines, a leading "-" or "&" are all inside
// quotes), and it needs no YAML library at start-up (the yaml package alone cost 28 ms).
//
// Footnotes: the layouts take the notes out of the body into memo.notes and leave the
// markers ("[1]") in the paragraphs, each note naming the paragraphs that hold its marker.
// In those paragraphs (and only there: "[1]" elsewhere is text) the marker becomes a GFM
// footnote reference, and the notes follow the text as footnote definitions, so a GFM
// renderer links them both ways. remark-gfm is loaded only for a memo with notes (or for
// --parallel's table).
import type { FootnoteDefinition, Link, PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast'
import type { Memo, Note, Section } from '../model/memo.js'
import { heading, paragraph, root } from './markdown-blocks.js'
import { text } from './markdown-text.js'
import { frontMatterFields, sourceBlock } from './markdown-record.js'
import { parallelTable } from './parallel-table.js'
import type { Writer, WriterOptions } from './types.js'

// A short bracketed run, a candidate footnote marker ("[1]"); bounded, so one pass.
const BRACKETED = /\[[^[\]\n]{1,16}\]/gu

// Bare URLs in text become link nodes; remark would otherwise escape them ("http\://").
const URL_IN_TEXT = /https?:\/\/[^\s<>"'）」》]+[^\s<>"'.,;:!?）」》)\]]/g

export const markdown: Writer = {
  name: 'md',
  reads: ['parallel'],
  extname: '.md',
  description: 'Markdown: the record in YAML front matter, summary, source block, each section marked with its language, footnotes',
  async write(memo, options) {
    const tree = toMdast(memo, options)
    return (await processorFor(await flavourOf(tree, memo))).stringify(tree)
  },
  async pieces(memo, options) {
    const tree = toMdast(memo, options)
    return blocksInPieces(tree, await processorFor(await flavourOf(tree, memo)))
  },
}

/** Root blocks written per piece: enough that the piece's overhead does not show, few
 * enough that a huge document's Markdown (48.6 MB from a 47.7 MB dump) is never one string. */
const BLOCKS_PER_PIECE = 256

/** The root's blocks written a group at a time. The root puts one blank line between two
 * blocks of memo's trees (no join rule has an opinion on paragraphs, headings, html,
 * tables, YAML or footnote definitions at the root, and the source block is its only
 * list), so the groups' texts, each ending in a line end and joined by one more, are the
 * whole tree's text; test/markdown-pieces.test.ts checks this on every fixture. */
export function* blocksInPieces(tree: Root, processor: Stringifier, size = BLOCKS_PER_PIECE): Generator<string> {
  const { children } = tree
  for (let at = 0; at < children.length; at += size) {
    const text = processor.stringify({ type: 'root', children: children.slice(at, at + size) })
    yield at === 0 ? text : `\n${text}`
  }
}

/** Which serialiser a memo's Markdown tree needs: GFM for a table (padded or not) or for
 * footnotes, plain otherwise. */
export async function flavourOf(tree: Root, memo: Memo): Promise<Flavour> {
  const table = tree.children.find((n): n is Table => n.type === 'table')
  if (table) return (await fitsPadded(table)) ? 'parallel' : 'parallel-unpadded'
  return memo.notes?.length ? 'notes' : 'plain'
}

/** A cell about as it is written: its text, footnote references and <br>s. */
function cellText(cell: TableCell): string {
  return cell.children.map((n) => (n.type === 'text' || n.type === 'html' ? n.value : n.type === 'footnoteReference' ? `[^${n.identifier}]` : '')).join('')
}

/** `parallel` pads every cell to its column's width, so that the pipes line up in the raw
 * file; `parallel-unpadded` writes each row as long as its text. */
export type Flavour = 'plain' | 'notes' | 'parallel' | 'parallel-unpadded'

/** The widest line of a padded table that still lines up in an editor or terminal window. */
const PADDED_TABLE_COLUMNS = 120

/** Whether padding the --parallel table helps a reader of the raw file: only when the
 * padded rows fit in a window. A table of whole paragraphs does not: every row would be
 * padded to the longest paragraph of each column (about 2,900 characters a row on the
 * sample, 62 KB against 24 KB unpadded) and still wrap. The answer is known as soon as
 * the widest cells so far overflow, usually in the first row, so string-width (slow on long
 * paragraphs: it segments graphemes) measures a few cells of a long table, not all. */
async function fitsPadded(table: Table): Promise<boolean> {
  const { default: stringWidth } = await import('string-width')
  const widths: number[] = []
  // "| " before each cell, " " after it, and the closing "|"
  let line = 1
  for (const row of table.children) {
    for (const [k, cell] of row.children.entries()) {
      const width = Math.max(3, stringWidth(cellText(cell)))
      if (width <= (widths[k] ?? 0)) continue
      line += width - (widths[k] ?? -3)
      widths[k] = width
      if (line > PADDED_TABLE_COLUMNS) return false
    }
  }
  return true
}
export type Stringifier = { stringify(tree: Root): string }

// One processor per flavour for the life of the process: setting one up (plugins attached,
// extensions gathered) cost as much as a small document's whole Markdown, and a frozen
// processor gives the same text for the same tree however often it is used.
const processors = new Map<Flavour, Promise<Stringifier>>()

function processorFor(flavour: Flavour): Promise<Stringifier> {
  let made = processors.get(flavour)
  if (!made) {
    made = makeProcessor(flavour)
    processors.set(flavour, made)
  }
  return made
}

/** The serialiser of one flavour. `{ library: true }` is remark-stringify's own handlers,
 * without memo's faster copies of them. The tests check that the two write the same bytes,
 * and bench/forks.js what the copies save. */
export async function makeProcessor(flavour: Flavour, { library = false }: { library?: boolean } = {}): Promise<Stringifier> {
  const [{ unified }, { default: remarkStringify }, { default: remarkFrontmatter }] = await Promise.all([
    import('unified'),
    import('remark-stringify'),
    import('remark-frontmatter'),
  ])
  // our handlers give remark's own output, only faster (see markdown-blocks.ts, markdown-text.ts)
  const processor = unified()
    .use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-', ...(library ? {} : { handlers: { root, paragraph, heading, text } }) })
    .use(remarkFrontmatter, ['yaml'])
  if (flavour === 'parallel') {
    // string-width measures East Asian wide characters as two columns, so the table's
    // pipes line up under Chinese text in a terminal or editor
    const [{ default: remarkGfm }, { default: stringWidth }] = await Promise.all([import('remark-gfm'), import('string-width')])
    processor.use(remarkGfm, { stringLength: stringWidth })
  } else if (flavour === 'parallel-unpadded') {
    const { default: remarkGfm } = await import('remark-gfm')
    processor.use(remarkGfm, { tablePipeAlign: false })
  } else if (flavour === 'notes') {
    // footnote nodes are GFM's; without the extension remark-stringify cannot write them
    const { default: remarkGfm } = await import('remark-gfm')
    processor.use(remarkGfm)
  }
  return processor.freeze()
}

/** The mdast tree of a memo's Markdown, before serialisation. */
export function toMdast(memo: Memo, options: WriterOptions): Root {
  const children: RootContent[] = []
  const { csl } = memo.record
  // The record's facts go into the front matter, not into the body, which holds only the
  // document and its source block; the rights boilerplate stays out of both.
  children.push({ type: 'yaml', value: frontMatter(frontMatterFields(memo)) })
  if (csl.abstract) children.push({ type: 'paragraph', children: phrasing(csl.abstract) })
  children.push(...sourceBlock(memo, phrasing))

  const notes = footnotes(memo.notes ?? [])
  if (options.parallel && memo.alignment.length) {
    children.push(parallelTable(memo, (section, index, text) => withMarkers(text, notes.cited.get(citeKey(section, index)), (t) => [{ type: 'text', value: t }])))
  } else for (const section of memo.sections) children.push(...sectionNodes(section, notes.cited))
  children.push(...notes.definitions)
  return { type: 'root', children }
}

/** A section inside an HTML div that names its language: pandoc reads it as a Div with a
 * lang attribute (HTML lang, LaTeX's babel or polyglossia), a CommonMark or GFM renderer
 * passes it through as HTML, so browsers, screen readers and hyphenation see Russian as
 * Russian. The blank line after the opening tag ends the HTML block, so the section's own
 * Markdown is read as Markdown. The tag is memo's, never text from the dump: the language
 * tag is checked against BCP-47's shape before it is written. */
function sectionNodes(section: Section, cited: Cited): RootContent[] {
  const nodes: RootContent[] = [{ type: 'heading', depth: 2, children: [{ type: 'text', value: section.label }] }]
  if (section.absent) {
    nodes.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: 'Not in this text dump.' }] }] })
  }
  // most documents cite no note: then no paragraph's key is made and looked up
  section.paragraphs.forEach((p, i) => nodes.push({ type: 'paragraph', children: cited.size ? withMarkers(p.text, cited.get(citeKey(section.id, i)), phrasing) : phrasing(p.text) }))
  if (!LANGUAGE_TAG.test(section.lang)) return nodes
  return [{ type: 'html', value: `<div lang="${section.lang}">` }, ...nodes, { type: 'html', value: '</div>' }]
}

/** A BCP-47 tag's shape ("ru", "zh-Hant", "sr-Latn-RS"): letters, digits and hyphens only. */
const LANGUAGE_TAG = /^[a-z]{2,8}(?:-[a-z\d]{1,8})*$/iu

/** For each paragraph ("section/index"), its markers as written ("[1]") → footnote identifier. */
type Cited = Map<string, Map<string, string>>

const citeKey = (section: string, paragraph: number) => `${section}/${paragraph}`

/** The notes as footnote definitions, and where they are cited. A footnote identifier must be
 * unique in the document, but labels start again at 1 in each run of notes (a translation's
 * notes, then the original's), so a label seen before gets a suffix: "1", then "1-2". */
function footnotes(notes: readonly Note[]): { definitions: FootnoteDefinition[]; cited: Cited } {
  const cited: Cited = new Map()
  const used = new Set<string>()
  const definitions = notes.map((note, n): FootnoteDefinition => {
    // a label GFM could not hold as it is (brackets, spaces) is replaced by the note's number
    const base = /^[\p{L}\p{N}_-]+$/u.test(note.label) ? note.label : String(n + 1)
    let identifier = base
    for (let k = 2; used.has(identifier.toLowerCase()); k++) identifier = `${base}-${k}`
    used.add(identifier.toLowerCase())
    for (const ref of note.refs ?? []) {
      const key = citeKey(ref.section, ref.paragraph)
      const markers = cited.get(key) ?? new Map<string, string>()
      // two notes cannot share a marker in one paragraph; the first keeps it
      if (!markers.has(`[${note.label}]`)) markers.set(`[${note.label}]`, identifier)
      cited.set(key, markers)
    }
    return { type: 'footnoteDefinition', identifier, label: identifier, children: [{ type: 'paragraph', children: phrasing(note.text) }] }
  })
  return { definitions, cited }
}

/** The paragraph's text with each of its markers as a footnote reference; the text between
 * them goes through `inline` (links in the body, plain text in a table cell). */
function withMarkers(text: string, markers: ReadonlyMap<string, string> | undefined, inline: (text: string) => PhrasingContent[]): PhrasingContent[] {
  if (!markers?.size) return inline(text)
  const out: PhrasingContent[] = []
  let last = 0
  for (const m of text.matchAll(BRACKETED)) {
    const identifier = markers.get(m[0])
    if (identifier === undefined) continue
    if (m.index > last) out.push(...inline(text.slice(last, m.index)))
    out.push({ type: 'footnoteReference', identifier, label: identifier })
    last = m.index + m[0].length
  }
  if (last < text.length) out.push(...inline(text.slice(last)))
  return out
}

/** One `key: value` line per field, the value in JSON syntax (valid YAML 1.2). JSON leaves
 * DEL, the C1 controls, U+2028/2029 and the BOM unescaped; YAML calls them non-printable,
 * so they get \u escapes, which both languages read the same. */
function frontMatter(fields: Record<string, unknown>): string {
  // the keys (the writer's own, in snake case) and the separators hold none of those
  // characters, so the whole text is escaped at once rather than each value
  return Object.entries(fields)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')
    .replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function link(url: string): Link {
  return { type: 'link', url, children: [{ type: 'text', value: url }] }
}

/** Text with its URLs as link nodes. */
function phrasing(text: string): PhrasingContent[] {
  // most paragraphs hold no URL, and setting up matchAll cost more than looking for "://"
  if (!text.includes('://')) return text ? [{ type: 'text', value: text }] : []
  const out: PhrasingContent[] = []
  let last = 0
  for (const m of text.matchAll(URL_IN_TEXT)) {
    if (m.index > last) out.push({ type: 'text', value: text.slice(last, m.index) })
    out.push(link(m[0]))
    last = m.index + m[0].length
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) })
  return out
}
