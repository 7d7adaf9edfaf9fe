// The n-way paragraph aligner. Every pair of sections is aligned with the banded search
// (align-pair.ts) under a length model learned for that pair from the document itself.
// The pairwise results are then joined into rows in several ways (through each section
// as a pivot, and through all pairs at once). Each row costs what it costs in every pair,
// and the cheapest chain of rows through the places where those joint results start and
// end a row wins (see cheapestRows), so the rows are consistent for every pair and no
// single pair's mistake is forced on the others.
import type { VFile } from 'vfile'
import type { AlignmentRow, Paragraph, Section } from '../model/memo.js'
import { report } from '../report/report.js'
import { alignPair, blockProbability, marginals, segmentProbability, type Marginals, type PairAlignment } from './align-pair.js'
import { beadCost, type PairContext, type Side } from './bead-cost.js'
import { findDiscrepancies } from './discrepancies.js'
import { initialModel, lengthDeviation, reestimate } from './length-model.js'
import { FeatureScratch, Interner } from './anchors.js'
import { calibrate, lexicalModel } from './lexical.js'
import { prepareSide } from './prepare.js'
import { rowCost } from './row-cost.js'
import { rowsFromLinks, type Link } from './rows-from-links.js'
import { KeyMarks } from './sorted-has.js'

export interface AlignOptions {
  granularity?: 'paragraph' | 'sentence'
  /** Rows whose confidence is below this are reported (align/low-confidence). */
  warnBelow?: number
}

/** Below this, a row is worth a look. Measured on the sample and the UDHR sets: right
 * rows rarely fall below it. */
export const lowConfidence = 0.5

interface Pair {
  s: number
  t: number
  ctx: PairContext
  alignment: PairAlignment
}

/** Align a pair twice: first roughly (lengths only, with the ratio of the sections'
 * total lengths), then near that path with the anchors and with the ratio and spread
 * re-learned from the first pass's clean 1:1 beads. */
export function alignTwo(a: Side, b: Side): { ctx: PairContext; alignment: PairAlignment } {
  const marks = new KeyMarks()
  const rough: PairContext = { a, b, model: initialModel(a.lengths, b.lengths), anchors: false, marks }
  const first = alignPair(rough)
  const pairs: Array<[number, number]> = []
  const matches: Array<[number, number]> = []
  for (const bead of first.beads) {
    if (bead.di !== 1 || bead.dj !== 1) continue
    const la = a.lengths[bead.i]
    const lb = b.lengths[bead.j]
    if (Math.abs(lengthDeviation(la, lb, rough.model)) < 2) {
      pairs.push([la, lb])
      matches.push([bead.i, bead.j])
    }
  }
  const lexical = lexicalModel(a.features, b.features)
  calibrate(lexical, a.features, b.features, matches, marks)
  const ctx: PairContext = { a, b, model: reestimate(pairs, rough.model), anchors: true, lexical, marks }
  return { ctx, alignment: alignPair(ctx, first.beads) }
}

function linksOf(pair: Pair): Link[] {
  const links: Link[] = []
  for (const bead of pair.alignment.beads) {
    for (let x = 0; x < bead.di; x++) {
      for (let y = 0; y < bead.dj; y++) links.push([pair.s, bead.i + x, pair.t, bead.j + y])
    }
  }
  return links
}

/** A row's segment in one pair: where it starts in each section and how many paragraphs
 * of each it holds. */
interface Segment {
  i: number
  di: number
  j: number
  dj: number
}

function projections(rows: number[][][], s: number, t: number): Array<Segment | undefined> {
  let i = 0
  let j = 0
  return rows.map((cells) => {
    const di = cells[s].length
    const dj = cells[t].length
    if (di === 0 && dj === 0) return undefined
    const seg = { i, di, j, dj }
    i += di
    j += dj
    return seg
  })
}

/** More sections than this are not aligned (see alignSections). */
export const MAX_SECTIONS = 8

/** A row may hold at most this many paragraphs of a sequence when it joins two places
 * that no candidate joins directly (the search's largest group is 3). */
const REACH = 3

/** The cheapest chain of rows from the start of every sequence to the end. A place is a
 * paragraph index per sequence where some candidate starts a row. The rows that may join
 * two places are every candidate's own rows, and any row between two places at most REACH
 * paragraphs apart in each sequence. Choosing one whole candidate instead loses whenever
 * each candidate is right somewhere and wrong elsewhere: with four sections, every pivot's
 * star held one of the pairs' mistakes, and the right row was often in no candidate at all
 * (pivot A right up to a place, pivot B right after it, the row between the two in
 * neither). Rows cost what they cost in every pair (rowCost, in row-cost.ts), so the chain's
 * cost is the candidates' score, taken stretch by stretch. */
