// Mojibake: UTF-8 text that someone's script once read as Windows-1252 (or Latin-1) and
// saved again as UTF-8, so every non-ASCII character became two to four Latin-1-looking
// ones: "Verdeț" → "VerdeÈ›", "при" → "Ð¿Ñ€Ð¸", "don’t" → "donâ€™t". The file is valid
// UTF-8, so decoding cannot notice; the damage shows only in the characters.
//
// A damaged sequence is a UTF-8 lead byte followed by its continuation bytes, each shown as
// its Windows-1252 character. Turning those characters back into bytes and decoding them as
// UTF-8 undoes the damage. The repair is made only when it is certain: every sequence found
// decodes as valid UTF-8, and the lines that hold them read better afterwards by wordShape
// (or, where no letter changes, the repair only turns "â€™" into punctuation). Otherwise
// the text is kept and the caller warns.

import type { VFile } from 'vfile'
import { report } from '../report/report.js'
import { pointAt } from './point-at.js'
import { CP1252_80_9F } from './cp1252.js'
import { wordShape } from './decode.js'

/** Character → byte, for every character a byte 0x80–0xFF becomes in Windows-1252 or in
 * Latin-1 (which gives the C1 controls for 0x80–0x9F). */
const BYTE_OF = new Map<string, number>()
for (let b = 0x80; b <= 0xff; b++) BYTE_OF.set(String.fromCharCode(b), b)
for (let k = 0; k < 32; k++) BYTE_OF.set(CP1252_80_9F[k], 0x80 + k)

