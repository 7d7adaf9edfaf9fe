// The Unicode properties the aligner's word scanners ask about, one table lookup per
// character. Why not the regexes they replace: a global regex such as
// /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{Lu}'’-]+/gu costs V8 30-40 ns per character of
// prose (every position is a new attempt), and the aligner ran three of them over every
// paragraph: more time than the search itself. Each character's class is found once, by
// the same \p{…} regexes, and kept: a table for the Basic Multilingual Plane, a map for
// the rest.

export const LETTER = 1 // \p{L}
export const HAN_KANA = 2 // \p{Script=Han}, Hiragana or Katakana
export const UNSPACED = 4 // HAN_KANA or Thai, Lao, Khmer, Myanmar: written without spaces
export const MARK = 8 // \p{M}
export const UPPER = 16 // \p{Lu}
export const LOWER = 32 // \p{Ll}
export const NUMBER = 64 // \p{N}
const KNOWN = 128

const tests: Array<[RegExp, number]> = [
  [/\p{L}/u, LETTER],
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u, HAN_KANA | UNSPACED],
  [/[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u, UNSPACED],
  [/\p{M}/u, MARK],
  [/\p{Lu}/u, UPPER],
  [/\p{Ll}/u, LOWER],
  [/\p{N}/u, NUMBER],
]

function classify(char: string): number {
  let flags = KNOWN
  for (const [re, flag] of tests) if (re.test(char)) flags |= flag
  return flags
}

const bmp = new Uint8Array(0x10000)
const astral = new Map<number, number>()

/** The class flags of the code point at index i of s (see width for how many code units it takes). */
export function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i)
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) {
    const known = bmp[c]
    if (known !== 0) return known
    // A lone surrogate classifies as itself: no letter, as for the regexes.
    return (bmp[c] = classify(String.fromCharCode(c)))
  }
  const d = s.charCodeAt(i + 1)
  if ((d & 0xfc00) !== 0xdc00) return bmp[c] || (bmp[c] = classify(String.fromCharCode(c)))
  const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000
  let flags = astral.get(cp)
  if (flags === undefined) {
    flags = classify(String.fromCodePoint(cp))
    astral.set(cp, flags)
  }
  return flags
}

/** Code units of the code point at index i: 2 for a surrogate pair, else 1. */
export function width(s: string, i: number): number {
  const c = s.charCodeAt(i)
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1
}

/** The class flags of the code point that ends just before index i (0 at the start). */
export function classBefore(s: string, i: number): number {
  if (i <= 0) return 0
  const d = s.charCodeAt(i - 1)
  if ((d & 0xfc00) === 0xdc00 && i >= 2) {
    const c = s.charCodeAt(i - 2)
    if (c >= 0xd800 && c <= 0xdbff) return classAt(s, i - 2)
  }
  return classAt(s, i - 1)
}
