// bytes → text. Order matters: a BOM is certain, UTF-16 without a BOM shows as NUL bytes
// in every other position, valid UTF-8 is almost never an accident, and only then do we
// ask chardet to guess among the legacy encodings archives actually use.
// Decoding uses the WHATWG TextDecoder that Node ships with full ICU (every encoding below
// is there), so no decoder library loads; chardet loads only for files that are not UTF-8.
import { FatalError } from '../report/report.js'
import { alphabetFit } from './alphabets.js'
import { decodeWindows1252 } from './cp1252.js'

export interface Decoded {
  text: string
  /** The encoding the bytes were read as ("utf-8", "utf-16le", "windows-1251", …). */
  encoding: string
  /** True when the encoding was a guess (no BOM, not valid UTF-8). */
  guessed: boolean
  /** How many characters could not be decoded and became U+FFFD. */
  replaced: number
}

// The legacy encodings that archive dumps come in (see LAYOUTS.md); chardet may name others
// for short or odd inputs, and we trust only these.
const LEGACY = new Set(['windows-1251', 'koi8-r', 'gb18030', 'big5', 'windows-1250', 'iso-8859-2', 'windows-1252', 'iso-8859-1', 'shift_jis', 'euc-kr', 'euc-jp', 'iso-8859-5', 'utf-16le', 'utf-16be'])

export async function decode(bytes: Uint8Array): Promise<Decoded> {
  const bom = bomOf(bytes)
  if (bom) return finish(textOf(bytes.subarray(bom.length), bom.encoding), bom.encoding, false)

  const utf16 = sniffUtf16(bytes)
  if (utf16) return finish(textOf(bytes, utf16), utf16, true)

  if (!bytes.includes(0)) {
    let utf8: string | undefined
    try {
      utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      // not UTF-8: fall through to detection
    }
    // C1 controls and U+FFFD in valid UTF-8 are the marks of an earlier bad conversion
    // (mojibake.ts repairs or reports them), not of binary data: random bytes are almost
    // never valid UTF-8. C0 controls still count.
    if (utf8 !== undefined) return finish(utf8, 'utf-8', false, false)
  } else {
    throw new FatalError('read/binary', 'binary data (NUL bytes); memo reads text dumps')
  }

  const { default: chardet } = await import('chardet')
  const guesses = chardet.analyse(bytes).map((m) => ({ name: m.name.toLowerCase(), confidence: m.confidence }))
  // chardet alone mistakes KOI8-R for ISO-8859-1 and ranks a CJK encoding first on some
  // Cyrillic text, so every plausible decoding is tried and judged by how much it looks
  // like text: no control or replacement characters, and words in one script and one case
  // pattern (a wrong single-byte table makes "пРИВЕТ" or "Ð¿Ñ€Ð¸").
  const names = [...new Set([...guesses.filter((g) => LEGACY.has(g.name)).slice(0, 4).map((g) => g.name), ...SINGLE_BYTE])]
  let best: Decoded | undefined
  let bestScore = Infinity
  for (const name of names) {
    const text = textOf(bytes, name)
    const confidence = guesses.find((g) => g.name === name)?.confidence ?? 0
    const score = (junkCount(text) / Math.max(1, text.length)) * 1000 + (1 - wordShape(text)) * 100 + (1 - alphabetFit(text)) * 100 - confidence / 100
    if (score < bestScore) {
      bestScore = score
      best = { text, encoding: name, guessed: true, replaced: 0 }
    }
  }
  if (best) best = finish(best.text, best.encoding, true)
  if (!best) throw new FatalError('read/binary', 'not text in any encoding memo knows (UTF-8, UTF-16, Windows-1251, KOI8-R, GB18030, Big5, Windows-1250)')
  return best
}

/** Always tried for text that is not UTF-8: the single-byte tables of the archives' languages. */
const SINGLE_BYTE = ['windows-1251', 'koi8-r', 'windows-1250', 'iso-8859-2', 'windows-1252']

/** The share of letters, in words holding a non-ASCII letter, that sit in well-formed words:
 * one script; lower case, Capitalised or UPPER CASE throughout; and, for Latin script, mostly
 * plain letters (Hungarian or Polish words carry a few accents; Cyrillic read as
 * Windows-1252 is accents from end to end: "Ïî óêàçàíèþ"). ASCII words are the same in
 * every decoding and say nothing. */