// A continuation byte as a character: U+0080–U+00BF, or Windows-1252's characters for
// 0x80–0x9F. Every alternative below has a fixed length, so the scan is linear.
const CONT = `[\\u0080-\\u00bf${[...BYTE_OF.keys()].filter((c) => c > '\u00ff').join('')}]`
const SEQUENCE = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`, 'gu')

// U+FFFD next to a lead or continuation character: a byte of a sequence was lost.
const LEFTOVER = new RegExp(`[\\u00c2-\\u00f4]\\ufffd|${CONT}\\ufffd|\\ufffd${CONT}`, 'u')
const LETTERS_ONLY = /^\p{L}+$/u

export interface MojibakeFinding {
  /** How many damaged-looking sequences the text holds. */
  count: number
  /** The first one: its offset in the text given, and what it is. */
  first: { offset: number; text: string }
  /** The repaired text, when the repair is certain; undefined otherwise. */
  repaired?: string
  /** Where the first sequence stands in the repaired text, and what it became. */
  firstRepaired?: { offset: number; text: string }
}

/** The text with its mojibake repaired when the repair is certain (an info on the file),
 * else as it was (a warning when it holds damaged-looking sequences). `text` has "\n" line
 * endings, so the places reported are the ones every later stage uses. */
export function repairMojibake(text: string, file: VFile): string {
  const found = findMojibake(text)
  if (!found) return text
  const n = `${found.count} sequence${found.count === 1 ? '' : 's'}`
  const damaged = visible(wordAround(text, found.first.offset, found.first.text.length))
  if (found.repaired !== undefined && found.firstRepaired) {
    const { offset, text: fixed } = found.firstRepaired
    const word = visible(wordAround(found.repaired, offset, fixed.length))
    report(file, 'read/mojibake-repaired', pointAt(found.repaired, offset), `repaired ${n} of UTF-8 read as Windows-1252 (mojibake), the first "${damaged}" → "${word}"`)
    return found.repaired
  }
  report(file, 'read/mojibake', pointAt(text, found.first.offset), `${n} such as "${damaged}" look like UTF-8 read as Windows-1252 (mojibake), but a repair would not be certain; text kept as it is`)
  return text
}

/** Control characters (the C1 controls a Latin-1 reader made, or what a repair gives back)
 * written as \u escapes: the message goes into the JSON output and onto the terminal, and
 * blankControls runs only on the text, after this. */
function visible(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
}

/** The word a sequence stands in (at most 16 characters either side), for the message. */
function wordAround(text: string, offset: number, length: number): string {
  let start = offset
  while (start > 0 && offset - start < 16 && !/\s/u.test(text[start - 1])) start--
  let end = offset + length
  while (end < text.length && end - offset - length < 16 && !/\s/u.test(text[end])) end++
  return text.slice(start, end)
}

/** Look for UTF-8-read-as-Windows-1252 sequences; repair them when certain. */
export function findMojibake(text: string): MojibakeFinding | undefined {
  SEQUENCE.lastIndex = 0
  // cheap pre-check: nearly every text has no such sequence
  if (!SEQUENCE.test(text)) return undefined
  SEQUENCE.lastIndex = 0

  const pieces: string[] = []
  let last = 0
  let count = 0
  let allValid = true
  let lettersChanged = false
  let distinctive = false
  let first: MojibakeFinding['first'] | undefined
  let firstRepaired: MojibakeFinding['firstRepaired'] | undefined
  let outLength = 0
  const lines = new Set<number>() // offsets of the starts of the lines that hold a sequence
  // The line a sequence is on, found by walking forwards only: a lastIndexOf per match
  // would make a single 5 MB line of sequences quadratic.
  let lineStart = 0
  let nextBreak = text.indexOf('\n')
  const decoder = new TextDecoder('utf-8', { fatal: true })
  for (const m of text.matchAll(SEQUENCE)) {
    count++
    if (!distinctive && !LETTERS_ONLY.test(m[0])) distinctive = true
    const bytes = Uint8Array.from([...m[0]].map((c) => BYTE_OF.get(c)!))
    let fixed: string | undefined
    try {
      fixed = decoder.decode(bytes)
    } catch {
      allValid = false
    }
    if (!first) first = { offset: m.index, text: m[0] }
    while (nextBreak !== -1 && nextBreak < m.index) {
      lineStart = nextBreak + 1
      nextBreak = text.indexOf('\n', lineStart)
    }
    lines.add(lineStart)
    if (fixed === undefined) continue
    if (/\p{L}/u.test(fixed)) lettersChanged = true
    pieces.push(text.slice(last, m.index))
    outLength += m.index - last
    if (!firstRepaired) firstRepaired = { offset: outLength, text: fixed }
    pieces.push(fixed)
    outLength += fixed.length
    last = m.index + m[0].length
  }
  pieces.push(text.slice(last))
  // A sequence of letters only ("ášš" in Sami, "âžž") is also how some orthographies
  // write; a damaged text nearly always has sequences with a symbol, a C1 control or a
  // no-break space in them too ("Ã©", "Ð¿", "È›"). Letters alone are no evidence.
  if (!distinctive) return undefined
  const finding: MojibakeFinding = { count, first: first! }
  if (!allValid) return finding

  const repaired = pieces.join('')
  // A byte lost on the way (a reader that turned 0x81 or 0x9D into U+FFFD or dropped it)
  // leaves a lead character with too few continuations: the rest could be repaired, but
  // not that character, so the repair as a whole is not certain.
  if (LEFTOVER.test(repaired)) return finding
  // Judge on the lines concerned only: in a long dump a few damaged names would vanish in
  // the share of well-shaped words of the whole text.
  const before = linesAt(text, lines)
  const after = [...before].map((line) => line.replace(SEQUENCE, (s) => decoder.decode(Uint8Array.from([...s].map((c) => BYTE_OF.get(c)!)))))
  const shapeBefore = wordShape(before.join('\n'))
  const shapeAfter = wordShape(after.join('\n'))
  const better = shapeAfter > shapeBefore || (shapeAfter === shapeBefore && !lettersChanged)
  if (better) {
    finding.repaired = repaired
    finding.firstRepaired = firstRepaired
  }
  return finding
}


function linesAt(text: string, starts: Set<number>): string[] {
  return [...starts].map((start) => {
    const end = text.indexOf('\n', start)
    return text.slice(start, end === -1 ? text.length : end)
  })
}
