// Letter-spaced words ("M e m o r a n d u m") come from headings set with wide tracking:
// the text layer holds a space between every letter. They are joined back; a wider gap
// (two to four spaces) between such runs is a word space ("M e m o   o f" → "Memo of").
// Only alphabetic scripts: a space between two Han characters is a dropped glyph, which
// paragraphs/dropped-glyphs.ts reports and which must not be closed up.
import type { Block } from '../model/raw.js'
import { applyEdits, type Edit } from './text-edits.js'

export const SCRIPT_LETTER = '[\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}]'
// A run opens with at least four spaced letters (a sentence of one-letter words, common in
// Russian and Polish, rarely has four in a row), then more spaced words after wider gaps.
// Each repetition starts with a letter after a fixed gap, so no two ways to match overlap.
const SPACED = new RegExp(`(?<![\\p{L}\\p{N}])${SCRIPT_LETTER}(?: ${SCRIPT_LETTER}){3,200}(?: {2,4}${SCRIPT_LETTER}(?: ${SCRIPT_LETTER}){0,200}){0,40}(?![\\p{L}\\p{N}])`, 'gu')

// What every SPACED match holds: its second and third letters alone between single spaces,
// then a fourth letter (" b c d" in "a b c d") that no plain letter or digit follows (the
// run goes on with a space or ends: "и о том" does not pass). SPACED tries its lookbehind
// and property classes at every position of a block, which made it a few per cent of the
// whole pipeline; this plain pattern finds its leading space by a fast scan and rules out
// nearly every block, so SPACED runs only on the few that may match. A letter here is
// anything but what is surely outside the three scripts (ASCII other than A-Z and a-z,
// Latin-1 punctuation, CJK, Hangul): text with dropped glyphs ("的 下 已") must not pass.
// Astral letters (some Latin and Greek) are surrogate pairs. A unit test checks both
// classes against SPACED's.
export const SPACED_LETTER = '(?:[^\\x00-\\x40\\x5b-\\x60\\x7b-\\xa9\\u2e80-\\ua63f\\uac00-\\ud7ff\\uf900-\\ufaff]|[\\ud800-\\udbff][\\udc00-\\udfff])'
export const PLAIN_LETTER_OR_DIGIT = '[0-9A-Za-z\\u0400-\\u0481\\u048a-\\u04ff]'
const MAY_BE_SPACED = new RegExp(` ${SPACED_LETTER} ${SPACED_LETTER} ${SPACED_LETTER}(?!${PLAIN_LETTER_OR_DIGIT})`)

export function joinLetterSpacing(block: Block): Block {
  if (!MAY_BE_SPACED.test(block.text)) return block
  const edits: Edit[] = []
  SPACED.lastIndex = 0
  for (let m = SPACED.exec(block.text); m; m = SPACED.exec(block.text)) {
    const joined = m[0]
      .split(/ {2,4}/u)
      .map((word) => word.replace(/ /gu, ''))
      .join(' ')
    edits.push({ start: m.index, end: m.index + m[0].length, text: joined })
  }
  return applyEdits(block, edits)
}
