// Forward-backward over the band of a pair's search: the probability that the pair's
// alignment holds a given bead or block, which is the confidence of a row.
import { beadCost, gapExtendCost, shapes, type PairContext } from '../costs/bead-cost.js'
import { cacheFor, cellIndex, fillCost, newShapeRanges, SHAPE_COUNT, SHAPE_DI, SHAPE_DJ, shapeRanges, type Band } from './band.js'

function logAddExp(x: number, y: number): number {
  // Both in "cost" form (negated logs): returns -log(e^-x + e^-y).
  if (x === Infinity) return y
  if (y === Infinity) return x
  const lo = Math.min(x, y)
  const gap = Math.abs(x - y)
  // Past 40 nats the smaller term is below double precision of the larger: skip exp/log1p.
  return gap > 40 ? lo : lo - Math.log1p(Math.exp(-gap))
}

/** -log of the summed probabilities of terms[0, count) in cost form, in one pass: one
 * exp per term and one log, where folding logAddExp over them takes a log per term.
 * `lo` is the least of the terms (the caller finds it as it fills them). */
function logSumExp(terms: Float64Array, count: number, lo: number): number {
  if (count === 0 || lo === Infinity) return Infinity
  let sum = 0
  for (let k = 0; k < count; k++) {
    const gap = terms[k] - lo
    // The least term adds exp(-0), which is 1 exactly: no call needed. Past 40 nats a
    // term is below double precision of the largest one.
    if (gap === 0) sum += 1
    else if (gap <= 40) sum += Math.exp(-gap)
  }
  return lo - Math.log(sum)
}

export interface Marginals {
  band: Band
  /** Per state of the pair search (match, gap in A, gap in B), in cost form: forward[x][c]
   * is -log of the summed probability of all paths from the start to cell c that arrive in
   * state x; backward[x][c] of all paths from cell c, in state x, to the end. */
  forward: [Float64Array, Float64Array, Float64Array]
  backward: [Float64Array, Float64Array, Float64Array]
  /** forward summed over the states. */
  reach: Float64Array
  total: number
}

const IN_MATCH = 0
const IN_GAP_A = 1
const IN_GAP_B = 2
const SKIP_A = shapes.findIndex(([di, dj]) => di === 1 && dj === 0)
const SKIP_B = shapes.findIndex(([di, dj]) => di === 0 && dj === 1)

const sum3 = (x: number, y: number, z: number) => logAddExp(logAddExp(x, y), z)

/** Forward-backward over the band, in cost form, with the search's three states: a gap
 * opens at a paragraph's skip cost and extends at gapExtendCost. */
