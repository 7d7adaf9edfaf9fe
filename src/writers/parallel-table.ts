// The parallel view for `--parallel`: a GFM table with one column per section that has
// text and one row per alignment row; a cell holds the row's paragraphs of that section
// joined by a space. Only text nodes, so remark-stringify escapes pipes and markup, and
// remark-gfm (with string-width) pads CJK columns right.
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

export function parallelTable(memo: Memo): Table {
  const sections = memo.sections.filter((s) => !s.absent)
  const header: TableRow = { type: 'tableRow', children: sections.map((s) => cell(s.label || s.id)) }
  const rows: TableRow[] = memo.alignment.map((row) => ({
    type: 'tableRow',
    children: sections.map((section) =>
      cell((row.cells[section.id] ?? []).map((p) => oneLine(section.paragraphs[p].text)).join(' ')),
    ),
  }))
  return { type: 'table', align: sections.map(() => null), children: [header, ...rows] }
}
