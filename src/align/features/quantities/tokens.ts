// The tokens a quantity can start at: figures, runs of Han numerals and words, found by a
// character scan.
import { classAt, HAN_KANA, LETTER, width } from '../char-classes.js'
import { HAN_NUMERALS } from './han-numerals.js'
import { mayBeVocabulary, type Vocabulary } from './vocabulary.js'

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

/** Where the figure that starts at q (a digit) ends: its digits and a decimal part,
 * /\d+(?:[.,]\d+)?/ read by hand. */
function figureEnd(source: string, q: number): number {
  while (isDigit(source.charCodeAt(q))) q++
  const c = source.charCodeAt(q)
  if ((c === 0x2e || c === 0x2c) && isDigit(source.charCodeAt(q + 1))) {
    q += 2
    while (isDigit(source.charCodeAt(q))) q++
  }
  return q
}

function isSpaceOrTab(c: number): boolean {
  return c === 0x20 || c === 0x09
}

// The kinds of token nextToken finds (0: none).
export const DIGIT_TOKEN = 1
export const HAN_TOKEN = 2
export const WORD_TOKEN = 3

/** Where the token nextToken found starts and ends, and for a figure its two ends. One
 * per scan, written by every call (the scan asks for its tokens one at a time). */
export interface Token {
  start: number
  end: number
  low: string
  high: string | undefined
}

export function newToken(): Token {
  return { start: 0, end: 0, low: '', high: undefined }
}

/** The kind of the next token at or after `from` (0 when there is none), its place
 * written into `token`: a figure, a run of Han numerals, or a word, which starts with a
 * letter other than Han or kana (Han text has no spaces, so a word over Han would swallow
 * the numerals of "逗留三月") and runs over letters of any script and apostrophes. The same tokens as the one-regex pass this
 * replaces, found by a character scan (char-classes.ts says why); ASCII, most of the
 * characters, is told apart by its code alone. With a `vocabulary`, only words that may be
 * in it (mayBeVocabulary) are returned. */
export function nextToken(source: string, from: number, token: Token, vocabulary?: Vocabulary): number {
  const n = source.length
  for (let p = from; p < n; ) {
    const c = source.charCodeAt(p)
    // The width of the letter a word starts with here (0: no word starts here).
    let first: number
    if (c < 0x80) {
      if (c >= 0x30 && c <= 0x39) {
        // A figure, and the upper end of a range ("30-40", "3 – 4"):
        // /(\d+(?:[.,]\d+)?)(?:[ \t]?[-–—][ \t]?(\d+(?:[.,]\d+)?))?/ read by hand, without
        // the match and its strings a regex makes for every figure.
        const low = figureEnd(source, p)
        token.start = p
        token.low = source.slice(p, low)
        token.high = undefined
        token.end = low
        let r = isSpaceOrTab(source.charCodeAt(low)) ? low + 1 : low
        const dash = source.charCodeAt(r)
        if (dash === 0x2d || dash === 0x2013 || dash === 0x2014) {
          r = isSpaceOrTab(source.charCodeAt(r + 1)) && isDigit(source.charCodeAt(r + 2)) ? r + 2 : r + 1
          if (isDigit(source.charCodeAt(r))) {
            token.end = figureEnd(source, r)
            token.high = source.slice(r, token.end)
          }
        }
        return DIGIT_TOKEN
      }
      // (c | 0x20) lowers an ASCII letter; the ASCII letters are all of \p{L} below 0x80.
      if ((c | 0x20) < 0x61 || (c | 0x20) > 0x7a) {
        p++
        continue
      }
      first = 1
    } else if (c >= 0x400 && c <= 0x45f) {
      // Basic Cyrillic, the other bulk of the text: letters all, none of them Han.
      first = 1
    } else if (HAN_NUMERALS[c] === 1) {
      let q = p + 1
      while (q < n && HAN_NUMERALS[source.charCodeAt(q)] === 1) q++
      token.start = p
      token.end = q
      return HAN_TOKEN
    } else if (c >= 0x4e00 && c <= 0x9fff) {
      // CJK Unified Ideographs, the bulk of Han text: Han letters (or unassigned, no
      // letters), so no word starts at one.
      p++
      continue
    } else {
      const flags = classAt(source, p)
      first = width(source, p)
      if ((flags & LETTER) === 0 || (flags & HAN_KANA) !== 0) {
        p += first
        continue
      }
    }
    const end = wordEnd(source, p + first)
    // A word that cannot be one of `vocabulary`'s is passed over here: extractQuantities
    // would do nothing with it but ask for the next token.
    if (vocabulary !== undefined && !mayBeVocabulary(source, p, end, vocabulary)) {
      p = end
      continue
    }
    token.start = p
    token.end = end
    return WORD_TOKEN
  }
  return 0
}

/** Where a word token that goes on at q ends: after letters of any script and apostrophes. */
function wordEnd(source: string, q: number): number {
  const n = source.length
  while (q < n) {
    const d = source.charCodeAt(q)
    if (d < 0x80) {
      if (((d | 0x20) >= 0x61 && (d | 0x20) <= 0x7a) || d === 0x27) q++
      else break
    } else if (d === 0x2019 || (d >= 0x400 && d <= 0x45f)) q++ // (U+0400-U+045F: Cyrillic letters all)
    else if ((classAt(source, q) & LETTER) !== 0) q += width(source, q)
    else break
  }
  return q
}
/** Every token of the text as [start, end, kind, low figure, high figure], without the
 * skipping extractQuantities does; the tests compare it with the regex it replaces. */
export function tokensOf(source: string): Array<[number, number, number, string?, string?]> {
  const out: Array<[number, number, number, string?, string?]> = []
  const t = newToken()
  for (let kind = nextToken(source, 0, t); kind !== 0; kind = nextToken(source, t.end, t)) {
    out.push(kind === DIGIT_TOKEN ? [t.start, t.end, kind, t.low, t.high] : [t.start, t.end, kind])
  }
  return out
}