export function marginals(ctx: PairContext, band: Band): Marginals {
  const cells = band.cells
  const forward: Marginals['forward'] = [new Float64Array(cells).fill(Infinity), new Float64Array(cells).fill(Infinity), new Float64Array(cells).fill(Infinity)]
  const backward: Marginals['backward'] = [new Float64Array(cells).fill(Infinity), new Float64Array(cells).fill(Infinity), new Float64Array(cells).fill(Infinity)]
  const [fMatch, fGapA, fGapB] = forward
  const [bMatch, bGapA, bGapB] = backward
  const reach = new Float64Array(cells).fill(Infinity)
  fMatch[0] = 0
  reach[0] = 0
  const cache = cacheFor(ctx, band)
  const { lo, hi, offset, n, m } = band
  const skipsA = ctx.a.skips
  const skipsB = ctx.b.skips
  const ranges = newShapeRanges()
  const { lo: rangeLo, hi: rangeHi, base: rangeBase } = ranges
  // The terms of one cell (one per shape at most).
  const terms = new Float64Array(SHAPE_COUNT)
  const cost = (k: number, s: number, i: number, j: number) => {
    if (cache[k] !== cache[k]) fillCost(ctx, cache, k, s, i, j)
    return cache[k]
  }
  for (let i = 0; i <= n; i++) {
    shapeRanges(band, i, -1, ranges)
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue
      const here = offset[i] + j - lo[i]
      let count = 0
      let least = Infinity
      for (let s = 0; s < SHAPE_COUNT; s++) {
        if (SHAPE_DI[s] === 0 || SHAPE_DJ[s] === 0) continue
        if (j < rangeLo[s] || j > rangeHi[s]) continue
        const from = rangeBase[s] + j
        if (reach[from] === Infinity) continue
        const term = reach[from] + cost(from * SHAPE_COUNT + s, s, i - SHAPE_DI[s], j - SHAPE_DJ[s])
        terms[count++] = term
        if (term < least) least = term
      }
      fMatch[here] = logSumExp(terms, count, least)
      if (i > 0 && j >= rangeLo[SKIP_A] && j <= rangeHi[SKIP_A]) {
        const from = rangeBase[SKIP_A] + j
        const open = cost(from * SHAPE_COUNT + SKIP_A, SKIP_A, i - 1, j)
        fGapA[here] = sum3(fMatch[from] + open, fGapA[from] + gapExtendCost(skipsA[i - 1]), fGapB[from] + open)
      }
      if (j > 0 && j >= rangeLo[SKIP_B] && j <= rangeHi[SKIP_B]) {
        const from = rangeBase[SKIP_B] + j
        const open = cost(from * SHAPE_COUNT + SKIP_B, SKIP_B, i, j - 1)
        fGapB[here] = sum3(fMatch[from] + open, fGapA[from] + open, fGapB[from] + gapExtendCost(skipsB[j - 1]))
      }
      reach[here] = sum3(fMatch[here], fGapA[here], fGapB[here])
    }
  }
  const end = cellIndex(band, n, m)
  bMatch[end] = 0
  bGapA[end] = 0
  bGapB[end] = 0
  for (let i = n; i >= 0; i--) {
    shapeRanges(band, i, 1, ranges)
    for (let j = hi[i]; j >= lo[i]; j--) {
      if (i === n && j === m) continue
      let count = 0
      let least = Infinity
      const here = offset[i] + j - lo[i]
      for (let s = 0; s < SHAPE_COUNT; s++) {
        if (SHAPE_DI[s] === 0 || SHAPE_DJ[s] === 0) continue
        if (j < rangeLo[s] || j > rangeHi[s]) continue
        const to = rangeBase[s] + j
        if (bMatch[to] === Infinity) continue
        const term = bMatch[to] + cost(here * SHAPE_COUNT + s, s, i, j)
        terms[count++] = term
        if (term < least) least = term
      }
      const matched = logSumExp(terms, count, least)
      let openA = Infinity
      let extendA = Infinity
      if (i < n && j >= rangeLo[SKIP_A] && j <= rangeHi[SKIP_A]) {
        const to = rangeBase[SKIP_A] + j
        openA = bGapA[to] + cost(here * SHAPE_COUNT + SKIP_A, SKIP_A, i, j)
        extendA = bGapA[to] + gapExtendCost(skipsA[i])
      }
      let openB = Infinity
      let extendB = Infinity
      if (j < m && j >= rangeLo[SKIP_B] && j <= rangeHi[SKIP_B]) {
        const to = rangeBase[SKIP_B] + j
        openB = bGapB[to] + cost(here * SHAPE_COUNT + SKIP_B, SKIP_B, i, j)
        extendB = bGapB[to] + gapExtendCost(skipsB[j])
      }
      bMatch[here] = sum3(matched, openA, openB)
      bGapA[here] = sum3(matched, extendA, openB)
      bGapB[here] = sum3(matched, openA, extendB)
    }
  }
  return { band, forward, backward, reach, total: reach[end] }
}

/** Probability that an alignment passes from (i,j) straight to (i2,j2) through one
 * matched bead costing `cost`. 0 outside the band. */
