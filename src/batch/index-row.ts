// One input's row of index.json, from its document and diagnostics (or from why it failed).
// The row's fields are what a reader of the corpus looks for first: where the file is, what
// the document is, its languages and sections, and whether it needs a look.
import type { VFile } from 'vfile'
import type { Memo } from '../model/memo.js'
import { severityOf } from '../report/report.js'
import type { IndexRow } from './types.js'
import { isoDate } from '../model/csl.js'

/** A converted input: `warned` exactly when the file has warnings. */
export function convertedRow(path: string, memo: Memo, file: VFile, outputs: string[]): IndexRow {
  const warnings = file.messages.filter((m) => severityOf(m) === 'warning').length
  return {
    path,
    id: memo.id,
    ...(memo.record.csl.title ? { title: memo.record.csl.title } : {}),
    ...(isoDate(memo.record.csl.issued) ? { date: isoDate(memo.record.csl.issued) } : {}),
    languages: [...new Set(memo.sections.filter((s) => !s.absent).map((s) => s.lang))],
    sections: memo.sections.map((s) => ({ id: s.id, label: s.label, lang: s.lang, paragraphs: s.paragraphs.length })),
    warnings,
    errors: 0,
    status: warnings > 0 ? 'warned' : 'converted',
    outputs,
  }
}

/** A failed input: at least one error (the reason), no outputs. */
export function failedRow(path: string, file: VFile, reason: string): IndexRow {
  const count = (s: string) => file.messages.filter((m) => severityOf(m) === s).length
  return {
    path,
    languages: [],
    sections: [],
    warnings: count('warning'),
    errors: Math.max(1, count('error')),
    status: 'failed',
    reason,
    outputs: [],
  }
}
