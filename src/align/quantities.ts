// Quantities stated in a paragraph: numbers (digits, full-width digits, ranges, number
// words, Han numerals), with the scale or time unit that follows them, and dates. The
// aligner uses them as anchors; the discrepancy check compares them across a row.
import { classAt, HAN_KANA, LETTER, width } from './char-classes.js'
import { hanDigits, hanMultipliers, numberWords, ruCompoundPrefixes } from './number-words.js'
import { hanTimeUnits, monthNames, unitFillers, ruUnitAdjectiveStems, scaleWords, timeUnitWords, type TimeUnit } from './unit-words.js'

export interface Quantity {
  /** number: a count or a bare figure; duration: a figure with a time unit; date: a day
   * and/or month of the calendar. */
  kind: 'number' | 'duration' | 'date'
  /** The figure (the lower end of a range), scale applied; for a date, the day (or 0). */
  value: number
  /** The upper end of a range ("30-40 thousand"). */
  high?: number
  unit?: TimeUnit
  /** Month of a date, 1-12. */
  month?: number
  /** True when a scale word multiplied the figure (thousand, тыс., 万). */
  scaled?: boolean
  /** True when the figure itself was lost (a dropped Han glyph before 周): only the unit is known. */
  unknown?: boolean
  /** The words as written, for messages. */
  text: string
  /** Where the quantity starts in the paragraph text (UTF-16 index). */
  index: number
}

const unitByWord = new Map<string, TimeUnit>()
for (const [unit, words] of Object.entries(timeUnitWords) as Array<[TimeUnit, readonly string[]]>) {
  for (const w of words) unitByWord.set(w, unit)
}

// A figure: digits, a decimal part, and the upper end of a range ("30-40", "3 – 4"). Tried
// only where a digit starts (the scanner in nextToken finds the starts).
const DIGITS = /(\d+(?:[.,]\d+)?)(?:[ \t]?[-–—][ \t]?(\d+(?:[.,]\d+)?))?/uy
// By code unit, not by one-character string: source[p] would build a string for every
// character outside Latin-1. A table, not a Set: every Han character of a Chinese
// paragraph is looked up.
const HAN_NUMERALS = new Uint8Array(0x10000)
for (const ch of [...Object.keys(hanDigits), ...Object.keys(hanMultipliers)]) HAN_NUMERALS[ch.charCodeAt(0)] = 1

// The kinds of token nextToken finds (0: none).
const DIGIT_TOKEN = 1
const HAN_TOKEN = 2
const WORD_TOKEN = 3

/** Where the token nextToken found starts and ends, and for a figure its two ends. One
 * per scan, written by every call (the scan asks for its tokens one at a time). */
interface Token {
  start: number
  end: number
  low: string
  high: string | undefined
}

function newToken(): Token {
  return { start: 0, end: 0, low: '', high: undefined }
}

/** The kind of the next token at or after `from` (0 when there is none), written into
 * `token`: a figure, a run of Han
 * numerals, or a word, which starts with a letter other than Han or kana (Han text has no
 * spaces, so a word over Han would swallow the numerals of "逗留三月") and runs over
 * letters of any script and apostrophes. The same tokens as the one-regex pass this
 * replaces, found by a character scan (char-classes.ts says why); ASCII, most of the
 * characters, is told apart by its code alone. With a `vocabulary`, only words that may be
 * in it (mayBeVocabulary) are returned. */