export function segmentProbability(mg: Marginals, i: number, j: number, i2: number, j2: number, cost: number): number {
  const from = cellIndex(mg.band, i, j)
  const to = cellIndex(mg.band, i2, j2)
  if (from < 0 || to < 0) return 0
  const p = Math.exp(mg.total - mg.reach[from] - cost - mg.backward[IN_MATCH][to])
  return Number.isFinite(p) ? Math.min(1, p) : 0
}

/** Probability that the alignment passes through (i,j) and (i2,j2) with nothing but
 * A[i,i2) and B[j,j2) between: the paths inside the block are summed, so a joint row
 * that one pair would have split in two (2:2 as 1:1 + 1:1) is judged by its edges. The
 * paths keep the search's states: a run of unmatched paragraphs inside the block, or one
 * carried on from before it, extends its gap. */
export function blockProbability(ctx: PairContext, mg: Marginals, i: number, j: number, i2: number, j2: number): number {
  const from = cellIndex(mg.band, i, j)
  const to = cellIndex(mg.band, i2, j2)
  if (from < 0 || to < 0) return 0
  const h = i2 - i
  const w = j2 - j
  const size = (h + 1) * (w + 1)
  const local = [0, 1, 2].map(() => new Float64Array(size).fill(Infinity))
  const [inMatch, inGapA, inGapB] = local
  for (let x = 0; x < 3; x++) local[x][0] = mg.forward[x][from]
  for (let x = 0; x <= h; x++) {
    for (let y = 0; y <= w; y++) {
      if (x === 0 && y === 0) continue
      const here = x * (w + 1) + y
      let acc = Infinity
      for (const [di, dj] of shapes) {
        if (di === 0 || dj === 0 || di > x || dj > y) continue
        const prev = (x - di) * (w + 1) + (y - dj)
        const before = sum3(inMatch[prev], inGapA[prev], inGapB[prev])
        if (before === Infinity) continue
        acc = logAddExp(acc, before + beadCost(ctx, i + x - di, di, j + y - dj, dj))
      }
      inMatch[here] = acc
      if (x > 0) {
        const prev = here - (w + 1)
        const open = ctx.a.skips[i + x - 1]
        inGapA[here] = sum3(inMatch[prev] + open, inGapA[prev] + gapExtendCost(open), inGapB[prev] + open)
      }
      if (y > 0) {
        const prev = here - 1
        const open = ctx.b.skips[j + y - 1]
        inGapB[here] = sum3(inMatch[prev] + open, inGapA[prev] + open, inGapB[prev] + gapExtendCost(open))
      }
    }
  }
  const last = size - 1
  const through = sum3(inMatch[last] + mg.backward[0][to], inGapA[last] + mg.backward[1][to], inGapB[last] + mg.backward[2][to])
  const p = Math.exp(mg.total - through)
  return Number.isFinite(p) ? Math.min(1, p) : 0
}

/** Probability that A's paragraph i (or B's paragraph j, `inA` false) is left unmatched
 * with the other section at j (at i): the one step of the search that skips it, from any
 * state. */
export function skipProbability(ctx: PairContext, mg: Marginals, i: number, j: number, inA: boolean): number {
  const from = cellIndex(mg.band, i, j)
  const to = inA ? cellIndex(mg.band, i + 1, j) : cellIndex(mg.band, i, j + 1)
  if (from < 0 || to < 0) return 0
  const open = inA ? ctx.a.skips[i] : ctx.b.skips[j]
  const extend = gapExtendCost(open)
  const [fMatch, fGapA, fGapB] = mg.forward
  const into = inA
    ? sum3(fMatch[from] + open, fGapA[from] + extend, fGapB[from] + open) + mg.backward[IN_GAP_A][to]
    : sum3(fMatch[from] + open, fGapA[from] + open, fGapB[from] + extend) + mg.backward[IN_GAP_B][to]
  const p = Math.exp(mg.total - into)
  return Number.isFinite(p) ? Math.min(1, p) : 0
}
