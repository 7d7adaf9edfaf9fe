// What follows a figure and what stands before it: scales, time units, month names.
import { classAt, LETTER, width } from '../char-classes.js'
import { hanMultipliers } from '../data/number-words.js'
import { hanTimeUnits, monthNames, unitFillers, ruUnitAdjectiveStems, scaleWords, timeUnitWords, type TimeUnit } from '../data/unit-words.js'
import { parseHan } from './han-numerals.js'
import type { Quantity } from './quantity.js'

const unitByWord = new Map<string, TimeUnit>()
for (const [unit, words] of Object.entries(timeUnitWords) as Array<[TimeUnit, readonly string[]]>) {
  for (const w of words) unitByWord.set(w, unit)
}

export const HAN_UNIT_AFTER = /^[ \u3000]?(个小时|小时|钟头|点钟|[点天日周年月]|分钟|星期|礼拜|个月)/u
const HAN_SCALE_AFTER = /^[ \u3000]?([万千亿萬億])/u
const HAN_DAY_AFTER_MONTH = /^[ \u3000]?(\d+|[〇零一二两三四五六七八九十]+)[ \u3000]?[日号]/u

/** The word (and its end) that starts after optional spaces at `from`: what
 * /^[ \t\u00a0]*(\p{L}[\p{L}'’.]*)/u finds in text.slice(from, from + 40), a letter and then
 * letters, apostrophes and dots, read by hand (a slice and a regex per figure cost more
 * than the few characters they look at). */
export function wordAt(text: string, from: number): { word: string; end: number } | undefined {
  const limit = Math.min(text.length, from + 40)
  let k = from
  while (k < limit && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09 || text.charCodeAt(k) === 0xa0)) k++
  const start = k
  for (; k < limit; ) {
    const c = text.charCodeAt(k)
    if (k > start && (c === 0x27 || c === 0x2019 || c === 0x2e)) {
      k++
      continue
    }
    // A letter cut in two by the end of the window is, to the regex, a lone surrogate: no letter.
    const w = width(text, k)
    if (k + w > limit || (classAt(text, k) & LETTER) === 0) break
    k += w
  }
  if (k === start) return undefined
  // Keep a final dot only for abbreviations we know ("тыс.", "p.m."); else drop it.
  let word = text.slice(start, k).toLowerCase()
  if (word.endsWith('.') && !(word in scaleWords) && !unitByWord.has(word)) {
    while (word.endsWith('.')) word = word.slice(0, -1)
  }
  return { word, end: k }
}

export function unitOfAdjective(word: string): TimeUnit | undefined {
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

/** The first characters a count or time unit after a Han numeral can start with (the words
 * of HAN_UNIT_AFTER and extractQuantities's HAN_MEASURE_AFTER), by code unit. */
const COUNT_AFTER_HAN = new Set([...'个小钟点天日周年月分星礼名人次位项条件家所座批'].map((ch) => ch.charCodeAt(0)))

/** Can HAN_UNIT_AFTER or HAN_MEASURE_AFTER match at `at` (after one optional space or
 * ideographic space)? Most Han numerals stand in words (一切, 统一) and are followed by
 * neither: told without the slice and the two regexes. */
export function mayBeCountAfterHan(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  return COUNT_AFTER_HAN.has(c === 0x20 || c === 0x3000 ? text.charCodeAt(at + 1) : c)
}

/** Read what follows a figure: a scale, a time unit, a month name (a date). */
export function readAfter(text: string, end: number, q: Quantity): number {
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
