// Two sections, one monotone alignment: dynamic programming over a band around the
// diagonal, so time and memory grow with (paragraphs × band width), not with the product
// of the two lengths. The band starts narrow and doubles while the best path runs along
// its edge. The same band serves a forward-backward pass whose marginals are the
// confidence of any bead.
import { gapExtendCost, roughFloor, roughShape, shapes, type PairContext } from '../costs/bead-cost.js'
import {
  cacheFor, carryCosts, cellIndex, coversAll, fillCost, HOPELESS, makeBand, newShapeRanges, SHAPE_COUNT, SHAPE_DI, SHAPE_DJ, shapeRanges,
  type Band, type Bead,
} from './band.js'
import { gapState, IN_MATCH, isGapA, MATCHED, RUN_STATES, SKIP_A, SKIP_B, STATE_COUNT } from './gap-states.js'

export interface PairAlignment {
  beads: Bead[]
  band: Band
}

const INITIAL_WIDTH = 8
const GUIDED_WIDTH = 4
/** The band never grows past this many cells either side of the diagonal, so memory stays
 * linear in the document's length even when the search cannot settle (unrelated texts). */
const MAX_WIDTH = 384

/** The matched shapes the rough pass tries (roughShape); the passes with anchors try all. */
const ROUGH_MATCHED = MATCHED.filter((s) => roughShape[s])

/** roughFloor of each shape (-Infinity, no bound, for the skips, never deferred). */
const ROUGH_FLOOR = Float64Array.from(shapes, ([di, dj]) => (di > 0 && dj > 0 ? roughFloor(di, dj, HOPELESS) : -Infinity))

const R = RUN_STATES
const S = STATE_COUNT

/** The gap states of cell `here` reached by leaving one more paragraph unmatched after cell
 * `from` (in A, or in B when `inA` is false), in `cost` (STATE_COUNT entries per cell), with
 * the state each came from in `fromState`. `open` is the paragraph's skip cost. The least
 * of the new states' costs goes into `out[0]`: a double returned from a call that is not
 * inlined would be a new heap number, one per cell and side. */
function extendGaps(cost: Float64Array, fromState: Int8Array, from: number, here: number, inA: boolean, open: number, out: Float64Array): void {
  const f = from * S
  const h = here * S
  // Opening: from a match or from any run of the other side; of equal costs the lower state.
  let best = cost[f + IN_MATCH]
  let arg = IN_MATCH
  for (let r = 1; r <= R; r++) {
    const other = cost[f + gapState(!inA, r)]
    if (other < best) {
      best = other
      arg = gapState(!inA, r)
    }
  }
  let least = best + open
  cost[h + gapState(inA, 1)] = least
  fromState[h + gapState(inA, 1)] = arg
  for (let r = 1; r <= R; r++) {
    const target = gapState(inA, Math.min(r + 1, R))
    const c = cost[f + gapState(inA, r)] + gapExtendCost(open, r)
    // A run of R or more stays in the last state; of equal costs the shorter run's (first).
    if (c < cost[h + target]) {
      cost[h + target] = c
      fromState[h + target] = gapState(inA, r)
    }
    if (c < least) least = c
  }
  out[0] = least
}

