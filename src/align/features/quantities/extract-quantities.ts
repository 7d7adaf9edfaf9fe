// Quantities stated in a paragraph: numbers (digits, full-width digits, ranges, number
// words, Han numerals), with the scale or time unit that follows them, and dates. The
// aligner uses them as anchors; the discrepancy check compares them across a row.
import { classAt, LETTER } from '../char-classes.js'
import { hanTimeUnits, monthNames } from '../data/unit-words.js'
import { parseHan } from './han-numerals.js'
import type { Quantity } from './quantity.js'
import { HAN_UNIT_AFTER, mayBeCountAfterHan, readAfter, unitOfAdjective, wordBefore } from './read-after.js'
import { DIGIT_TOKEN, HAN_TOKEN, newToken, nextToken, WORD_TOKEN } from './tokens.js'
import { compoundPrefixes, lookupNumberWord, monthMap, prefixStarts, vocabularyOf } from './vocabulary.js'

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

/** The characters of the two whole-text tests of extractQuantities: full-width forms and
 * enclosed figures, and the first characters of the Han units a dropped figure leaves.
 * (Without the u flag: every one is a single code unit, and none is a surrogate.) */
const RARE = /[\uff00-\uffef\u2460-\u24ff周星个小]/g
const WIDE_FORM = /[\uff00-\uffef\u2460-\u24ff]/g

/** Does the text have a full-width form or an enclosed figure at or after `from`? */
function wideFormFrom(text: string, from: number): boolean {
  WIDE_FORM.lastIndex = from
  return WIDE_FORM.test(text)
}

/** All quantities of a paragraph, in text order. `lang` is a BCP-47 tag; it picks the
 * number-word table (Spanish "once" is 11, English "once" is not a number). */
export function extractQuantities(text: string, lang: string): Quantity[] {
  const vocabulary = vocabularyOf(lang)
  const primary = vocabulary.primary
  // Full-width digits and letters (１９５０) read as ASCII; skip the work when there are none.
  // One scan asks both this and the dropped-glyph question at the end; most paragraphs
  // have none of those characters and are scanned once instead of twice.
  RARE.lastIndex = 0
  const rare = RARE.test(text)
  // The first rare character ends at lastIndex: a full-width form is that one or after it.
  const source = rare && wideFormFrom(text, RARE.lastIndex - 1) ? text.normalize('NFKC') : text
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
      const scaleOnly = /^[万千亿萬億百十]+$/u.test(han)
      if (scaleOnly) continue
      const scaled = /[万千亿萬億百十]/u.test(han)
      if (!scaled && !mayBeCountAfterHan(source, index + han.length)) continue
      const rest = source.slice(index + han.length, index + han.length + 4)
      if (!HAN_UNIT_AFTER.test(rest) && !HAN_MEASURE_AFTER.test(rest) && !scaled) continue
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
  // (Without RARE's characters, NFKC did not run, and none of 周星个小 is in the text. An
  // if, not a loop over an empty array: that made an array and its iterator per paragraph.)
  if (rare && DROPPED_BEFORE_UNIT_START.test(source)) {
    for (const m of source.matchAll(DROPPED_BEFORE_UNIT)) {
      const rest = source.slice(m.index + 1, m.index + 4)
      const hit = hanTimeUnits.find(([w]) => rest.startsWith(w))
      if (hit && !out.some((q) => q.index <= m.index && m.index < q.index + q.text.length + 1)) {
        out.push({ kind: 'duration', value: 0, unit: hit[1], unknown: true, text: rest.slice(0, hit[0].length), index: m.index + 1 })
      }
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