function cheapestRows(candidates: number[][][][], pairs: Pair[], sizes: number[]): number[][][] {
  const n = sizes.length
  // Places, numbered in the order found; the candidates' rows are found by key. The rows
  // between two places and the search below go by number: the key (a string per place)
  // is built once per candidate row, not once per pair of places looked at.
  const places: number[][] = []
  const numbers = new Map<string, number>()
  const keyOf = (at: number[]) => at.join(',')
  const placeOf = (at: number[]): number => {
    const key = keyOf(at)
    let k = numbers.get(key)
    if (k === undefined) {
      numbers.set(key, (k = places.length))
      places.push(at)
    }
    return k
  }
  const start = placeOf(sizes.map(() => 0))
  interface Edge { cells: number[][]; cost: number }
  // per place, the rows leaving it by the place they reach, the first offered kept
  const edges: Array<Map<number, Edge>> = []
  const addEdge = (from: number, to: number, cells: number[][]) => {
    const out = (edges[from] ??= new Map())
    if (!out.has(to)) out.set(to, { cells, cost: rowCost(cells, places[from], pairs) })
  }
  // How many candidates pass through each place: where all do, they agree.
  const through = [candidates.length]
  for (const rows of candidates) {
    let at = start
    for (const cells of rows) {
      const next = placeOf(places[at].map((p, s) => p + cells[s].length))
      addEdge(at, next, cells)
      through[next] = (through[next] ?? 0) + 1
      at = next
    }
  }
  const sum = (at: number[]) => at.reduce((x, y) => x + y, 0)
  // (a stable sort: places of one sum stay in the order found)
  const order = places.map((_, k) => k).sort((x, y) => sum(places[x]) - sum(places[y]))
  const sums = order.map((k) => sum(places[k]))
  const agreed = order.map((k) => through[k] === candidates.length)
  for (let a = 0; a < order.length; a++) {
    const from = places[order[a]]
    for (let b = a + 1; b < order.length && sums[b] <= sums[a] + REACH * n; b++) {
      const to = places[order[b]]
      // Between two places all candidates pass through, the candidates' own rows are
      // there already; the new rows are only wanted where they disagree. (This keeps the
      // search's cost near that of scoring the candidates.)
      if (sums[b] === sums[a] || (agreed[a] && agreed[b])) continue
      let near = true
      for (let s = 0; s < n && near; s++) near = to[s] >= from[s] && to[s] - from[s] <= REACH
      if (!near || edges[order[a]]?.has(order[b])) continue
      addEdge(order[a], order[b], from.map((p, s) => Array.from({ length: to[s] - p }, (_, k) => p + k)))
    }
  }
  const best: Array<{ cost: number; from: number; cells: number[][] } | undefined> = []
  best[start] = { cost: 0, from: -1, cells: [] }
  for (const place of order) {
    const here = best[place]
    if (!here) continue
    for (const [to, edge] of edges[place] ?? []) {
      const cost = here.cost + edge.cost
      const known = best[to]
      if (!known || cost < known.cost - 1e-9) best[to] = { cost, from: place, cells: edge.cells }
    }
  }
  const rows: number[][][] = []
  for (let place = numbers.get(keyOf(sizes))!; place !== start; ) {
    const step = best[place]!
    rows.push(step.cells)
    place = step.from
  }
  return rows.reverse()
}

function spanOf(paragraphs: Paragraph[]) {
  return { start: paragraphs[0].position.start, end: paragraphs[paragraphs.length - 1].position.end }
}

function describe(sections: Section[], cells: number[][]): string {
  return sections
    .map((section, s) => {
      const list = cells[s]
      if (list.length === 0) return `${section.id}: none`
      const lines = list.map((p) => section.paragraphs[p].position.start.line)
      return `${section.id}: line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}`
    })
    .join('; ')
}

/** The word tables and scratch of this thread's alignments (workers are threads, each with
 * its own copy of this module): the one FeatureScratch every alignment here reads its
 * paragraphs' features with, unless given another. */
const threadScratch = new FeatureScratch()

/** The n-way alignment of several sequences of texts (paragraphs of sections, or the
 * sentences of one row): rows of indices per sequence, and each row's confidence. */