function nextToken(source: string, from: number, token: Token, vocabulary?: Vocabulary): number {
  const n = source.length
  for (let p = from; p < n; ) {
    const c = source.charCodeAt(p)
    // The width of the letter a word starts with here (0: no word starts here).
    let first: number
    if (c < 0x80) {
      if (c >= 0x30 && c <= 0x39) {
        DIGITS.lastIndex = p
        const m = DIGITS.exec(source)!
        token.start = p
        token.end = p + m[0].length
        token.low = m[1]
        token.high = m[2]
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

const HAN_UNIT_AFTER = /^[ \u3000]?(个小时|小时|钟头|点钟|[点天日周年月]|分钟|星期|礼拜|个月)/u
const HAN_SCALE_AFTER = /^[ \u3000]?([万千亿萬億])/u
const HAN_DAY_AFTER_MONTH = /^[ \u3000]?(\d+|[〇零一二两三四五六七八九十]+)[ \u3000]?[日号]/u
// A Han measure word after a numeral makes it a count ("几百名", "三个"); anything else
// (一切, 一起, 一些) is not a number.
const HAN_MEASURE_AFTER = /^[ \u3000]?[个名人次位项条件家所座批]/u
const DROPPED_BEFORE_UNIT = /(?<=[\p{Script=Han},、])[ \u3000](?=周|星期|个月|小时)/gu
/** What DROPPED_BEFORE_UNIT needs at least, without the look-behind: Chinese paragraphs
 * have 个 and 小 in most sentences, the space before them seldom. */
const DROPPED_BEFORE_UNIT_START = /[ \u3000][周星个小]/

const onlyMultipliers = new Set(['hundred', 'dozen'])

function parseNumber(s: string): number {
  return Number(s.replace(',', '.'))
}

/** 四十 → 40, 三十五 → 35, 四十万 → 400000, 两千 → 2000, 十一 → 11. */
export function parseHan(s: string): number | undefined {
  let total = 0
  let section = 0
  let digit = -1
  for (const ch of s) {
    if (ch in hanDigits) {
      digit = hanDigits[ch]
      continue
    }
    const m = hanMultipliers[ch]
    if (m === undefined) return undefined
    if (m >= 10000) {
      section += digit >= 0 ? digit : 0
      total += (section || 1) * m
      section = 0
    } else section += (digit >= 0 ? digit : 1) * m
    digit = -1
  }
  return total + section + (digit >= 0 ? digit : 0)
}

// The data tables as Maps, built once: the lookups run for every word of the text.
const numberMaps = new Map(Object.entries(numberWords).map(([lang, table]) => [lang, new Map(Object.entries(table))]))
const anyNumberWord = new Map<string, number>()
for (const table of numberMaps.values()) for (const [w, n] of table) if (!anyNumberWord.has(w)) anyNumberWord.set(w, n)
const compoundPrefixes = Object.entries(ruCompoundPrefixes)
const prefixStarts = new Set(compoundPrefixes.map(([p]) => p.slice(0, 3)))
const monthMap = new Map(Object.entries(monthNames))

/** Per primary language: for each beginning of three letters (see packedLower) the greatest
 * length of a word the word branch of extractQuantities could act on (a number word of
 * the language's table, a month name, a Russian compound stem: no limit). Three letters,
 * not two: "the", "this", "that" share "th" with "three" and "thirty" (a quarter of the
 * English words passed a two-letter test, one in twenty-three passes this one). `pairs`
 * numbers the beginnings of two letters of those words (0: none starts so) and `longest`
 * holds a row of third letters per number: two table reads where a Map of three-letter
 * keys was asked about one word in four. */
interface Vocabulary {
  /** The language tag's primary subtag, lower case. */
  primary: string
  pairs: Uint8Array
  longest: Int32Array
}
/** Per language tag as given (a section's paragraphs all give one): a table of constants,
 * built when the tag is first met. */
const vocabularies = new Map<string, Vocabulary>()
/** Values of packedLower: 0x00-0xAF. */
const PACKED = 0xb0
/** `longest` of a Russian compound stem: any word that starts with it. */
const UNLIMITED = 0x7fffffff

function vocabularyOf(lang: string): Vocabulary {
  let vocabulary = vocabularies.get(lang)
  if (vocabulary) return vocabulary
  const primary = lang.toLowerCase().split('-')[0]
  const words: Array<[string, number]> = []
  for (const w of (numberMaps.get(primary) ?? anyNumberWord).keys()) words.push([w, w.length])
  for (const w of monthMap.keys()) words.push([w, w.length])
  if (primary === 'ru' || primary === 'uk' || primary === 'be') for (const [prefix] of compoundPrefixes) words.push([prefix, UNLIMITED])
  const pairs = new Uint8Array(PACKED * PACKED)
  const rows: Array<[a: number, b: number, c: number, length: number]> = []
  let rowCount = 0
  for (const [word, length] of words) {
    // A pair is marked even when the third letter has no row: a word that starts with it
    // may still be this one.
    const a = packedLower(word.charCodeAt(0))
    const b = word.length > 1 ? packedLower(word.charCodeAt(1)) : 0
    if (a < 0 || b < 0) continue
    if (pairs[a * PACKED + b] === 0) pairs[a * PACKED + b] = ++rowCount
    const c = word.length > 2 ? packedLower(word.charCodeAt(2)) : 0
    if (c >= 0) rows.push([a, b, c, length])
  }
  if (rowCount > 0xff) throw new Error(`vocabulary of ${primary}: more than 255 beginnings of two letters`)
  const longest = new Int32Array((rowCount + 1) * PACKED)
  for (const [a, b, c, length] of rows) {
    const at = pairs[a * PACKED + b] * PACKED + c
    longest[at] = Math.max(longest[at], length)
  }
  vocabulary = { primary, pairs, longest }
  vocabularies.set(lang, vocabulary)
  return vocabulary
}

/** A code unit lowered, in 8 bits: ASCII as itself, lower-case basic Cyrillic
 * (U+0430-U+045F) from 0x80; -1 for any other unit. */
function packedLower(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c
  if (c >= 0x410 && c <= 0x42f) return c + 0x20 - 0x430 + 0x80
  if (c >= 0x430 && c <= 0x45f) return c - 0x430 + 0x80
  if (c >= 0x400 && c <= 0x40f) return c + 0x50 - 0x430 + 0x80
  return -1
}

/** False when the word s[start, end) cannot be in `vocabulary` (vocabularyOf), whatever
 * its case: most words of prose, told apart without building the word or its lower-case
 * form. Lowering a word never makes it shorter, so its length bounds the lowered word's
 * from below. Only ASCII and basic Cyrillic lower one unit to one unit; a word that starts
 * with any other letter is not ruled out. */
function mayBeVocabulary(s: string, start: number, end: number, vocabulary: Vocabulary): boolean {
  const a = packedLower(s.charCodeAt(start))
  const b = end - start > 1 ? packedLower(s.charCodeAt(start + 1)) : 0
  if (a < 0 || b < 0) return true
  const row = vocabulary.pairs[a * PACKED + b]
  if (row === 0) return false
  const c = end - start > 2 ? packedLower(s.charCodeAt(start + 2)) : 0
  if (c < 0) return true
  const longest = vocabulary.longest[row * PACKED + c]
  return longest !== 0 && end - start <= longest
}

function lookupNumberWord(word: string, lang: string): number | undefined {
  return (numberMaps.get(lang) ?? anyNumberWord).get(word)
}

const WORD_AT = /^[ \t\u00a0]*(\p{L}[\p{L}'’.]*)/u

/** The word (and its end) that starts after optional spaces at `from`. */
export function wordAt(text: string, from: number): { word: string; end: number } | undefined {
  // The pattern needs a letter after the spaces: where none is (a figure followed by
  // punctuation, a bracket, the end), say so without the slice and the regex. (A letter cut
  // in two by the window of 40 is left to the regex, which does not match it.)
  const limit = Math.min(text.length, from + 40)
  let k = from
  while (k < limit && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09 || text.charCodeAt(k) === 0xa0)) k++
  if (k === limit || (classAt(text, k) & LETTER) === 0) return undefined
  const m = WORD_AT.exec(text.slice(from, from + 40))
  if (!m) return undefined
  // Keep a final dot only for abbreviations we know ("тыс.", "p.m."); else drop it.
  let word = m[1].toLowerCase()
  if (word.endsWith('.') && !(word in scaleWords) && !unitByWord.has(word)) {
    while (word.endsWith('.')) word = word.slice(0, -1)
  }
  return { word, end: from + m[0].length }
}

function unitOfAdjective(word: string): TimeUnit | undefined {
  for (const [unit, stems] of Object.entries(ruUnitAdjectiveStems) as Array<[TimeUnit, readonly string[]]>) {
    if (stems.some((s) => word.startsWith(s))) return unit
  }
  return undefined
}

/** The word that ends, after spaces or tabs, right before `end` (scanned by hand: a
 * regex anchored at the end would retry from every start). */
export function wordBefore(text: string, end: number): { word: string; start: number } | undefined {
  let k = end
  while (k > 0 && (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0x09)) k--
  if (k === end) return undefined
  const stop = k
  // Code unit by code unit, as /\p{L}/u tested text[k - 1] alone: the unit after k - 1 is
  // a space or a unit that passed, never a low surrogate, so classAt reads k - 1 alone too
  // (a surrogate by itself is no letter).
  while (k > 0 && end - k < 16 && (classAt(text, k - 1) & LETTER) !== 0) k--
  return k < stop ? { word: text.slice(k, stop), start: k } : undefined
}

/** Can a Han character (U+4E00 or above: every scale and unit of HAN_SCALE_AFTER and
 * HAN_UNIT_AFTER) stand at `at`, after one optional space or ideographic space? */
export function mayBeHanAfter(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  // (charCodeAt past the end is NaN: no.)
  return (c === 0x20 || c === 0x3000 ? text.charCodeAt(at + 1) : c) >= 0x4e00
}

/** Read what follows a figure: a scale, a time unit, a month name (a date). */
function readAfter(text: string, end: number, q: Quantity): number {
  let at = end
  // Russian case endings on figures: "11-ти", "2-х".
  // Each pattern below is tried only where its first character can be: most figures are
  // followed by a space and a word, and a slice and a regex per pattern cost more than the
  // look at one or two characters.
  const ending = text.charCodeAt(at) === 0x2d ? /^-(?:ти|[хи]|го|му|[мй]|ый)(?!\p{L})/u.exec(text.slice(at, at + 5)) : null
  if (ending) at += ending[0].length
  const han = mayBeHanAfter(text, at) ? HAN_SCALE_AFTER.exec(text.slice(at, at + 3)) : null
  if (han) {
    const scale = hanMultipliers[han[1]]
    q.scaled = true
    q.value *= scale
    if (q.high !== undefined) q.high *= scale
    at += han[0].length
  }
  const hanUnit = mayBeHanAfter(text, at) ? HAN_UNIT_AFTER.exec(text.slice(at, at + 4)) : null
  if (hanUnit) {
    const u = hanUnit[1]
    if (u === '月') {
      const day = HAN_DAY_AFTER_MONTH.exec(text.slice(at + hanUnit[0].length, at + hanUnit[0].length + 6))
      q.kind = 'date'
      q.month = q.value
      q.value = day ? (/\d/.test(day[1]) ? Number(day[1]) : parseHan(day[1]) ?? 0) : 0
      return at + hanUnit[0].length + (day ? day[0].length : 0)
    }
    if (u === '年' && q.value >= 1000) return at + hanUnit[0].length
    const unit = hanTimeUnits.find(([w]) => w === u)?.[1]
    if (unit) {
      q.kind = 'duration'
      q.unit = unit
    }
    return at + hanUnit[0].length
  }
  // "two-year", "11-day": a hyphen joins the figure to its unit.
  let next = wordAt(text, text[at] === '-' ? at + 1 : at)
  if (!next) return at
  // "one more week", "еще одну неделю": one filler word may stand between.
  if (unitFillers.includes(next.word)) {
    const after = wordAt(text, next.end)
    if (after && unitByWord.has(after.word)) next = after
  }
  const scale = scaleWords[next.word]
  if (scale) {
    q.scaled = true
    q.value *= scale
    if (q.high !== undefined) q.high *= scale
    at = next.end
    const after = wordAt(text, at)
    const unit = after && unitByWord.get(after.word)
    if (unit) {
      q.kind = 'duration'
      q.unit = unit
      at = after.end
    }
    return at
  }
  const unit = unitByWord.get(next.word) ?? (ending ? unitOfAdjective(next.word) : undefined)
  if (unit) {
    // "1950 г." and "in 1950 year" are calendar years, not durations.
    if (unit === 'year' && q.value >= 1000) return next.end
    q.kind = 'duration'
    q.unit = unit
    return next.end
  }
  if (next.word === 'г' && q.value >= 1000) return next.end
  const month = monthNames[next.word]
  if (month && q.value >= 1 && q.value <= 31 && q.high === undefined) {
    q.kind = 'date'
    q.month = month
    return next.end
  }
  return at
}

/** The characters of the two whole-text tests of extractQuantities: full-width forms and
 * enclosed figures, and the first characters of the Han units a dropped figure leaves. */
const RARE = /[\uff00-\uffef\u2460-\u24ff周星个小]/

/** All quantities of a paragraph, in text order. `lang` is a BCP-47 tag; it picks the
 * number-word table (Spanish "once" is 11, English "once" is not a number). */
export function extractQuantities(text: string, lang: string): Quantity[] {
  const vocabulary = vocabularyOf(lang)
  const primary = vocabulary.primary
  // Full-width digits and letters (１９５０) read as ASCII; skip the work when there are none.
  // One scan asks both this and the dropped-glyph question at the end; most paragraphs
  // have none of those characters and are scanned once instead of twice.
  const rare = RARE.test(text)
  const source = rare && /[\uff00-\uffef\u2460-\u24ff]/u.test(text) ? text.normalize('NFKC') : text
  // NFKC can change lengths (ligatures); indices then only approximate the original's.
  const out: Quantity[] = []
  let skipUntil = 0
  let at = 0
  const token = newToken()
  // Words that cannot be number words or month names never come out of nextToken.
  for (let kind = nextToken(source, 0, token, vocabulary); kind !== 0; kind = nextToken(source, at, token, vocabulary)) {
    at = token.end
    if (token.start < skipUntil) continue
    const index = token.start
    const whole = source.slice(token.start, token.end)
    const digits = kind === DIGIT_TOKEN ? token.low : undefined
    const high = kind === DIGIT_TOKEN ? token.high : undefined
    const han = kind === HAN_TOKEN ? whole : undefined
    const word = kind === WORD_TOKEN ? whole : undefined
    if (digits) {
      // A figure glued to a word ("ТАСС3", "No.2") is a footnote or a label, not a quantity.
      const before = source[index - 1] ?? ''
      // (classAt reads the unit before the digit alone, as the regex did: a digit is no low
      // surrogate.)
      if (index > 0 && (classAt(source, index - 1) & LETTER) !== 0 && !/\p{Script=Han}/u.test(before)) continue
      if (before === '.' && /\p{L}/u.test(source[index - 2] ?? '')) continue
      const q: Quantity = { kind: 'number', value: parseNumber(digits), text: whole, index: index }
      if (high !== undefined) q.high = parseNumber(high)
      // "February 6", "January 1": the month name comes first.
      const monthBefore = wordBefore(source, index)
      const month = monthBefore ? monthNames[monthBefore.word.toLowerCase()] : undefined
      if (month && q.value >= 1 && q.value <= 31 && q.high === undefined) {
        q.kind = 'date'
        q.month = month
        q.index = monthBefore!.start
        q.text = source.slice(q.index, index + whole.length)
        out.push(q)
        continue
      }
      const end = readAfter(source, index + whole.length, q)
      q.text = source.slice(q.index, end).trim()
      skipUntil = end
      out.push(q)
      at = Math.max(at, end)
      continue
    }
    if (han) {
      const before = source[index - 1] ?? ''
      if (before === '第' || before === '几') continue
      const rest = source.slice(index + han.length, index + han.length + 4)
      const scaleOnly = /^[万千亿萬億百十]+$/u.test(han)
      if (scaleOnly) continue
      if (!HAN_UNIT_AFTER.test(rest) && !HAN_MEASURE_AFTER.test(rest) && !/[万千亿萬億百十]/u.test(han)) continue
      const value = parseHan(han)
      if (value === undefined) continue
      const q: Quantity = { kind: 'number', value, text: han, index: index }
      if (/[万千亿萬億]/u.test(han)) q.scaled = true
      const end = readAfter(source, index + han.length, q)
      q.text = source.slice(q.index, end).trim()
      out.push(q)
      at = Math.max(at, end)
      continue
    }
    if (word) {
      const lower = word.toLowerCase()
      const value = lookupNumberWord(lower, primary)
      // "hundred" and "dozen" alone are "a few hundred", not figures.
      if (value !== undefined && !onlyMultipliers.has(lower)) {
        const q: Quantity = { kind: 'number', value, text: word, index: index }
        // "thirty-five", "forty thousand": add a following number word, then read units.
        let end = index + word.length
        const tail = /^[- ](\p{L}+)/u.exec(source.slice(end, end + 16))
        const more = tail ? lookupNumberWord(tail[1].toLowerCase(), primary) : undefined
        if (tail && more !== undefined && more < 10 && value >= 20 && value % 10 === 0) {
          q.value += more
          end += tail[0].length
        } else if (tail && more === 100) {
          q.value *= 100
          end += tail[0].length
        }
        end = readAfter(source, end, q)
        q.text = source.slice(q.index, end).trim()
        out.push(q)
        at = Math.max(at, end)
        continue
      }
      if ((primary === 'ru' || primary === 'uk' || primary === 'be') && lower.length > 7 && prefixStarts.has(lower.slice(0, 3))) {
        // "двухнедельного": a number stem glued to a unit adjective.
        for (const [prefix, n] of compoundPrefixes) {
          if (lower.length > prefix.length + 3 && lower.startsWith(prefix)) {
            const unit = unitOfAdjective(lower.slice(prefix.length))
            if (unit) out.push({ kind: 'duration', value: n, unit, text: word, index: index })
            break
          }
        }
      }
      const month = monthMap.get(lower)
      // A month named without a day: "at the end of January", "в ноябре месяце". With a
      // day after it ("February 6") the figure's branch reads the date.
      const dayAfter = month ? /^[ \t]+(\d{1,2})(?!\d)/.exec(source.slice(index + word.length, index + word.length + 5)) : null
      if (month && !(dayAfter && Number(dayAfter[1]) <= 31) && (lower !== 'march' || /^[A-Z]/.test(word))) {
        out.push({ kind: 'date', value: 0, month, text: word, index: index })
      }
    }
  }
  // A figure lost with a Han glyph: "经过 周的休息" (两 dropped) still says "weeks".
  // (Without RARE's characters, NFKC did not run, and none of 周星个小 is in the text.)
  for (const m of rare && DROPPED_BEFORE_UNIT_START.test(source) ? source.matchAll(DROPPED_BEFORE_UNIT) : []) {
    const rest = source.slice(m.index + 1, m.index + 4)
    const hit = hanTimeUnits.find(([w]) => rest.startsWith(w))
    if (hit && !out.some((q) => q.index <= m.index && m.index < q.index + q.text.length + 1)) {
      out.push({ kind: 'duration', value: 0, unit: hit[1], unknown: true, text: rest.slice(0, hit[0].length), index: m.index + 1 })
    }
  }
  return inTextOrder(out) ? out : out.sort((a, b) => a.index - b.index)
}

/** Are the quantities in text order already? They mostly are (the scan finds them in that
 * order), and a stable sort of a sorted array leaves it as it was. */
function inTextOrder(qs: readonly Quantity[]): boolean {
  for (let k = 1; k < qs.length; k++) if (qs[k - 1].index > qs[k].index) return false
  return true
}
