// Discrepancy flags: within each alignment row, the quantities each section states are
// compared pair by pair. Figures that agree (400 thousand = 40 万 = 400 тыс.; a bare "8"
// against "8 hours"; a figure lost with a dropped glyph against any figure of the same
// unit) are set aside first; what is left on both sides and reads as the same quantity
// told differently (same figure, other unit; same unit, other figure; same month, other
// day) is reported. Leftovers with no counterpart are not: translators drop and add
// figures ("a few hundred", "half a year") far more often than they misstate them.
import type { VFile } from 'vfile'
import type { AlignmentRow, Section } from '../../model/memo.js'
import { report } from '../../report/report.js'
import { extractQuantities } from '../features/quantities/extract-quantities.js'
import type { Quantity } from '../features/quantities/quantity.js'

export interface Reading {
  section: string
  paragraph: number
  quantity: Quantity
}

export interface Discrepancy {
  /** Index of the row in the alignment. */
  row: number
  a: Reading
  b: Reading
}

const DAYS: Record<string, number> = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30.4, year: 365.25 }

function sameFigure(x: Quantity, y: Quantity): boolean {
  return x.value === y.value && (x.high ?? x.value) === (y.high ?? y.value)
}

function agree(x: Quantity, y: Quantity): boolean {
  if (x.kind !== y.kind) return false
  if (x.kind === 'date') return x.month === y.month && (x.value === 0 || y.value === 0 || x.value === y.value)
  if (x.kind === 'number') return sameFigure(x, y)
  if (x.unknown || y.unknown) return false
  if (x.unit === y.unit) return sameFigure(x, y)
  // "six months" and "half a year" are one length of time.
  const dx = x.value * DAYS[x.unit!]
  const dy = y.value * DAYS[y.unit!]
  return Math.abs(dx - dy) <= 0.03 * Math.max(dx, dy)
}

/** A bare figure against the same figure with a unit ("一天8 小，" lost 时), or a lost
 * figure against any figure of its unit: no conflict. Tried after exact agreement, so a
 * lost figure does not take the place of a figure that had its own match. */
function roughlyAgree(x: Quantity, y: Quantity): boolean {
  if (x.kind === 'duration' && y.kind === 'duration' && (x.unknown || y.unknown)) return x.unit === y.unit
  if (x.kind === 'number' && y.kind === 'duration' && !y.unknown) return sameFigure(x, y)
  if (y.kind === 'number' && x.kind === 'duration' && !x.unknown) return sameFigure(x, y)
  return false
}

function yearLike(q: Quantity): boolean {
  return q.value >= 1000 && q.value <= 2100 && !q.scaled
}

/** The same quantity told two ways. */
function conflict(x: Quantity, y: Quantity): boolean {
  if (x.kind !== y.kind) return false
  if (x.kind === 'duration') {
    if (x.unknown && y.unknown) return false
    if (x.unknown || y.unknown) return x.unit !== y.unit
    if (x.unit === y.unit) return !sameFigure(x, y)
    return sameFigure(x, y)
  }
  if (x.kind === 'date') {
    if (x.month === y.month) return x.value > 0 && y.value > 0 && x.value !== y.value
    return x.value > 0 && x.value === y.value
  }
  // Counts in thousands (or 万) on both sides that differ. Bare small figures are left
  // alone: too many of them are ordinals, list numbers or pages.
  return !!x.scaled && !!y.scaled && !yearLike(x) && !yearLike(y) && !sameFigure(x, y)
}

function readings(section: Section, paragraphs: number[], known?: ReadonlyArray<readonly Quantity[]>): Reading[] {
  return paragraphs.flatMap((p) =>
    (known?.[p] ?? extractQuantities(section.paragraphs[p].text, section.lang)).map((quantity) => ({ section: section.id, paragraph: p, quantity })),
  )
}

function pairUp(left: Reading[], right: Reading[], test: (x: Quantity, y: Quantity) => boolean): void {
  for (let i = left.length - 1; i >= 0; i--) {
    const k = right.findIndex((r) => test(left[i].quantity, r.quantity))
    if (k >= 0) {
      left.splice(i, 1)
      right.splice(k, 1)
    }
  }
}

/** The discrepancies of an alignment; reports each on `file` when given. `known` holds
 * each section's quantities per paragraph (by section id) when the caller has them
 * already; they are read, never changed. */
export function findDiscrepancies(
  all: Section[], rows: AlignmentRow[], file?: VFile, known?: ReadonlyMap<string, ReadonlyArray<readonly Quantity[]>>,
): Discrepancy[] {
  const sections = all.filter((s) => !s.absent)
  const found: Discrepancy[] = []
  rows.forEach((row, r) => {
    const present = sections.filter((s) => (row.cells[s.id] ?? []).length > 0)
    if (present.length < 2) return
    const lists = present.map((s) => readings(s, row.cells[s.id], known?.get(s.id)))
    for (let s = 0; s < present.length; s++) {
      for (let t = s + 1; t < present.length; t++) {
        const left = [...lists[s]]
        const right = [...lists[t]]
        if (left.length === 0 || right.length === 0) continue
        pairUp(left, right, agree)
        pairUp(left, right, roughlyAgree)
        for (const a of left) {
          const k = right.findIndex((b) => conflict(a.quantity, b.quantity))
          if (k < 0) continue
          found.push({ row: r, a, b: right[k] })
          right.splice(k, 1)
        }
      }
    }
  })
  if (file) {
    const byId = new Map(sections.map((s) => [s.id, s]))
    for (const d of found) {
      const pa = byId.get(d.a.section)!.paragraphs[d.a.paragraph]
      const pb = byId.get(d.b.section)!.paragraphs[d.b.paragraph]
      report(
        file,
        'align/discrepancy',
        pa.position,
        `${d.a.section} says “${d.a.quantity.text}” (${describe(d.a.quantity)}, line ${pa.position.start.line}) ` +
          `but ${d.b.section} says “${d.b.quantity.text}” (${describe(d.b.quantity)}, line ${pb.position.start.line})`,
      )
    }
  }
  return found
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** A quantity in plain English for the message: "2 years", "some weeks", "6 February". */
function describe(q: Quantity): string {
  if (q.kind === 'date') return q.value ? `${q.value} ${MONTHS[q.month! - 1]}` : MONTHS[q.month! - 1]
  const figure = q.unknown ? 'a lost figure of' : q.high !== undefined ? `${q.value}-${q.high}` : String(q.value)
  if (q.kind === 'number') return figure
  const plural = q.unknown || q.value !== 1 || q.high !== undefined
  return `${figure} ${q.unit}${plural ? 's' : ''}`
}
