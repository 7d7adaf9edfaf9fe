// Forward-backward over the band of a pair's search: for every cell and state, the summed
// probability of the paths that reach it and of those that go on from it to the end.
// segment-probability.ts reads them as the probability that the pair's alignment holds a
// given bead, block or unmatched paragraph, which is the confidence of a row.
import { gapExtendCost, type PairContext } from '../costs/bead-cost.js'
import { cacheFor, cellIndex, fillCost, newShapeRanges, SHAPE_COUNT, SHAPE_DI, SHAPE_DJ, shapeRanges, type Band } from './band.js'
import { gapState, IN_MATCH, MATCHED, RUN_STATES, SKIP_A, SKIP_B, STATE_COUNT } from './gap-states.js'

export interface Marginals {
  band: Band
  /** Probabilities, per cell and state of the pair search (STATE_COUNT entries per cell),
   * each row scaled by a power of two (forwardScale, backwardScale: the row's exponent):
   * forward is the summed probability of all paths from the start that arrive at the cell
   * in that state, times 2^-forwardScale[i]; backward of all paths from the cell, in that
   * state, to the end, times 2^-backwardScale[i]. segment-probability.ts reads them in cost
   * form. */
  forward: Float64Array
  backward: Float64Array
  /** forward summed over the states (same scale). */
  reach: Float64Array
  forwardScale: Float64Array
  backwardScale: Float64Array
  /** In cost form: -log of the summed probability of all paths. */
  total: number
}

const R = RUN_STATES
const S = STATE_COUNT

/** e^-gapExtendCost(skip, r) of each paragraph, r = 1 … RUN_STATES (RUN_STATES entries a
 * paragraph): the probability factors of extending a run with it. */
function extendFactors(skips: Float64Array): Float64Array {
  const out = new Float64Array(skips.length * R)
  for (let k = 0; k < skips.length; k++) for (let r = 1; r <= R; r++) out[k * R + r - 1] = Math.exp(-gapExtendCost(skips[k], r))
  return out
}

/** A row's values are brought back near 1 (by a power of two, which is exact) when their
 * largest leaves [2^-RESCALE, 2^RESCALE]: far from both ends of a double's range, so a
 * product of a value and a bead's factor neither overflows nor loses its digits. */
const RESCALE = 256
const LOW = 2 ** -RESCALE
const HIGH = 2 ** RESCALE

/** Rescale cells [first, last] of a table (STATE_COUNT entries a cell) and their reach by
 * 2^-k, where 2^k is about their largest reach `top`; returns k (0 when no rescale). */
function rescaleRow(table: Float64Array, reach: Float64Array | undefined, first: number, last: number, top: number): number {
  if (top === 0 || (top >= LOW && top <= HIGH)) return 0
  const k = Math.round(Math.log2(top))
  const factor = 2 ** -k
  for (let c = first * S; c < (last + 1) * S; c++) table[c] *= factor
  if (reach) for (let c = first; c <= last; c++) reach[c] *= factor
  return k
}

/** Forward-backward over the band, with the search's states: a run of unmatched
 * paragraphs opens at a paragraph's skip cost and extends at gapExtendCost. It works on
 * probabilities, each row scaled by a power of two, so that each bead's cost is turned
 * into a probability once (e^-cost) and the sums over a cell's paths are plain sums: in
 * cost form every sum of two terms takes an exp and a log. */
