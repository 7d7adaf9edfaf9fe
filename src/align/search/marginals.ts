// Forward-backward over the band of a pair's search: the probability that the pair's
// alignment holds a given bead or block, which is the confidence of a row.
import { beadCost, gapExtendCost, shapes, type PairContext } from '../costs/bead-cost.js'
import { cacheFor, cellIndex, fillCost, newShapeRanges, SHAPE_COUNT, SHAPE_DI, SHAPE_DJ, shapeRanges, type Band } from './band.js'
import { gapState, IN_MATCH, MATCHED, RUN_STATES, SKIP_A, SKIP_B, STATE_COUNT } from './gap-states.js'

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
  /** In cost form, per cell and state of the pair search (STATE_COUNT entries per cell):
   * forward is -log of the summed probability of all paths from the start that arrive at
   * the cell in that state; backward of all paths from the cell, in that state, to the end. */
  forward: Float64Array
  backward: Float64Array
  /** forward summed over the states. */
  reach: Float64Array
  total: number
}

const R = RUN_STATES
const S = STATE_COUNT

/** Forward step of one unmatched paragraph (of A when `inA`) from `from` (f: its first
 * entry in `src`) to the gap states of `into` (h: its first entry in `dst`); `open` is its
 * skip cost. `dst` may be `src` (the band) or another table (a block's). */
function forwardGap(src: Float64Array, f: number, dst: Float64Array, h: number, inA: boolean, open: number): void {
  // The opening sums the match and the other side's runs: one log for all of them.
  const other = inA ? f + RUN_STATES : f
  let least = src[f + IN_MATCH]
  for (let r = 1; r <= R; r++) if (src[other + r] < least) least = src[other + r]
  let opening = Infinity
  if (least !== Infinity) {
    let sum = Math.exp(least - src[f + IN_MATCH])
    for (let r = 1; r <= R; r++) {
      const gap = src[other + r] - least
      if (gap <= 40) sum += Math.exp(-gap)
    }
    opening = least - Math.log(sum)
  }
  dst[h + gapState(inA, 1)] = opening + open
  for (let r = 1; r <= R; r++) {
    const target = h + gapState(inA, Math.min(r + 1, R))
    dst[target] = logAddExp(dst[target], src[f + gapState(inA, r)] + gapExtendCost(open, r))
  }
}

/** The states of one cell summed (cost form): one log for all of them. */
function sumStates(table: Float64Array, c: number): number {
  let least = table[c]
  for (let x = 1; x < S; x++) if (table[c + x] < least) least = table[c + x]
  if (least === Infinity) return Infinity
  let sum = 0
  for (let x = 0; x < S; x++) {
    const gap = table[c + x] - least
    if (gap <= 40) sum += Math.exp(-gap)
  }
  return least - Math.log(sum)
}

/** Forward-backward over the band, in cost form, with the search's states: a run of
 * unmatched paragraphs opens at a paragraph's skip cost and extends at gapExtendCost. */
