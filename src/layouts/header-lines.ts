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
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec'
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
