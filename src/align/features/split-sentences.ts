// Sentences: split a paragraph with Intl.Segmenter, then join back the pieces it cut after
// an abbreviation or an initial (it breaks Russian after "тов.", "г.", "тыс.", "И.В." and
// English after "Mr.", "No.").
import { abbreviations } from './data/abbreviations.js'

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