export function marginals(ctx: PairContext, band: Band): Marginals {
  const cells = band.cells
  const forward = new Float64Array(cells * S).fill(Infinity)
  const backward = new Float64Array(cells * S).fill(Infinity)
  const reach = new Float64Array(cells).fill(Infinity)
  forward[IN_MATCH] = 0
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
      for (let t = 0; t < MATCHED.length; t++) {
        const s = MATCHED[t]
        if (j < rangeLo[s] || j > rangeHi[s]) continue
        const from = rangeBase[s] + j
        if (reach[from] === Infinity) continue
        const term = reach[from] + cost(from * SHAPE_COUNT + s, s, i - SHAPE_DI[s], j - SHAPE_DJ[s])
        terms[count++] = term
        if (term < least) least = term
      }
      forward[here * S + IN_MATCH] = logSumExp(terms, count, least)
      if (i > 0 && j >= rangeLo[SKIP_A] && j <= rangeHi[SKIP_A]) {
        const from = rangeBase[SKIP_A] + j
        forwardGap(forward, from * S, forward, here * S, true, cost(from * SHAPE_COUNT + SKIP_A, SKIP_A, i - 1, j))
      }
      if (j > 0 && j >= rangeLo[SKIP_B] && j <= rangeHi[SKIP_B]) {
        const from = rangeBase[SKIP_B] + j
        forwardGap(forward, from * S, forward, here * S, false, cost(from * SHAPE_COUNT + SKIP_B, SKIP_B, i, j - 1))
      }
      reach[here] = sumStates(forward, here * S)
    }
  }
  const end = cellIndex(band, n, m)
  for (let x = 0; x < S; x++) backward[end * S + x] = 0
  for (let i = n; i >= 0; i--) {
    shapeRanges(band, i, 1, ranges)
    for (let j = hi[i]; j >= lo[i]; j--) {
      if (i === n && j === m) continue
      let count = 0
      let least = Infinity
      const here = offset[i] + j - lo[i]
      for (let t = 0; t < MATCHED.length; t++) {
        const s = MATCHED[t]
        if (j < rangeLo[s] || j > rangeHi[s]) continue
        const to = rangeBase[s] + j
        if (backward[to * S + IN_MATCH] === Infinity) continue
        const term = backward[to * S + IN_MATCH] + cost(here * SHAPE_COUNT + s, s, i, j)
        terms[count++] = term
        if (term < least) least = term
      }
      const matched = logSumExp(terms, count, least)
      const h = here * S
      // Leaving A's paragraph i unmatched (B's j): it opens a run from a match or from a
      // run of the other section, and extends a run of r of its own.
      let openA = Infinity
      let openB = Infinity
      const toA = i < n && j >= rangeLo[SKIP_A] && j <= rangeHi[SKIP_A] ? (rangeBase[SKIP_A] + j) * S : -1
      const toB = j < m && j >= rangeLo[SKIP_B] && j <= rangeHi[SKIP_B] ? (rangeBase[SKIP_B] + j) * S : -1
      if (toA >= 0) openA = backward[toA + gapState(true, 1)] + cost(here * SHAPE_COUNT + SKIP_A, SKIP_A, i, j)
      if (toB >= 0) openB = backward[toB + gapState(false, 1)] + cost(here * SHAPE_COUNT + SKIP_B, SKIP_B, i, j)
      const orOpenA = logAddExp(matched, openA)
      const orOpenB = logAddExp(matched, openB)
      backward[h + IN_MATCH] = logAddExp(orOpenA, openB)
      for (let r = 1; r <= R; r++) {
        const extendA = toA >= 0 ? backward[toA + gapState(true, Math.min(r + 1, R))] + gapExtendCost(skipsA[i], r) : Infinity
        const extendB = toB >= 0 ? backward[toB + gapState(false, Math.min(r + 1, R))] + gapExtendCost(skipsB[j], r) : Infinity
        backward[h + gapState(true, r)] = logAddExp(orOpenB, extendA)
        backward[h + gapState(false, r)] = logAddExp(orOpenA, extendB)
      }
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
  const p = Math.exp(mg.total - mg.reach[from] - cost - mg.backward[to * S + IN_MATCH])
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
  const local = new Float64Array(size * S).fill(Infinity)
  for (let x = 0; x < S; x++) local[x] = mg.forward[from * S + x]
  for (let x = 0; x <= h; x++) {
    for (let y = 0; y <= w; y++) {
      if (x === 0 && y === 0) continue
      const here = x * (w + 1) + y
      let acc = Infinity
      for (const [di, dj] of shapes) {
        if (di === 0 || dj === 0 || di > x || dj > y) continue
        const before = sumStates(local, ((x - di) * (w + 1) + (y - dj)) * S)
        if (before === Infinity) continue
        acc = logAddExp(acc, before + beadCost(ctx, i + x - di, di, j + y - dj, dj))
      }
      local[here * S + IN_MATCH] = acc
      if (x > 0) forwardGap(local, (here - (w + 1)) * S, local, here * S, true, ctx.a.skips[i + x - 1])
      if (y > 0) forwardGap(local, (here - 1) * S, local, here * S, false, ctx.b.skips[j + y - 1])
    }
  }
  let through = Infinity
  for (let x = 0; x < S; x++) through = logAddExp(through, local[(size - 1) * S + x] + mg.backward[to * S + x])
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
  const step = new Float64Array(S).fill(Infinity)
  forwardGap(mg.forward, from * S, step, 0, inA, inA ? ctx.a.skips[i] : ctx.b.skips[j])
  let into = Infinity
  for (let x = 0; x < S; x++) into = logAddExp(into, step[x] + mg.backward[to * S + x])
  const p = Math.exp(mg.total - into)
  return Number.isFinite(p) ? Math.min(1, p) : 0
}
