// What the pipeline said about each alignment row, for the writers that show it: the align
// stage reports a low-confidence row and a discrepancy in a row at the start of the row's
// (first) paragraph, so a diagnostic's line and column find its paragraph and so its row.
// The threshold and the wording stay the align stage's; a writer only places them.
import type { Memo } from '../model/memo.js'

export interface RowFlags {
  /** The align/low-confidence message, when the stage found the row uncertain. */
  lowConfidence?: string
  /** Each align/discrepancy message of the row ("en-translation says “two-year” …"). */
  discrepancies: string[]
}

/** Row index → its flags, for the rows that have any. */
export function rowFlags(memo: Memo): Map<number, RowFlags> {
  const rowAt = new Map<string, number>()
  memo.alignment.forEach((row, r) => {
    for (const section of memo.sections) {
      for (const p of row.cells[section.id] ?? []) {
        const start = section.paragraphs[p]?.position.start
        if (start) rowAt.set(`${start.line}:${start.column}`, r)
      }
    }
  })
  const flags = new Map<number, RowFlags>()
  for (const d of memo.diagnostics) {
    if (d.ruleId !== 'align/low-confidence' && d.ruleId !== 'align/discrepancy') continue
    const r = rowAt.get(`${d.line}:${d.column}`)
    if (r === undefined) continue
    const f = flags.get(r) ?? { discrepancies: [] }
    if (d.ruleId === 'align/low-confidence') f.lowConfidence = d.message
    else f.discrepancies.push(d.message)
    flags.set(r, f)
  }
  return flags
}
