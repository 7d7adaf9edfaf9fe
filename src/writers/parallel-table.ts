// The parallel view for `--parallel`: a GFM table with one column per section that has
// text and one row per alignment row; a cell holds the row's paragraphs of that section
// joined by a space. Only text nodes, so remark-stringify escapes pipes and markup, and
// remark-gfm (with string-width) pads CJK columns right.
import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast'
import type { Memo } from '../model/memo.js'

function cell(text: string): TableCell {
  const children: PhrasingContent[] = text ? [{ type: 'text', value: text }] : []
  return { type: 'tableCell', children }
}

export function parallelTable(memo: Memo): Table {
  const sections = memo.sections.filter((s) => !s.absent)
  const header: TableRow = { type: 'tableRow', children: sections.map((s) => cell(s.label || s.id)) }
  const rows: TableRow[] = memo.alignment.map((row) => ({
    type: 'tableRow',
    children: sections.map((section) =>
      cell((row.cells[section.id] ?? []).map((p) => section.paragraphs[p].text.replace(/\s*\n\s*/g, ' ')).join(' ')),
    ),
  }))
  return { type: 'table', align: sections.map(() => null), children: [header, ...rows] }
}
