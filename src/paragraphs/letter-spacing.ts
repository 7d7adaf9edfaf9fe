// Letter-spaced words ("M e m o r a n d u m") come from headings set with wide tracking:
// the text layer holds a space between every letter. They are joined back; a wider gap
// (two to four spaces) between such runs is a word space ("M e m o   o f" → "Memo of").
// Only alphabetic scripts: a space between two Han characters is a dropped glyph, which
// paragraphs/dropped-glyphs.ts reports and which must not be closed up.
import type { Block } from '../model/raw.js'
import { applyEdits, type Edit } from './text-edits.js'

const L = '[\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}]'
// A run opens with at least four spaced letters (a sentence of one-letter words, common in
// Russian and Polish, rarely has four in a row), then more spaced words after wider gaps.
// Each repetition starts with a letter after a fixed gap, so no two ways to match overlap.
const SPACED = new RegExp(`(?<![\\p{L}\\p{N}])${L}(?: ${L}){3,200}(?: {2,4}${L}(?: ${L}){0,200}){0,40}(?![\\p{L}\\p{N}])`, 'gu')

export function joinLetterSpacing(block: Block): Block {
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
