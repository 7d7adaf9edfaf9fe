// The lines printed at the end of a batch: counts, each failure with its reason, duplicate
// document ids, what was written. Plain text, one fact a line, file names first so grep
// and editors can use them.
import type { Duplicate } from './combine.js'
import { formatDuration } from './progress.js'

export interface Tally {
  total: number
  converted: number
  warned: number
  skipped: number
  failed: number
  pending: number
}

export interface SummaryInput {
  tally: Tally
  seconds: number
  failures: { path: string; reason: string }[]
  duplicates: Duplicate[]
  /** The combined files, the first of which holds the documents counted. */
  written?: { out: string; files: readonly string[]; documents: number }
  interrupted: boolean
}

export function formatSummary(s: SummaryInput): string {
  const { tally: t } = s
  const lines: string[] = []
  const rate = s.seconds > 0 ? (t.converted + t.warned + t.failed) / s.seconds : 0
  const counts = [`${t.converted} converted`, `${t.warned} warned`, `${t.skipped} skipped`, `${t.failed} failed`]
  if (t.pending) counts.push(`${t.pending} not started`)
  lines.push(`memo batch: ${t.total} file${t.total === 1 ? '' : 's'}: ${counts.join(', ')} (${formatDuration(s.seconds)}, ${rate.toFixed(1)} files/s)`)
  for (const f of s.failures) lines.push(`  failed: ${f.path}: ${f.reason}`)
  for (const d of s.duplicates) lines.push(`  duplicate document id ${d.id}: ${d.paths.join(', ')} (library ids made unique)`)
  if (s.interrupted) lines.push(`  interrupted: the files the workers were on were finished; run the same command again to do the rest`)
  if (s.written) {
    const [first, ...rest] = s.written.files
    lines.push(`  wrote ${s.written.out}/${first} (${s.written.documents} document${s.written.documents === 1 ? '' : 's'})${rest.map((f) => `, ${f}`).join('')}`)
  }
  return lines.join('\n') + '\n'
}
