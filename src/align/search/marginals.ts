// Forward-backward over the band of a pair's search: the probability that the pair's
// alignment holds a given bead or block, which is the confidence of a row.
import { beadCost, shapes, type PairContext } from '../costs/bead-cost.js'
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
  forward: Float64Array
  backward: Float64Array
  total: number
}

/** Forward-backward over the band, in cost form: forward[i,j] is -log of the summed
 * probability of all paths from (0,0) to (i,j); backward from (i,j) to the end. */
export function marginals(ctx: PairContext, band: Band): Marginals {
  const forward = new Float64Array(band.cells).fill(Infinity)
  const backward = new Float64Array(band.cells).fill(Infinity)
  forward[0] = 0
  const cache = cacheFor(ctx, band)
  const { lo, hi, offset, n, m } = band
  const ranges = newShapeRanges()
  const { lo: rangeLo, hi: rangeHi, base: rangeBase } = ranges
  // The terms of one cell (one per shape at most).
  const terms = new Float64Array(SHAPE_COUNT)
  for (let i = 0; i <= n; i++) {
    shapeRanges(band, i, -1, ranges)
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue
      let count = 0
      let least = Infinity
      for (let s = 0; s < SHAPE_COUNT; s++) {
        if (j < rangeLo[s] || j > rangeHi[s]) continue
        const from = rangeBase[s] + j
        if (forward[from] === Infinity) continue
        const k = from * SHAPE_COUNT + s
        let bead = cache[k]
        if (bead !== bead) {
          fillCost(ctx, cache, k, s, i - SHAPE_DI[s], j - SHAPE_DJ[s])
          bead = cache[k]
        }
        const term = forward[from] + bead
        terms[count++] = term
        if (term < least) least = term
      }
      forward[offset[i] + j - lo[i]] = logSumExp(terms, count, least)
    }
  }
  const end = cellIndex(band, n, m)
  backward[end] = 0
  for (let i = n; i >= 0; i--) {
    shapeRanges(band, i, 1, ranges)
    for (let j = hi[i]; j >= lo[i]; j--) {
      if (i === n && j === m) continue
      let count = 0
      let least = Infinity
      const here = offset[i] + j - lo[i]
      for (let s = 0; s < SHAPE_COUNT; s++) {
        if (j < rangeLo[s] || j > rangeHi[s]) continue
        const to = rangeBase[s] + j
        if (backward[to] === Infinity) continue
        const k = here * SHAPE_COUNT + s
        let bead = cache[k]
        if (bead !== bead) {
          fillCost(ctx, cache, k, s, i, j)
          bead = cache[k]
        }
        const term = backward[to] + bead
        terms[count++] = term
        if (term < least) least = term
      }
      backward[here] = logSumExp(terms, count, least)
    }
  }
  return { band, forward, backward, total: forward[end] }
}

/** Probability that an alignment passes from (i,j) straight to (i2,j2) through a
 * segment costing `cost` (a bead, or several skips). 0 outside the band. */
export function segmentProbability(mg: Marginals, i: number, j: number, i2: number, j2: number, cost: number): number {
  const from = cellIndex(mg.band, i, j)
  const to = cellIndex(mg.band, i2, j2)
  if (from < 0 || to < 0) return 0
  const p = Math.exp(mg.total - mg.forward[from] - cost - mg.backward[to])
  return Number.isFinite(p) ? Math.min(1, p) : 0
}

/** Probability that the alignment passes through (i,j) and (i2,j2) with nothing but
 * A[i,i2) and B[j,j2) between: the paths inside the block are summed, so a joint row
 * that one pair would have split in two (2:2 as 1:1 + 1:1) is judged by its edges. */
export function blockProbability(ctx: PairContext, mg: Marginals, i: number, j: number, i2: number, j2: number): number {
  const from = cellIndex(mg.band, i, j)
  const to = cellIndex(mg.band, i2, j2)
  if (from < 0 || to < 0) return 0
  const h = i2 - i
  const w = j2 - j
  const local = new Float64Array((h + 1) * (w + 1)).fill(Infinity)
  local[0] = 0
  for (let x = 0; x <= h; x++) {
    for (let y = 0; y <= w; y++) {
      if (x === 0 && y === 0) continue
      let acc = Infinity
      for (const [di, dj] of shapes) {
        if (di > x || dj > y) continue
        const prev = local[(x - di) * (w + 1) + (y - dj)]
        if (prev === Infinity) continue
        acc = logAddExp(acc, prev + beadCost(ctx, i + x - di, di, j + y - dj, dj))
      }
      local[x * (w + 1) + y] = acc
    }
  }
  const p = Math.exp(mg.total - mg.forward[from] - local[h * (w + 1) + w] - mg.backward[to])
  return Number.isFinite(p) ? Math.min(1, p) : 0
}

/** Probability that A's paragraph i (or B's paragraph j, `inA` false) is left unmatched
 * with the other section at j (at i): the single skip and every run of skips holding it
 * summed, since a run of two and two single skips are the same alignment. */
export function skipProbability(ctx: PairContext, mg: Marginals, i: number, j: number, inA: boolean): number {
  let p = 0
  for (const [di, dj] of shapes) {
    const run = inA ? (dj === 0 ? di : 0) : di === 0 ? dj : 0
    for (let o = 0; o < run; o++) {
      p += inA
        ? segmentProbability(mg, i - o, j, i - o + run, j, i - o < 0 ? Infinity : beadCost(ctx, i - o, run, j, 0))
        : segmentProbability(mg, i, j - o, i, j - o + run, j - o < 0 ? Infinity : beadCost(ctx, i, 0, j - o, run))
    }
  }
  return Math.min(1, p)
}
