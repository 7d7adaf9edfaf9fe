// Markdown: an mdast tree serialised by remark-stringify, never string concatenation, so
// every character of the dump reaches the page as text: remark escapes what would become
// markup ("*", "_", "#", "1." at a line start, "<", "[" …).
//
// The front matter is YAML whose every value is written in JSON syntax (double-quoted
// strings with escapes, [..] lists). YAML 1.2 is a superset of JSON, so this is valid YAML
// that no title can break (":", "#", quotes, newlines, a leading "-" or "&" are all inside
// quotes), and it needs no YAML library at start-up (the yaml package alone cost 28 ms).
import type { Link, PhrasingContent, Root, RootContent } from 'mdast'
import type { Memo, Section } from '../model/memo.js'
import { parallelTable } from './parallel-table.js'
import type { Writer, WriterOptions } from './types.js'

// Bare URLs in text become link nodes; remark would otherwise escape them ("http\://").
const URL_IN_TEXT = /https?:\/\/[^\s<>"'）」》]+[^\s<>"'.,;:!?）」》)\]]/g

export const markdown: Writer = {
  name: 'md',
  extname: '.md',
  description: 'Markdown with YAML front matter: title, summary, each language section',
  async write(memo, options) {
    const [{ unified }, { default: remarkStringify }, { default: remarkFrontmatter }] = await Promise.all([
      import('unified'),
      import('remark-stringify'),
      import('remark-frontmatter'),
    ])
    const tree = toMdast(memo, options)
    const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-' }).use(remarkFrontmatter, ['yaml'])
    if (options.parallel) {
      // string-width measures East Asian wide characters as two columns, so the table's
      // pipes line up under Chinese text in a terminal or editor
      const [{ default: remarkGfm }, { default: stringWidth }] = await Promise.all([import('remark-gfm'), import('string-width')])
      processor.use(remarkGfm, { stringLength: stringWidth })
    }
    return processor.stringify(tree as Root)
  },
}

function toMdast(memo: Memo, options: WriterOptions): Root {
  const children: RootContent[] = []
  const front: Record<string, unknown> = { id: memo.id }
  if (memo.ref.title) front.title = memo.ref.title
  if (memo.date) front.date = memo.date
  if (memo.ref.URL) front.url = memo.ref.URL
  if (memo.originalLanguage) front.original_language = memo.originalLanguage
  front.languages = [...new Set(memo.sections.filter((s) => !s.absent).map((s) => s.lang))]
  children.push({ type: 'yaml', value: frontMatter(front) })

  if (memo.ref.title) children.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: memo.ref.title }] })
  if (memo.ref.URL) children.push({ type: 'paragraph', children: [link(memo.ref.URL)] })
  if (memo.ref.abstract) children.push({ type: 'paragraph', children: phrasing(memo.ref.abstract) })

  if (options.parallel && memo.alignment.length) children.push(parallelTable(memo))
  else for (const section of memo.sections) children.push(...sectionNodes(section))
  return { type: 'root', children }
}

function sectionNodes(section: Section): RootContent[] {
  const nodes: RootContent[] = [{ type: 'heading', depth: 2, children: [{ type: 'text', value: section.label }] }]
  if (section.absent) {
    nodes.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: 'Not in this text dump.' }] }] })
  }
  for (const p of section.paragraphs) nodes.push({ type: 'paragraph', children: phrasing(p.text) })
  return nodes
}

/** One `key: value` line per field, the value in JSON syntax (valid YAML 1.2). JSON leaves
 * DEL, the C1 controls, U+2028/2029 and the BOM unescaped; YAML calls them non-printable,
 * so they get \u escapes, which both languages read the same. */
function frontMatter(fields: Record<string, unknown>): string {
  return Object.entries(fields)
    .map(([key, value]) => `${key}: ${JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}`)
    .join('\n')
}

function link(url: string): Link {
  return { type: 'link', url, children: [{ type: 'text', value: url }] }
}

/** Text with its URLs as link nodes. */
function phrasing(text: string): PhrasingContent[] {
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
