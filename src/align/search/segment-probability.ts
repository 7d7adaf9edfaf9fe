// The probability that a pair's alignment holds a given bead, block or unmatched paragraph,
// read from the forward-backward tables (marginals.ts): the confidence of a row, pair by
// pair. These run once per row and pair, in cost form (negated logs).
import { beadCost, gapExtendCost, shapes, type PairContext } from '../costs/bead-cost.js'
import { cellIndex } from './band.js'
import { gapState, IN_MATCH, RUN_STATES, STATE_COUNT } from './gap-states.js'
import type { Marginals } from './marginals.js'

const R = RUN_STATES
const S = STATE_COUNT

function logAddExp(x: number, y: number): number {
  // Both in "cost" form (negated logs): returns -log(e^-x + e^-y).
  if (x === Infinity) return y
  if (y === Infinity) return x
  const lo = Math.min(x, y)
  const gap = Math.abs(x - y)
  // Past 40 nats the smaller term is below double precision of the larger: skip exp/log1p.
  return gap > 40 ? lo : lo - Math.log1p(Math.exp(-gap))
}

/** Forward step of one unmatched paragraph (of A when `inA`) from `from` (f: its first
 * entry in `src`) to the gap states of `into` (h: its first entry in `dst`); `open` is its
 * skip cost. In cost form (marginals.ts works on probabilities). */
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

/** The forward value of a cell's state (x) in row i, in cost form (-log). */
function forwardCost(mg: Marginals, cell: number, i: number, x: number): number {
  return -Math.log(mg.forward[cell * S + x]) - mg.forwardScale[i] * Math.LN2
}

function backwardCost(mg: Marginals, cell: number, i: number, x: number): number {
  return -Math.log(mg.backward[cell * S + x]) - mg.backwardScale[i] * Math.LN2
}

function reachCost(mg: Marginals, cell: number, i: number): number {
  return -Math.log(mg.reach[cell]) - mg.forwardScale[i] * Math.LN2
}

/** Probability that an alignment passes from (i,j) straight to (i2,j2) through one
 * matched bead costing `cost`. 0 outside the band. */
export function segmentProbability(mg: Marginals, i: number, j: number, i2: number, j2: number, cost: number): number {
  const from = cellIndex(mg.band, i, j)
  const to = cellIndex(mg.band, i2, j2)
  if (from < 0 || to < 0) return 0
  const p = Math.exp(mg.total - reachCost(mg, from, i) - cost - backwardCost(mg, to, i2, IN_MATCH))
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
  for (let x = 0; x < S; x++) local[x] = forwardCost(mg, from, i, x)
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
  for (let x = 0; x < S; x++) through = logAddExp(through, local[(size - 1) * S + x] + backwardCost(mg, to, i2, x))
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
  const before = new Float64Array(S)
  for (let x = 0; x < S; x++) before[x] = forwardCost(mg, from, i, x)
  const step = new Float64Array(S).fill(Infinity)
  forwardGap(before, 0, step, 0, inA, inA ? ctx.a.skips[i] : ctx.b.skips[j])
  let into = Infinity
  for (let x = 0; x < S; x++) into = logAddExp(into, step[x] + backwardCost(mg, to, inA ? i + 1 : i, x))
  const p = Math.exp(mg.total - into)
  return Number.isFinite(p) ? Math.min(1, p) : 0
}
