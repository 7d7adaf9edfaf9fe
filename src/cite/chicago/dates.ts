// The document's date as Chicago writes it: month day, year ("January 1, 1950"), or as much
// of it as the archive gives ("March 1955", "1955": a partial date stays partial), "n.d." when
// the record has none, "ca." before an approximate one, and the archive's own words for a date
// it gives only as text. A span of two dates takes an en dash (CMOS 6.78), with the shared
// year (and month) written once: "January 1–5, 1950", "January 30–February 2, 1950",
// "December 30, 1949–January 2, 1950".
import type { CslDate } from '../../model/csl.js'
import { clean } from './clean.js'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

type Parts = [number, number?, number?]

export function formatDate(date: CslDate | undefined): string {
  const [from, to] = (date?.['date-parts'] ?? []).map(partsOf).filter((p): p is Parts => p !== undefined)
  const circa = date && (date as { circa?: unknown }).circa ? 'ca. ' : ''
  if (from) return circa + (to && !same(from, to) ? span(from, to) : single(from))
  const literal = clean(typeof date?.literal === 'string' ? date.literal : '')
  return literal || 'n.d.'
}

/** CSL-JSON allows numbers or numeric strings; anything that is no calendar date is none. */
function partsOf(raw: unknown): Parts | undefined {
  if (!Array.isArray(raw) || raw.length === 0) return undefined
  const [y, m, d] = raw.slice(0, 3).map((v) => (typeof v === 'string' && /^-?\d+$/u.test(v.trim()) ? Number(v) : v))
  if (!Number.isInteger(y)) return undefined
  if (m === undefined) return [y as number]
  if (!Number.isInteger(m) || (m as number) < 1 || (m as number) > 12) return [y as number]
  if (d === undefined || !Number.isInteger(d) || (d as number) < 1 || (d as number) > 31) return [y as number, m as number]
  return [y as number, m as number, d as number]
}

function same(a: Parts, b: Parts): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2]
}

/** "January 1, 1950", "January 1950", "1950". */
function single([y, m, d]: Parts): string {
  if (!m) return `${y}`
  return d ? `${MONTHS[m - 1]} ${d}, ${y}` : `${MONTHS[m - 1]} ${y}`
}

/** "January 1" / "January" */
function monthDay(m: number, d: number | undefined): string {
  return d ? `${MONTHS[m - 1]} ${d}` : MONTHS[m - 1]
}

function span(a: Parts, b: Parts): string {
  if (a[0] !== b[0]) return `${single(a)}–${single(b)}`
  const year = a[0]
  if (!a[1] || !b[1]) return `${year}`
  if (a[1] === b[1] && a[2] && b[2]) return `${MONTHS[a[1] - 1]} ${a[2]}–${b[2]}, ${year}`
  const days = Boolean(a[2] && b[2])
  return `${monthDay(a[1], a[2])}–${monthDay(b[1], b[2])}${days ? ',' : ''} ${year}`
}
