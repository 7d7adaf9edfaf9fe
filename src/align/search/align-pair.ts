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

export interface PairAlignment {
  beads: Bead[]
  band: Band
}

const INITIAL_WIDTH = 8
const GUIDED_WIDTH = 4
/** The band never grows past this many cells either side of the diagonal, so memory stays
 * linear in the document's length even when the search cannot settle (unrelated texts). */
const MAX_WIDTH = 384

/** roughFloor of each shape (-Infinity, no bound, for the skips, never deferred). */
const ROUGH_FLOOR = Float64Array.from(shapes, ([di, dj]) => (di > 0 && dj > 0 ? roughFloor(di, dj, HOPELESS) : -Infinity))

// Gotoh's three states per cell: the path came in through a matched bead (or is at the
// start), through a paragraph of A left unmatched, or through one of B. A run of unmatched
// paragraphs pays its first paragraph's skip cost (the gap opens) and a fraction of each
// further one's (it extends): a lost page or an abridged passage is one omission.
const IN_MATCH = 0
const IN_GAP_A = 1
const IN_GAP_B = 2
const SKIP_A = shapes.findIndex(([di, dj]) => di === 1 && dj === 0)
const SKIP_B = shapes.findIndex(([di, dj]) => di === 0 && dj === 1)

function viterbi(ctx: PairContext, band: Band): { beads: Bead[]; touchesEdge: boolean } {
  // Per state, the least cost of reaching each cell in it; `least` is the least of the three.
  const inMatch = new Float64Array(band.cells).fill(Infinity)
  const inGapA = new Float64Array(band.cells).fill(Infinity)
  const inGapB = new Float64Array(band.cells).fill(Infinity)
  const least = new Float64Array(band.cells).fill(Infinity)
  // The matched shape into each cell, and per state the state of the cell it came from.
  const back = new Int8Array(band.cells).fill(-1)
  const fromState = new Int8Array(band.cells * 3).fill(-1)
  const all = ctx.anchors
  // Only the rough pass skips beads that cannot win: the second pass's marginals need
  // every bead of the band anyway (through the shared cache), and none of them is more
  // than 40 nats from the best term of its cell (measured), so none could be left out.
  const prune = !ctx.anchors
  inMatch[0] = 0
  least[0] = 0
  const cache = cacheFor(ctx, band)
  const { lo, hi, offset } = band
  const skipsA = ctx.a.skips
  const skipsB = ctx.b.skips
  const ranges = newShapeRanges()
  const { lo: rangeLo, hi: rangeHi, base: rangeBase } = ranges
  // The beads of one cell whose cost is deferred (one per shape at most).
  const pendingShape = new Int8Array(SHAPE_COUNT)
  const pendingFrom = new Int32Array(SHAPE_COUNT)
  for (let i = 0; i <= band.n; i++) {
    shapeRanges(band, i, -1, ranges)
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue
      const here = offset[i] + j - lo[i]
      let best = Infinity
      let arg = -1
      let waiting = 0
      for (let s = 0; s < SHAPE_COUNT; s++) {
        if (SHAPE_DI[s] === 0 || SHAPE_DJ[s] === 0) continue
        if (j < rangeLo[s] || j > rangeHi[s] || (!all && !roughShape[s])) continue
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
      let gapA = Infinity
      if (i > 0 && j >= rangeLo[SKIP_A] && j <= rangeHi[SKIP_A]) {
        const from = rangeBase[SKIP_A] + j
        const k = from * SHAPE_COUNT + SKIP_A
        if (cache[k] !== cache[k]) fillCost(ctx, cache, k, SKIP_A, i - 1, j)
        const open = cache[k]
        const extend = gapExtendCost(skipsA[i - 1])
        let state = IN_MATCH
        gapA = inMatch[from] + open
        if (inGapA[from] + extend < gapA) {
          gapA = inGapA[from] + extend
          state = IN_GAP_A
        }
        if (inGapB[from] + open < gapA) {
          gapA = inGapB[from] + open
          state = IN_GAP_B
        }
        inGapA[here] = gapA
        fromState[here * 3 + IN_GAP_A] = state
      }
      let gapB = Infinity
      if (j > 0 && j >= rangeLo[SKIP_B] && j <= rangeHi[SKIP_B]) {
        const from = rangeBase[SKIP_B] + j
        const k = from * SHAPE_COUNT + SKIP_B
        if (cache[k] !== cache[k]) fillCost(ctx, cache, k, SKIP_B, i, j - 1)
        const open = cache[k]
        const extend = gapExtendCost(skipsB[j - 1])
        let state = IN_MATCH
        gapB = inMatch[from] + open
        if (inGapA[from] + open < gapB) {
          gapB = inGapA[from] + open
          state = IN_GAP_A
        }
        if (inGapB[from] + extend < gapB) {
          gapB = inGapB[from] + extend
          state = IN_GAP_B
        }
        inGapB[here] = gapB
        fromState[here * 3 + IN_GAP_B] = state
      }
      const gaps = Math.min(gapA, gapB)
      for (let w = 0; w < waiting; w++) {
        const s = pendingShape[w]
        const from = pendingFrom[w]
        const before = least[from]
        // The bead's cost is at least its floor, so this sum bounds what it would give:
        // if that already loses to the matched beads or to the gaps (or ties a shape that
        // comes first), its true cost, length model and all, is not needed. Its cache
        // entry stays unknown.
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
      inMatch[here] = best
      back[here] = arg
      if (arg >= 0) fromState[here * 3 + IN_MATCH] = leastState(inMatch, inGapA, inGapB, rangeBase[arg] + j)
      least[here] = Math.min(best, gapA, gapB)
    }
  }
  const beads: Bead[] = []
  let i = band.n
  let j = band.m
  let touchesEdge = false
  const end = cellIndex(band, i, j)
  if (end < 0 || least[end] === Infinity) return { beads: [], touchesEdge: true }
  const costs = [inMatch, inGapA, inGapB]
  let state = leastState(inMatch, inGapA, inGapB, end)
  while (i > 0 || j > 0) {
    const here = cellIndex(band, i, j)
    if ((j - band.lo[i] < 2 && band.lo[i] > 0) || (band.hi[i] - j < 2 && band.hi[i] < band.m)) touchesEdge = true
    const [di, dj] = shapes[state === IN_MATCH ? back[here] : state === IN_GAP_A ? SKIP_A : SKIP_B]
    const from = cellIndex(band, i - di, j - dj)
    const previous = fromState[here * 3 + state]
    beads.push({ i: i - di, di, j: j - dj, dj, cost: costs[state][here] - costs[previous][from] })
    state = previous
    i -= di
    j -= dj
  }
  beads.reverse()
  return { beads, touchesEdge }
}

/** The state a cell is reached in most cheaply; of equal costs, match before gap in A
 * before gap in B (the order of the shapes 1:1, 1:0, 0:1). */
function leastState(inMatch: Float64Array, inGapA: Float64Array, inGapB: Float64Array, cell: number): number {
  let state = IN_MATCH
  let c = inMatch[cell]
  if (inGapA[cell] < c) {
    c = inGapA[cell]
    state = IN_GAP_A
  }
  if (inGapB[cell] < c) state = IN_GAP_B
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
