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

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch)
}

/** Letters per script. Han characters weigh 3: one carries about as much text as three
 * Latin letters (the ratio in the sample is 4.4), so a Chinese paragraph quoting a Latin
 * name is still Chinese. Japanese text counts its Han under Kana when kana are present. */
export function scriptCounts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>()
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code < 0x41) continue // spaces, digits, punctuation
    if (code < 0x80 && !((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a))) continue
    for (const [script, re] of SCRIPT_TESTS) {
      if (re.test(ch)) {
        counts.set(script, (counts.get(script) ?? 0) + (script === 'Han' ? 3 : 1))
        break
      }
    }
  }
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
