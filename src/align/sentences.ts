// Sentences: split each paragraph with Intl.Segmenter, then join back the pieces it cut
// after an abbreviation or an initial (it breaks Russian after "тов.", "г.", "тыс.",
// "И.В." and English after "Mr.", "No."); then align the sentences inside each paragraph
// row with the paragraph search (alignSequences), so the same length model and anchors
// decide.
import type { AlignmentRow, Section, SentenceRef, SentenceRow } from '../model/memo.js'
import { abbreviations } from './abbreviations.js'
import { alignSequences } from './align-sections.js'

const abbreviationSets = new Map(Object.entries(abbreviations).map(([lang, list]) => [lang, new Set(list)]))
// Only the language's own list counts: Russian "т." is not an English abbreviation.
const INITIALS = /^(?:\p{Lu}\.)+$/u

function endsWithAbbreviation(piece: string, lang: string): boolean {
  const trimmed = piece.trimEnd()
  const space = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\u00a0'))
  // Strip what may stand before the word: brackets, quotes.
  let token = trimmed.slice(space + 1)
  while (token && '([«“„"'.includes(token[0])) token = token.slice(1)
  if (!token.endsWith('.')) return false
  if (INITIALS.test(token)) return true
  return abbreviationSets.get(lang)?.has(token.toLowerCase()) ?? false
}

const segmenters = new Map<string, Intl.Segmenter>()

/** Sentences of a text as [start, end) offsets, spaces between them left out. */
export function splitSentences(text: string, lang: string): Array<[number, number]> {
  const primary = lang.toLowerCase().split('-')[0]
  let segmenter = segmenters.get(primary)
  if (!segmenter) {
    segmenter = new Intl.Segmenter(primary, { granularity: 'sentence' })
    segmenters.set(primary, segmenter)
  }
  const pieces: Array<[number, number]> = []
  for (const { index, segment } of segmenter.segment(text)) {
    const previous = pieces[pieces.length - 1]
    if (previous && endsWithAbbreviation(text.slice(previous[0], previous[1]), primary)) {
      previous[1] = index + segment.length
    } else pieces.push([index, index + segment.length])
  }
  // Trim the spaces the segmenter leaves at the ends.
  return pieces
    .map(([start, end]): [number, number] => {
      while (start < end && /\s/u.test(text[start])) start++
      while (end > start && /\s/u.test(text[end - 1])) end--
      return [start, end]
    })
    .filter(([start, end]) => end > start)
}

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
