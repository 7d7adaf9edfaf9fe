// Names: capitalised words in Latin or Cyrillic letters, reduced to a key that the same
// name spelt in either alphabet shares.
import { classAt, classBefore, LETTER, LOWER, NUMBER, UPPER, width } from './char-classes.js'
import { cyrillicToLatin } from './data/transliteration.js'

/** A rough sound skeleton: Latin letters, a few spelling variants folded together, vowels
 * dropped after the first letter, first three consonants kept. "Vyshinskiy" and
 * "Вышинского" both give "vsh" + "n"; "Moscow" and "Москве" both "msk". */
export function nameKey(word: string): string | undefined {
  let s = ''
  for (const ch of word.toLowerCase()) s += cyrillicToLatin[ch] ?? ch
  s = s
    .normalize('NFD')
    .replace(/[^a-z]/g, '')
    .replace(/sch|shch/g, 'S')
    .replace(/sh/g, 'S')
    .replace(/ch|tsch|tch/g, 'C')
    .replace(/kh/g, 'h')
    .replace(/ts|tz/g, 'z')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/ck|c|q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/(.)\1+/g, '$1')
  if (s.length < 3) return s.length >= 2 && /^[a-z]+$/.test(s) ? `=${s}` : undefined
  const first = s[0]
  const consonants = s.slice(1).replace(/[aeiouyj]/g, '')
  const key = (first + consonants).slice(0, 4)
  return key.length >= 3 ? key : `=${s.slice(0, 4)}`
}

/** Where the capitalised word at p ends, or 0 when none starts there. The words of
 * /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{Lu}'’-]+/gu, found by a character scan
 * (char-classes.ts says why): an upper-case letter after no letter or digit, then at least
 * one letter of either case, apostrophe or hyphen. */
export function capitalisedAt(text: string, p: number): number {
  if ((classAt(text, p) & UPPER) === 0 || (classBefore(text, p) & (LETTER | NUMBER)) !== 0) return 0
  let q = p + width(text, p)
  while (q < text.length) {
    const c = text.charCodeAt(q)
    if (c < 0x80) {
      // The ASCII letters are all of \p{Lu} and \p{Ll} below 0x80.
      if (((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x27 || c === 0x2d) q++
      else break
    } else if (c === 0x2019) q++
    else if ((classAt(text, q) & (UPPER | LOWER)) !== 0) q += width(text, q)
    else break
  }
  return q > p + width(text, p) ? q : 0
}
