// Sentence rows: the sentences of each paragraph (features/split-sentences.ts) aligned
// inside each paragraph row with the paragraph search (alignSequences), so the same length
// model and anchors decide.
import type { AlignmentRow, Section, SentenceRef, SentenceRow } from '../model/memo.js'
import { alignSequences } from './align-sequences.js'
import { splitSentences } from './features/split-sentences.js'

/** Sentence rows inside every paragraph row. Rows in which only one section has text
 * give one sentence row per sentence. */
export function alignSentences(all: Section[], rows: AlignmentRow[]): SentenceRow[] {
  const sections = all.filter((s) => !s.absent && s.paragraphs.length > 0)
  const out: SentenceRow[] = []
  rows.forEach((row, r) => {
    const present = sections.filter((s) => (row.cells[s.id] ?? []).length > 0)
    const lists: SentenceRef[][] = present.map((section) =>
      row.cells[section.id].flatMap((p) => {
        const text = section.paragraphs[p].text
        return splitSentences(text, section.lang).map(([start, end]) => ({ paragraph: p, start, end, text: text.slice(start, end) }))
      }),
    )
    if (present.length < 2) {
      for (const [k, list] of lists.entries()) {
        for (const sentence of list) out.push({ row: r, cells: { [present[k].id]: [sentence] }, confidence: row.confidence })
      }
      return
    }
    const { rows: sentenceRows, confidence } = alignSequences(
      lists.map((list) => list.map((x) => x.text)),
      present.map((s) => s.lang),
    )
    sentenceRows.forEach((cells, k) => {
      const record: Record<string, SentenceRef[]> = {}
      present.forEach((section, s) => {
        record[section.id] = cells[s].map((i) => lists[s][i])
      })
      out.push({ row: r, cells: record, confidence: Math.round(confidence[k] * 1000) / 1000 })
    })
  })
  return out
}