export function alignSequences(
  texts: string[][], langs: string[], scratch: FeatureScratch = threadScratch,
): { rows: number[][][]; confidence: number[]; sides: Side[] } {
  const interner = new Interner()
  const sides = texts.map((list, k) => prepareSide(list, langs[k], interner, scratch))
  const pairs: Pair[] = []
  for (let s = 0; s < texts.length; s++) {
    for (let t = s + 1; t < texts.length; t++) {
      const { ctx, alignment } = alignTwo(sides[s], sides[t])
      pairs.push({ s, t, ctx, alignment })
    }
  }
  const sizes = texts.map((list) => list.length)
  // Candidates: each sequence as the pivot (a star of pairwise alignments), then all
  // pairs together. With two sequences they are all the same.
  const candidates: number[][][][] = []
  // each pair's links, listed once for the several candidates it is part of
  const links = pairs.map(linksOf)
  if (texts.length === 2) candidates.push(rowsFromLinks(sizes, links[0]))
  else {
    for (let pivot = 0; pivot < texts.length; pivot++) {
      candidates.push(rowsFromLinks(sizes, pairs.flatMap((p, k) => (p.s === pivot || p.t === pivot ? links[k] : []))))
    }
    candidates.push(rowsFromLinks(sizes, links.flat()))
  }
  const best = candidates.length === 1 ? candidates[0] : cheapestRows(candidates, pairs, sizes)
  return { rows: best, confidence: rowConfidence(best, pairs), sides }
}

/** The n-way alignment of a document's sections. Absent and empty sections take no part
 * (they appear in no row). Reports low-confidence rows and quantity discrepancies on
 * `file`. */
export function alignSections(all: Section[], file: VFile, options: AlignOptions = {}): AlignmentRow[] {
  const sections = all.filter((s) => !s.absent && s.paragraphs.length > 0)
  if (sections.length === 0) return []
  if (sections.length > MAX_SECTIONS) {
    // The joint search costs about k³ for k sections (k² pairs, k candidate row sets, each
    // scored over every pair), so a dump that runs on into dozens of sections (one document
    // saved many times over into one file) would take hours. No real document has so many
    // translations: leave every paragraph in a row of its own, in document order.
    report(file, 'align/too-many-sections', sections[0].position, `${sections.length} sections with text, more than the ${MAX_SECTIONS} memo aligns; each paragraph is left in a row of its own`)
    // (only the paragraph's own section is listed: listing every section in every row
    // would grow with rows × sections, the very blow-up this avoids)
    return sections.flatMap((section) => section.paragraphs.map((_, p) => ({ cells: { [section.id]: [p] }, confidence: 0 })))
  }
  if (sections.length === 1) {
    const only = sections[0]
    if (all.length > 1) report(file, 'align/single-section', only.position, `Only ${only.id} has text; nothing to align it with.`)
    return only.paragraphs.map((_, p) => ({ cells: { [only.id]: [p] }, confidence: 1 }))
  }
  const { rows: best, confidence, sides } = alignSequences(
    sections.map((s) => s.paragraphs.map((p) => p.text)),
    sections.map((s) => s.lang),
  )
  const result: AlignmentRow[] = best.map((cells, r) => {
    const row: Record<string, number[]> = {}
    sections.forEach((section, s) => {
      row[section.id] = cells[s]
    })
    return { cells: row, confidence: Math.round(confidence[r] * 1000) / 1000 }
  })

  const threshold = options.warnBelow ?? lowConfidence
  best.forEach((cells, r) => {
    if (confidence[r] >= threshold) return
    const first = cells.findIndex((list) => list.length > 0)
    const place = spanOf(cells[first].map((p) => sections[first].paragraphs[p]))
    report(
      file,
      'align/low-confidence',
      place,
      `Alignment row ${r + 1} is uncertain (confidence ${confidence[r].toFixed(2)}): ${describe(sections, cells)}`,
    )
  })
  // The anchors already extracted every paragraph's quantities: the check reuses them.
  const known = new Map(sections.map((section, s) => [section.id, sides[s].features.map((f) => f.quantities)]))
  findDiscrepancies(sections, result, file, known)
  return result
}

/** A row's confidence: the mean, over the pairs it touches, of the probability that the
 * pair's alignment holds exactly this segment (forward-backward marginals). The mean, not
 * the least: the joint search settles rows one pair alone is unsure of (the sample's
 * Chinese and Russian lengths alone cannot tell 2:2 from two 1:1 rows; English can). */
function rowConfidence(rows: number[][][], pairs: Pair[]): number[] {
  const sum = rows.map(() => 0)
  const count = rows.map(() => 0)
  for (const pair of pairs) {
    const mg: Marginals = marginals(pair.ctx, pair.alignment.band)
    projections(rows, pair.s, pair.t).forEach((seg, r) => {
      if (!seg) return
      const p =
        seg.di > 1 && seg.dj > 1
          ? blockProbability(pair.ctx, mg, seg.i, seg.j, seg.i + seg.di, seg.j + seg.dj)
          : segmentProbability(mg, seg.i, seg.j, seg.i + seg.di, seg.j + seg.dj, beadCost(pair.ctx, seg.i, seg.di, seg.j, seg.dj))
      sum[r] += p
      count[r]++
    })
  }
  return sum.map((x, r) => (count[r] ? x / count[r] : 1))
}
