// Which writing system a piece of text is in. Section boundaries in layout A are nothing
// but script changes, so this is the first and most reliable language signal; franc only
// decides between languages that share a script.
import type { Script } from '../data/languages.js'

const SCRIPT_TESTS: [Script, RegExp][] = [
  ['Han', /\p{Script=Han}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Latin', /\p{Script=Latin}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Khmer', /\p{Script=Khmer}/u],
  ['Lao', /\p{Script=Lao}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Ethiopic', /\p{Script=Ethiopic}/u],
]

const HAN = /\p{Script=Han}/u

/** For each BMP code unit: 0 not looked up yet, NO_SCRIPT none of SCRIPT_TESTS, else the
 * index in SCRIPT_TESTS plus one. Filled lazily by scriptCounts. */
const BMP_SCRIPT = new Uint8Array(0x10000)
const NO_SCRIPT = 0xff

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch)
}

/** Letters per script. Han characters weigh 3: one carries about as much text as three
 * Latin letters (the ratio in the sample is 4.4), so a Chinese paragraph quoting a Latin
 * name is still Chinese. Japanese text counts its Han under Kana when kana are present. */
export function scriptCounts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>()
  const add = (script: Script, n: number) => counts.set(script, (counts.get(script) ?? 0) + n)
  // plain counters for the three scripts of nearly every character seen
  let latin = 0
  let cyrillic = 0
  let han = 0
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    if (code < 0x41) continue // spaces, digits, punctuation
    // the common scripts by code ranges: this runs on every character of every input, and
    // a Unicode property regex per character cost more than the rest of the pipeline
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++
      continue
    }
    if (code >= 0x400 && code <= 0x52f) cyrillic++
    else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) han += 3
    else if ((code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff)) latin++
    else {
      // everything else, surrogate pairs included, by Unicode script property
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) code = text.codePointAt(i++)!
      // A BMP character's script is looked up once per process and kept in BMP_SCRIPT:
      // typographic quotes, dashes and CJK punctuation would otherwise run all the tests
      // below, matching none, on every occurrence.
      let k = code <= 0xffff ? BMP_SCRIPT[code] : 0
      if (k === 0) {
        k = NO_SCRIPT
        const ch = String.fromCodePoint(code)
        for (let t = 0; t < SCRIPT_TESTS.length; t++) {
          if (SCRIPT_TESTS[t][1].test(ch)) {
            k = t + 1
            break
          }
        }
        if (code <= 0xffff) BMP_SCRIPT[code] = k
      }
      if (k !== NO_SCRIPT) {
        const script = SCRIPT_TESTS[k - 1][0]
        add(script, script === 'Han' ? 3 : 1)
      }
    }
  }
  if (latin) add('Latin', latin)
  if (cyrillic) add('Cyrillic', cyrillic)
  if (han) add('Han', han)
  if (counts.has('Kana') && counts.has('Han')) {
    counts.set('Kana', counts.get('Kana')! + counts.get('Han')!)
    counts.delete('Han')
  }
  return counts
}

/** The script with the most weight, or undefined for text without letters. */
export function dominantScript(text: string): { script: Script; weight: number; total: number } | undefined {
  let best: Script | undefined
  let weight = 0
  let total = 0
  for (const [script, n] of scriptCounts(text)) {
    total += n
    if (n > weight) {
      best = script
      weight = n
    }
  }
  return best ? { script: best, weight, total } : undefined
}