function viterbi(ctx: PairContext, band: Band): { beads: Bead[]; touchesEdge: boolean } {
  // Per cell and state, the least cost of reaching the cell in that state; `least` is the
  // least over the states.
  const cost = new Float64Array(band.cells * S).fill(Infinity)
  const least = new Float64Array(band.cells).fill(Infinity)
  // The matched shape into each cell, and per cell and state the state it came from.
  const back = new Int8Array(band.cells).fill(-1)
  const fromState = new Int8Array(band.cells * S).fill(-1)
  const all = ctx.anchors
  // Only the rough pass skips beads that cannot win: the second pass's marginals need
  // every bead of the band anyway (through the shared cache), and none of them is more
  // than 40 nats from the best term of its cell (measured), so none could be left out.
  const prune = !ctx.anchors
  cost[IN_MATCH] = 0
  least[0] = 0
  const cache = cacheFor(ctx, band)
  const { lo, hi, offset } = band
  const ranges = newShapeRanges()
  const { lo: rangeLo, hi: rangeHi, base: rangeBase } = ranges
  // The beads of one cell whose cost is deferred (one per shape at most).
  const pendingShape = new Int8Array(SHAPE_COUNT)
  const pendingFrom = new Int32Array(SHAPE_COUNT)
  const gapLeast = new Float64Array(1)
  const tried = all ? MATCHED : ROUGH_MATCHED
  const skipsA = ctx.a.skips
  const skipsB = ctx.b.skips
  for (let i = 0; i <= band.n; i++) {
    shapeRanges(band, i, -1, ranges)
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue
      const here = offset[i] + j - lo[i]
      let best = Infinity
      let arg = -1
      let waiting = 0
      for (let t = 0; t < tried.length; t++) {
        const s = tried[t]
        if (j < rangeLo[s] || j > rangeHi[s]) continue
        const from = rangeBase[s] + j
        const before = least[from]
        if (before === Infinity) continue
        const k = from * SHAPE_COUNT + s
        let bead = cache[k]
        if (bead !== bead) {
          // not costed yet (NaN)
          if (prune) {
            // First see what the known costs give this cell.
            pendingShape[waiting] = s
            pendingFrom[waiting++] = from
            continue
          }
          fillCost(ctx, cache, k, s, i - SHAPE_DI[s], j - SHAPE_DJ[s])
          bead = cache[k]
        }
        const c = before + bead
        // Shapes are not all tried in order here: the lower cost wins, and of equal costs
        // the first shape, as trying them in order with `<` would choose.
        if (c < best || (c === best && s < arg)) {
          best = c
          arg = s
        }
      }
      // The gaps first, so that a deferred bead is measured against them too.
      // (A single skip costs its paragraph's skip cost, which is what searchCost gives:
      // read from the side, it needs no cache entry, and the search has two costing calls
      // fewer, which leaves V8 room to inline the gap extension.)
      let gaps = Infinity
      if (i > 0 && j >= rangeLo[SKIP_A] && j <= rangeHi[SKIP_A]) {
        extendGaps(cost, fromState, rangeBase[SKIP_A] + j, here, true, skipsA[i - 1], gapLeast)
        gaps = Math.min(gaps, gapLeast[0])
      }
      if (j > 0 && j >= rangeLo[SKIP_B] && j <= rangeHi[SKIP_B]) {
        extendGaps(cost, fromState, rangeBase[SKIP_B] + j, here, false, skipsB[j - 1], gapLeast)
        gaps = Math.min(gaps, gapLeast[0])
      }
      for (let w = 0; w < waiting; w++) {
        const s = pendingShape[w]
        const from = pendingFrom[w]
        const before = least[from]
        // The bead's cost is at least its floor, so this sum bounds what it would give:
        // if that already loses to the matched beads or to the gaps (or ties a shape that
        // comes first), its true cost, length model and all, is not needed: a cheaper gap
        // state goes on at least as cheaply as a match would (the run factors never grow
        // and stay at most 1). Its cache entry stays unknown.
        const floor = before + ROUGH_FLOOR[s]
        if (floor > best || (floor === best && s > arg) || floor > gaps) continue
        const k = from * SHAPE_COUNT + s
        fillCost(ctx, cache, k, s, i - SHAPE_DI[s], j - SHAPE_DJ[s])
        const c = before + cache[k]
        if (c < best || (c === best && s < arg)) {
          best = c
          arg = s
        }
      }
      cost[here * S + IN_MATCH] = best
      back[here] = arg
      if (arg >= 0) fromState[here * S + IN_MATCH] = leastState(cost, rangeBase[arg] + j)
      least[here] = Math.min(best, gaps)
    }
  }
  const beads: Bead[] = []
  let i = band.n
  let j = band.m
  let touchesEdge = false
  const end = cellIndex(band, i, j)
  if (end < 0 || least[end] === Infinity) return { beads: [], touchesEdge: true }
  let state = leastState(cost, end)
  while (i > 0 || j > 0) {
    const here = cellIndex(band, i, j)
    if ((j - band.lo[i] < 2 && band.lo[i] > 0) || (band.hi[i] - j < 2 && band.hi[i] < band.m)) touchesEdge = true
    const [di, dj] = shapes[state === IN_MATCH ? back[here] : isGapA(state) ? SKIP_A : SKIP_B]
    const from = cellIndex(band, i - di, j - dj)
    const previous = fromState[here * S + state]
    beads.push({ i: i - di, di, j: j - dj, dj, cost: cost[here * S + state] - cost[from * S + previous] })
    state = previous
    i -= di
    j -= dj
  }
  beads.reverse()
  return { beads, touchesEdge }
}

/** The state a cell is reached in most cheaply; of equal costs, the lowest state (match,
 * then runs in A, then in B: the order of the shapes 1:1, 1:0, 0:1). */
function leastState(cost: Float64Array, cell: number): number {
  let state = IN_MATCH
  let c = cost[cell * S]
  for (let x = 1; x < S; x++) {
    if (cost[cell * S + x] < c) {
      c = cost[cell * S + x]
      state = x
    }
  }
  return state
}

/** The best monotone alignment of A and B under the context's costs; near `guide` (a
 * previous pass's beads) when given. */
export function alignPair(ctx: PairContext, guide?: Bead[]): PairAlignment {
  const n = ctx.a.lengths.length
  const m = ctx.b.lengths.length
  let width = guide ? GUIDED_WIDTH : INITIAL_WIDTH
  let previous: Band | undefined
  for (;;) {
    const band = makeBand(n, m, width, guide)
    if (previous) carryCosts(ctx, previous, band)
    previous = band
    const result = viterbi(ctx, band)
    if (!result.touchesEdge || coversAll(band) || width >= MAX_WIDTH) return { beads: result.beads, band }
    width = Math.min(MAX_WIDTH, width * 2)
  }
}
