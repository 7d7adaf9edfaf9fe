// Small readers for the line shapes that several layouts share.
import type { Field } from '../model/raw.js'
import type { Line } from '../model/source.js'
import { pointIn } from '../model/source.js'
import { joinLines } from '../text/join-lines.js'

export function isBlank(line: Line | undefined): boolean {
  return line !== undefined && line.text.trim() === ''
}

/** The next non-blank line index at or after i, or lines.length. */
export function skipBlank(lines: Line[], i: number): number {
  while (i < lines.length && lines[i].text.trim() === '') i++
  return i
}

/** The index after the run of non-blank lines that starts at i. */
export function blockEnd(lines: Line[], i: number): number {
  while (i < lines.length && lines[i].text.trim() !== '') i++
  return i
}

/** A field from lines [from, to): wrapped lines joined, surrounding white space dropped. */
export function fieldOf(lines: Line[], from: number, to: number): Field {
  const first = lines[from]
  const last = lines[to - 1]
  const lead = first.text.length - first.text.trimStart().length
  const trail = last.text.trimEnd().length
  return {
    value: joinLines(lines.slice(from, to).map((l) => l.text)),
    position: { start: pointIn(first, lead), end: pointIn(last, trail) },
  }
}

// Month DD, YYYY · Month YYYY · YYYY · DD Month YYYY · "undated" / "n.d." (case-insensitive).
/** The English month names in full, as an alternation for a regular expression. */
export const FULL_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December'
const MONTHS = `${FULL_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec`
const DATE_LINE = new RegExp(
  `^(?:(?:${MONTHS})\\.? \\d{1,2}, \\d{4}|(?:${MONTHS})\\.? \\d{4}|\\d{1,2} (?:${MONTHS})\\.? \\d{4}|\\d{4}(?:-\\d{2}(?:-\\d{2})?)?|undated|n\\.\\s?d\\.|no date)$`,
  'i',
)

export function looksLikeDate(text: string): boolean {
  return DATE_LINE.test(text.trim())
}

const URL_LINE = /^<?(https?:\/\/[^\s<>]+)>?$/

/** The URL on a line holding nothing else (angle brackets allowed), else undefined. */
export function urlOf(text: string): string | undefined {
  return URL_LINE.exec(text.trim())?.[1]
}

/** A field from one line with its surrounding white space dropped. */
export function lineField(lines: Line[], i: number): Field {
  return fieldOf(lines, i, i + 1)
}

/** A field for part of one line: `value` as found in it, from column `col` (0-based). */
export function partField(line: Line, col: number, value: string): Field {
  const trimmed = value.trim()
  const lead = col + (value.length - value.trimStart().length)
  return { value: trimmed, position: { start: pointIn(line, lead), end: pointIn(line, lead + trimmed.length) } }
}

// A page saved from a browser keeps each paragraph on one line; a dump made by a text
// browser or re-flowed by an editor is hard-wrapped. Wrapped text never has a line much
// longer than the wrap width and has many long lines running straight into the next one.
const WRAP_WIDTH = 100
const WRAPPED_MIN = 60

/** 'wrapped' when the lines look hard-wrapped at a fixed width, else 'lines' (each line a
 * paragraph, as a web page gives them). */
export function lineBreaksOf(lines: Line[]): 'wrapped' | 'lines' {
  let runOns = 0
  for (let i = 0; i < lines.length; i++) {
    const len = lines[i].text.trimEnd().length
    if (len > WRAP_WIDTH) return 'lines'
    if (len >= WRAPPED_MIN && i + 1 < lines.length && !isBlank(lines[i + 1])) runOns++
  }
  return runOns >= 3 ? 'wrapped' : 'lines'
}

// "This document was made possible with support from the X, the Y" (also "by", "generous").
const SUPPORT_LINE = /^This document was made possible (?:with|by|through) (?:the )?(?:generous )?support (?:from|of) (.+?)\.?$/i

/** The funders named by a support line, or undefined for any other line. */
export function supportOf(line: Line): Field | undefined {
  const m = SUPPORT_LINE.exec(line.text.trim())
  if (!m) return undefined
  return partField(line, line.text.indexOf(m[1]), m[1])
}

/** The title inside a citation sentence: the quoted part before its closing `,"` (layout C
 * writes `"Title ,"`). `line` is the sentence's first line, for an exact place; a title
 * wrapped over lines is taken from the joined value and placed at the sentence. Undefined
 * when the sentence does not open with a quote. */
export function quotedTitle(citation: Field, line: Line): Field | undefined {
  const onLine = titleIn(line.text)
  if (onLine) return partField(line, onLine.from, line.text.slice(onLine.from, onLine.to))
  const joined = titleIn(citation.value)
  if (!joined) return undefined
  return { value: citation.value.slice(joined.from, joined.to).trim(), position: citation.position }
}

function titleIn(text: string): { from: number; to: number } | undefined {
  const open = text.search(/["“„]/)
  if (open === -1 || text.slice(0, open).trim() !== '') return undefined
  // the title ends at a comma right before a closing quote; a quote inside the title is kept
  const close = /,[ \t]{0,3}["”“]/g
  close.lastIndex = open + 1
  const m = close.exec(text)
  if (!m || m.index <= open + 1) return undefined
  return { from: open + 1, to: m.index }
}
