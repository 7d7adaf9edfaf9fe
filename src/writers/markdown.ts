// Markdown: an mdast tree serialised by remark-stringify, never string concatenation, so
// every character of the dump reaches the page as text: remark escapes what would become
// markup ("*", "_", "#", "1." at a line start, "<", "[" …). The front matter is YAML made by
// the yaml library, which quotes what needs quoting (":", "#", quotes, newlines).
import type { Link, PhrasingContent, Root, RootContent } from 'mdast'
import type { Memo, Section } from '../model/memo.js'
import type { Writer, WriterOptions } from './types.js'

// Bare URLs in text become link nodes; remark would otherwise escape them ("http\://").
const URL_IN_TEXT = /https?:\/\/[^\s<>"'）」》]+[^\s<>"'.,;:!?）」》)\]]/g

export const markdown: Writer = {
  name: 'md',
  extname: '.md',
  description: 'Markdown with YAML front matter: title, summary, each language section',
  async write(memo, options) {
    const [{ unified }, { default: remarkStringify }, { default: remarkFrontmatter }, { stringify }] = await Promise.all([
      import('unified'),
      import('remark-stringify'),
      import('remark-frontmatter'),
      import('yaml'),
    ])
    const tree = toMdast(memo, options, stringify)
    const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-' }).use(remarkFrontmatter, ['yaml'])
    if (options.parallel) processor.use((await import('remark-gfm')).default)
    return processor.stringify(tree as Root)
  },
}

function toMdast(memo: Memo, options: WriterOptions, yaml: (value: unknown, options: { lineWidth: number }) => string): Root {
  const children: RootContent[] = []
  const front: Record<string, unknown> = { id: memo.id }
  if (memo.ref.title) front.title = memo.ref.title
  if (memo.date) front.date = memo.date
  if (memo.ref.URL) front.url = memo.ref.URL
  if (memo.originalLanguage) front.original_language = memo.originalLanguage
  front.languages = [...new Set(memo.sections.filter((s) => !s.absent).map((s) => s.lang))]
  // lineWidth 0: no folding, so a long title stays on one line in the front matter
  children.push({ type: 'yaml', value: yaml(front, { lineWidth: 0 }).trimEnd() })

  if (memo.ref.title) children.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: memo.ref.title }] })
  if (memo.ref.URL) children.push({ type: 'paragraph', children: [link(memo.ref.URL)] })
  if (memo.ref.abstract) children.push({ type: 'paragraph', children: phrasing(memo.ref.abstract) })

  for (const section of memo.sections) children.push(...sectionNodes(section))
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