export function wordShape(text: string): number {
  let good = 0
  let all = 0
  // A word runs on through non-ASCII symbols and other numbers: a Czech "š" read as
  // Latin-1 is "¹", a Polish "ś" read as Windows-1250 is "¶", and "V¹eobecná" must count
  // as one damaged word, not as two good ones.
  for (const m of text.matchAll(WORD)) {
    const w = m[0]
    if (/^[A-Z]+$/i.test(w)) continue
    all += w.length
    const rest = w.slice(1)
    const cased = w === w.toLowerCase() || w === w.toUpperCase() || rest === rest.toLowerCase()
    if (cased && oneScript(w) && !mostlyAccentedLatin(w)) good += w.length
  }
  return all === 0 ? 1 : good / all
}

const WORD = /(?:\p{L}|(?![\0-\x7f])[\p{S}\p{No}]){1,64}/gu

const SCRIPTS = [
  /^\p{Script=Latin}+$/u, /^\p{Script=Cyrillic}+$/u, /^\p{Script=Han}+$/u, /^\p{Script=Greek}+$/u, /^\p{Script=Hangul}+$/u, /^[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]+$/u,
  // scripts that mojibake repair meets in other people's dumps (see mojibake.ts)
  /^\p{Script=Hebrew}+$/u, /^\p{Script=Arabic}+$/u, /^\p{Script=Armenian}+$/u, /^\p{Script=Georgian}+$/u, /^\p{Script=Devanagari}+$/u, /^\p{Script=Thai}+$/u, /^\p{Script=Ethiopic}+$/u,
]

function mostlyAccentedLatin(word: string): boolean {
  if (!/^\p{Script=Latin}+$/u.test(word)) return false
  let accented = 0
  for (const ch of word) if (ch > '\u007f') accented++
  return accented * 2 > word.length
}

function oneScript(word: string): boolean {
  return SCRIPTS.some((re) => re.test(word))
}

function textOf(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes)
  return new TextDecoder(encoding).decode(bytes)
}

function bomOf(bytes: Uint8Array): { length: number; encoding: string } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { length: 3, encoding: 'utf-8' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { length: 2, encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { length: 2, encoding: 'utf-16be' }
  return undefined
}

/** UTF-16 without a BOM: text in Latin or Cyrillic puts a zero (Latin) or a small value in
 * one byte of most pairs. Count zero bytes at even and odd positions in the first 4 KiB. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 4) return undefined
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++
    if (bytes[i + 1] === 0) oddZero++
  }
  const pairs = n / 2
  // ASCII line breaks, spaces and digits alone make a zero high byte in >20% of pairs
  // even in Chinese or Russian text; random binary has zeros on both sides.
  if (oddZero > pairs * 0.2 && evenZero < pairs * 0.02) return 'utf-16le'
  if (evenZero > pairs * 0.2 && oddZero < pairs * 0.02) return 'utf-16be'
  return undefined
}

// The characters junkCount counts (below), for its pre-check.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const JUNK = /[\u0000-\u0008\v\u000e-\u001f\u007f]/
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const JUNK_STRICT = /[\u0000-\u0008\v\u000e-\u001f\u007f-\u009f\ufffd]/

/** Characters that do not belong in a text dump: C0 controls other than tab, line feed,
 * carriage return and form feed, DEL, and (strict) the C1 controls and U+FFFD. */
function junkCount(text: string, strict = true): number {
  // Nearly every text has none: one native regex scan says so in half the time of the loop.
  if (!(strict ? JUNK_STRICT : JUNK).test(text)) return 0
  let junk = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || (strict && ((c > 0x7f && c < 0xa0) || c === 0xfffd))) junk++
  }
  return junk
}

function finish(text: string, encoding: string, guessed: boolean, strict = true): Decoded {
  const junk = junkCount(text, strict)
  // Real dumps have none or a handful of stray characters; random bytes decoded as any
  // single-byte encoding give about one control character in eight.
  if (text.length > 0 && junk > 8 && junk / text.length > 0.005) {
    throw new FatalError('read/binary', `binary data or an unknown encoding (${junk} control or undecodable characters); memo reads text dumps`)
  }
  let replaced = 0
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++
  return { text, encoding, guessed, replaced }
}
