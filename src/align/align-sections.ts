// The n-way paragraph alignment of a document's sections (align-sequences.ts), with the
// reports on what it found: rows it is unsure of and quantities that differ in a row.
import type { VFile } from 'vfile'
import type { AlignmentRow, Paragraph, Section } from '../model/memo.js'
import { report } from '../report/report.js'
import { alignSequences, type LexiconOptions } from './align-sequences.js'
import { findDiscrepancies } from './checks/discrepancies.js'

export interface AlignOptions extends LexiconOptions {
  /** Rows whose confidence is below this are reported (align/low-confidence). */
  warnBelow?: number
}

/** Below this, a row is worth a look. Measured on the sample and the UDHR sets: right
 * rows rarely fall below it. */
const lowConfidence = 0.5

/** More sections than this are not aligned (see alignSections). */
export const MAX_SECTIONS = 8

function spanOf(paragraphs: Paragraph[]) {
  return { start: paragraphs[0].position.start, end: paragraphs[paragraphs.length - 1].position.end }
}

function describe(sections: Section[], cells: number[][]): string {
  return sections
    .map((section, s) => {
      const list = cells[s]
      if (list.length === 0) return `${section.id}: none`
      const lines = list.map((p) => section.paragraphs[p].position.start.line)
      return `${section.id}: line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}`
    })
    .join('; ')
}

/** The n-way alignment of a document's sections. Absent and empty sections take no part
 * (they appear in no row). Reports low-confidence rows and quantity discrepancies on
 * `file`. */
export function alignSections(all: Section[], file: VFile, options: AlignOptions = {}): AlignmentRow[] {
  const sections = all.filter((s) => !s.absent && s.paragraphs.length > 0)
  if (sections.length === 0) return []
  if (sections.length > MAX_SECTIONS) {
    // The joint search costs about k³ for k sections (k² pairs, k candidate row sets, each
    // scored over every pair), so a dump that runs on into dozens of sections (one document
    // saved many times over into one file) would take hours. No real document has so many
    // translations: leave every paragraph in a row of its own, in document order.
    report(file, 'align/too-many-sections', sections[0].position, `${sections.length} sections with text, more than the ${MAX_SECTIONS} memo aligns; each paragraph is left in a row of its own`)
    // (only the paragraph's own section is listed: listing every section in every row
    // would grow with rows × sections, the very blow-up this avoids)
    return sections.flatMap((section) => section.paragraphs.map((_, p) => ({ cells: { [section.id]: [p] }, confidence: 0 })))
  }
  if (sections.length === 1) {
    const only = sections[0]
    if (all.length > 1) report(file, 'align/single-section', only.position, `Only ${only.id} has text; nothing to align it with.`)
    return only.paragraphs.map((_, p) => ({ cells: { [only.id]: [p] }, confidence: 1 }))
  }
  const { rows: best, confidence, sides } = alignSequences(
    sections.map((s) => s.paragraphs.map((p) => p.text)),
    sections.map((s) => s.lang),
    undefined,
    { lexicon: options.lexicon, learn: options.learn },
  )
  const result: AlignmentRow[] = best.map((cells, r) => {
    const row: Record<string, number[]> = {}
    sections.forEach((section, s) => {
      row[section.id] = cells[s]
    })
    return { cells: row, confidence: Math.round(confidence[r] * 1000) / 1000 }
  })

  const threshold = options.warnBelow ?? lowConfidence
  best.forEach((cells, r) => {
    // The confidence the output shows (rounded), so that a row is listed exactly when its
    // written confidence is below the threshold.
    if (result[r].confidence >= threshold) return
    const first = cells.findIndex((list) => list.length > 0)
    const place = spanOf(cells[first].map((p) => sections[first].paragraphs[p]))
    report(
      file,
      'align/low-confidence',
      place,
      `Alignment row ${r + 1} is uncertain (confidence ${result[r].confidence}): ${describe(sections, cells)}`,
    )
  })
  // The anchors already extracted every paragraph's quantities: the check reuses them.
  const known = new Map(sections.map((section, s) => [section.id, sides[s].features.map((f) => f.quantities)]))
  findDiscrepancies(sections, result, file, known)
  return result
}
