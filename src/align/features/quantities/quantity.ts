// Quantities stated in a paragraph: numbers (digits, full-width digits, ranges, number
// words, Han numerals), with the scale or time unit that follows them, and dates. The
// aligner uses them as anchors; the discrepancy check compares them across a row.
import type { TimeUnit } from '../data/unit-words.js'

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