export function marginals(ctx: PairContext, band: Band): Marginals {
  const cells = band.cells
  const { lo, hi, offset, n, m } = band
  const forward = new Float64Array(cells * S)
  const backward = new Float64Array(cells * S)
  const reach = new Float64Array(cells)
  const forwardScale = new Float64Array(n + 1)
  const backwardScale = new Float64Array(n + 1)
  forward[IN_MATCH] = 1
  reach[0] = 1
  const cache = cacheFor(ctx, band)
  // e^-cost of each bead, NaN until needed: both passes read it.
  const factors = new Float64Array(cells * SHAPE_COUNT).fill(NaN)
  const skipsA = ctx.a.skips
  const skipsB = ctx.b.skips
  const openA = extendFactors(skipsA)
  const openB = extendFactors(skipsB)
  const ranges = newShapeRanges()
  const { lo: rangeLo, hi: rangeHi, base: rangeBase } = ranges
  const factor = (k: number, s: number, i: number, j: number) => {
    if (factors[k] !== factors[k]) {
      if (cache[k] !== cache[k]) fillCost(ctx, cache, k, s, i, j)
      factors[k] = Math.exp(-cache[k])
    }
    return factors[k]
  }
  // The factor that brings a value of row i - d to row i's scale (index d), row i's scale
  // being taken as row i - 1's until the row is done.
  const ratio = new Float64Array(4)
  for (let i = 0; i <= n; i++) {
    shapeRanges(band, i, -1, ranges)
    const scale = i > 0 ? forwardScale[i - 1] : 0
    for (let d = 1; d <= 3; d++) ratio[d] = i - d >= 0 ? 2 ** (forwardScale[i - d] - scale) : 0
    let top = 0
    for (let j = lo[i]; j <= hi[i]; j++) {
      const here = offset[i] + j - lo[i]
      const h = here * S
      if (i === 0 && j === 0) {
        top = 1
        continue
      }
      let matched = 0
      for (let t = 0; t < MATCHED.length; t++) {
        const s = MATCHED[t]
        if (j < rangeLo[s] || j > rangeHi[s]) continue
        const from = rangeBase[s] + j
        if (reach[from] === 0) continue
        matched += reach[from] * ratio[SHAPE_DI[s]] * factor(from * SHAPE_COUNT + s, s, i - SHAPE_DI[s], j - SHAPE_DJ[s])
      }
      forward[h + IN_MATCH] = matched
      if (i > 0 && j >= rangeLo[SKIP_A] && j <= rangeHi[SKIP_A]) {
        // From (i - 1, j): A's paragraph i - 1 unmatched. Opening from a match or a run in B.
        const f = (rangeBase[SKIP_A] + j) * S
        const e = (i - 1) * R
        let opening = forward[f + IN_MATCH]
        for (let r = 1; r <= R; r++) opening += forward[f + gapState(false, r)]
        forward[h + gapState(true, 1)] = opening * openA[e] * ratio[1]
        for (let r = 1; r <= R; r++) forward[h + gapState(true, Math.min(r + 1, R))] += forward[f + gapState(true, r)] * openA[e + r - 1] * ratio[1]
      }
      if (j > 0 && j >= rangeLo[SKIP_B] && j <= rangeHi[SKIP_B]) {
        const f = (rangeBase[SKIP_B] + j) * S
        const e = (j - 1) * R
        let opening = forward[f + IN_MATCH]
        for (let r = 1; r <= R; r++) opening += forward[f + gapState(true, r)]
        forward[h + gapState(false, 1)] = opening * openB[e]
        for (let r = 1; r <= R; r++) forward[h + gapState(false, Math.min(r + 1, R))] += forward[f + gapState(false, r)] * openB[e + r - 1]
      }
      let sum = 0
      for (let x = 0; x < S; x++) sum += forward[h + x]
      reach[here] = sum
      if (sum > top) top = sum
    }
    forwardScale[i] = scale + rescaleRow(forward, reach, offset[i], offset[i] + hi[i] - lo[i], top)
  }
  const end = cellIndex(band, n, m)
  for (let x = 0; x < S; x++) backward[end * S + x] = 1
  for (let i = n; i >= 0; i--) {
    shapeRanges(band, i, 1, ranges)
    const scale = i < n ? backwardScale[i + 1] : 0
    for (let d = 1; d <= 3; d++) ratio[d] = i + d <= n ? 2 ** (backwardScale[i + d] - scale) : 0
    let top = 0
    for (let j = hi[i]; j >= lo[i]; j--) {
      const here = offset[i] + j - lo[i]
      const h = here * S
      if (i === n && j === m) {
        top = 1
        continue
      }
      let matched = 0
      for (let t = 0; t < MATCHED.length; t++) {
        const s = MATCHED[t]
        if (j < rangeLo[s] || j > rangeHi[s]) continue
        const to = rangeBase[s] + j
        const after = backward[to * S + IN_MATCH]
        if (after === 0) continue
        matched += after * ratio[SHAPE_DI[s]] * factor(here * SHAPE_COUNT + s, s, i, j)
      }
      // Leaving A's paragraph i unmatched (B's j): it opens a run from a match or from a
      // run of the other section, and extends a run of r of its own.
      const toA = i < n && j >= rangeLo[SKIP_A] && j <= rangeHi[SKIP_A] ? (rangeBase[SKIP_A] + j) * S : -1
      const toB = j < m && j >= rangeLo[SKIP_B] && j <= rangeHi[SKIP_B] ? (rangeBase[SKIP_B] + j) * S : -1
      const eA = i * R
      const eB = j * R
      const intoA = toA >= 0 ? backward[toA + gapState(true, 1)] * openA[eA] * ratio[1] : 0
      const intoB = toB >= 0 ? backward[toB + gapState(false, 1)] * openB[eB] : 0
      backward[h + IN_MATCH] = matched + intoA + intoB
      let most = matched + intoA + intoB
      for (let r = 1; r <= R; r++) {
        const extendA = toA >= 0 ? backward[toA + gapState(true, Math.min(r + 1, R))] * openA[eA + r - 1] * ratio[1] : 0
        const extendB = toB >= 0 ? backward[toB + gapState(false, Math.min(r + 1, R))] * openB[eB + r - 1] : 0
        const inA = matched + intoB + extendA
        const inB = matched + intoA + extendB
        backward[h + gapState(true, r)] = inA
        backward[h + gapState(false, r)] = inB
        if (inA > most) most = inA
        if (inB > most) most = inB
      }
      if (most > top) top = most
    }
    backwardScale[i] = scale + rescaleRow(backward, undefined, offset[i], offset[i] + hi[i] - lo[i], top)
  }
  const total = end < 0 ? Infinity : -Math.log(reach[end]) - forwardScale[n] * Math.LN2
  return { band, forward, backward, reach, forwardScale, backwardScale, total }
}
