// The parallel view for `--parallel`: a GFM table with one column per section that has
// text and one row per alignment row; a cell holds the row's paragraphs of that section,
// a <br> between two of them, so a merged row (2:1, 1:3) keeps its paragraph boundaries
// (a GFM table cell cannot hold a blank line; GFM renderers and pandoc both read <br> as a
// line break). Otherwise only text nodes (and the footnote references the Markdown writer
// asks for), so remark-stringify escapes pipes and markup, and remark-gfm (with
// string-width) pads CJK columns right where the table is padded (markdown.ts).
import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast'
import type { Memo } from '../model/memo.js'

/** Paragraph text on one line (a table cell cannot hold a line break). */
function oneLine(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .join(' ')
}

function cell(text: string): TableCell {
  const children: PhrasingContent[] = text ? [{ type: 'text', value: text }] : []
  return { type: 'tableCell', children }
}

/** How a paragraph's text becomes the cell's nodes (the Markdown writer turns footnote
 * markers into references); by default one text node. */
export type CellPhrasing = (section: string, paragraph: number, text: string) => PhrasingContent[]

const plain: CellPhrasing = (_section, _paragraph, text) => [{ type: 'text', value: text }]

/** A cell of the row's paragraphs, <br> between them, adjacent text merged into one node. */
function cellOf(nodes: PhrasingContent[]): TableCell {
  const children: PhrasingContent[] = []
  for (const node of nodes) {
    const prev = children.at(-1)
    if (node.type === 'text' && prev?.type === 'text') children[children.length - 1] = { type: 'text', value: prev.value + node.value }
    else children.push(node)
  }
  return { type: 'tableCell', children: children.filter((n) => n.type !== 'text' || n.value !== '') }
}

export function parallelTable(memo: Memo, phrasing: CellPhrasing = plain): Table {
  const sections = memo.sections.filter((s) => !s.absent)
  const header: TableRow = { type: 'tableRow', children: sections.map((s) => cell(s.label || s.id)) }
  const rows: TableRow[] = memo.alignment.map((row) => ({
    type: 'tableRow',
    children: sections.map((section) =>
      cellOf((row.cells[section.id] ?? []).flatMap((p, i) => [
        ...(i > 0 ? [{ type: 'html', value: '<br>' } as const] : []),
        ...phrasing(section.id, p, oneLine(section.paragraphs[p].text)),
      ])),
    ),
  }))
  return { type: 'table', align: sections.map(() => null), children: [header, ...rows] }
}
