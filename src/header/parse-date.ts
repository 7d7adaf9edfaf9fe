// Date lines as the archives write them → CSL date-parts and ISO 8601. A bare year or a
// month stays partial: inventing "-01" would claim a precision the archive does not have.
import type { CslDate } from '../model/csl.js'

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
}

export type ParsedDate = { kind: 'date'; parts: [number, number?, number?]; iso: string; csl: CslDate } | { kind: 'undated' } | { kind: 'unknown' }

export function parseDate(text: string): ParsedDate {
  const t = text.trim().replace(/\s+/g, ' ')
  if (/^(?:undated|n\.\s?d\.|no date|date unknown)$/i.test(t)) return { kind: 'undated' }
  let m: RegExpExecArray | null
  let y: number | undefined
  let mo: number | undefined
  let d: number | undefined
  if ((m = /^([A-Z]{3,9})\.? (\d{1,2}),? (\d{4})$/i.exec(t))) [mo, d, y] = [month(m[1]), +m[2], +m[3]]
  else if ((m = /^(\d{1,2}) ([A-Z]{3,9})\.?,? (\d{4})$/i.exec(t))) [d, mo, y] = [+m[1], month(m[2]), +m[3]]
  else if ((m = /^([A-Z]{3,9})\.?,? (\d{4})$/i.exec(t))) [mo, y] = [month(m[1]), +m[2]]
  else if ((m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(t))) [y, mo, d] = [+m[1], m[2] ? +m[2] : undefined, m[3] ? +m[3] : undefined]
  else return { kind: 'unknown' }
  if (mo === undefined && m && /[A-Z]/i.test(t)) return { kind: 'unknown' } // a word that is no month
  if (mo !== undefined && (mo < 1 || mo > 12)) return { kind: 'unknown' }
  if (d !== undefined && (d < 1 || d > daysIn(y!, mo!))) return { kind: 'unknown' }
  const parts: [number, number?, number?] = d !== undefined ? [y!, mo, d] : mo !== undefined ? [y!, mo] : [y!]
  const iso = [String(y).padStart(4, '0'), mo && String(mo).padStart(2, '0'), d && String(d).padStart(2, '0')].filter(Boolean).join('-')
  return { kind: 'date', parts, iso, csl: { 'date-parts': [parts] } }
}

function month(name: string): number | undefined {
  const key = name.slice(0, 3).toLowerCase()
  const n = MONTHS[key]
  // Accept only a full month name or its usual abbreviation, not any word sharing 3 letters.
  if (n === undefined) return undefined
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][n - 1]
  const lower = name.toLowerCase()
  return full.startsWith(lower) || (lower === 'sept' && n === 9) ? n : undefined
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}
