// How long a paragraph is, on one scale for every script: the length model (costs/
// length-model.ts) compares these lengths between translations.
import { scriptWeights } from './data/script-weights.js'

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/** Length in Latin-letter units: letters and digits only (punctuation and spacing habits
 * vary between typists, not between meanings), each weighted by its script. A space
 * between two Han/kana characters is a glyph lost in PDF extraction (`毛 同志`), so it
 * counts as one such character. */
export function measure(text: string): number {
  let total = 0
  let previousWide = false
  let pendingSpace = false
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k)
    // ASCII first: most of the text, and no regex needed.
    if (code < 0x80) {
      if (code === 0x20) {
        pendingSpace = previousWide
        continue
      }
      previousWide = false
      pendingSpace = false
      if ((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) total += 1
      continue
    }
    if (code >= 0x400 && code <= 0x45f) {
      // Basic Cyrillic, the other bulk of the text: letters all, of weight 1, not wide.
      previousWide = false
      pendingSpace = false
      total += 1
      continue
    }
    if (code >= 0xd800 && code <= 0xdbff && k + 1 < text.length) {
      const ch = text.slice(k, ++k + 1)
      const wide = WIDE.test(ch)
      if (wide && pendingSpace) total += scriptWeights[0][1]
      pendingSpace = false
      previousWide = wide
      total += weightOf(ch, code)
      continue
    }
    // Other BMP characters: the regex answers, looked up once per character. (The
    // character as a string only then: text[k] built a string for each one above Latin-1.)
    // The weight is read from the table after it is filled, not taken from weightOf: a
    // variable fed both by the table and by a call was a boxed number, allocated for every
    // such character (7 MB a pass over the batch's paragraphs, mostly Han).
    if (bmpWeight[code] < 0) {
      const ch = text[k]
      bmpWeight[code] = weightOf(ch, code)
      bmpWide[code] = WIDE.test(ch) ? 1 : 0
    }
    const wide = bmpWide[code] === 1
    if (wide && pendingSpace) total += scriptWeights[0][1]
    pendingSpace = false
    previousWide = wide
    total += bmpWeight[code]
  }
  return total
}

/** What one character adds to a length: 0 unless a letter or digit, else its script's weight. */
function weightOf(ch: string, code: number): number {
  if (!LETTER_OR_DIGIT.test(ch)) return 0
  if (code > 0x2e7f) {
    for (const [script, w] of scriptWeights) if (script.test(ch)) return w
  }
  return 1
}

/** Per BMP code unit: its weightOf (-1 until first seen) and whether it is Han or kana. */
const bmpWeight = new Float64Array(0x10000).fill(-1)
const bmpWide = new Uint8Array(0x10000)
