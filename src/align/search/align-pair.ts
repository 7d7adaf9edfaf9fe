// Two sections, one monotone alignment: dynamic programming over a band around the
// diagonal, so time and memory grow with (paragraphs × band width), not with the product
// of the two lengths. The band starts narrow and doubles while the best path runs along
// its edge. The same band serves a forward-backward pass whose marginals are the
// confidence of any bead.
import { roughFloor, roughShape, shapes, type PairContext } from '../costs/bead-cost.js'
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

function viterbi(ctx: PairContext, band: Band): { beads: Bead[]; touchesEdge: boolean } {
  const cost = new Float64Array(band.cells).fill(Infinity)
  const back = new Int8Array(band.cells).fill(-1)
  const all = ctx.anchors
  // Only the rough pass skips beads that cannot win: the second pass's marginals need
  // every bead of the band anyway (through the shared cache), and none of them is more
  // than 40 nats from the best term of its cell (measured), so none could be left out.
  const prune = !ctx.anchors
  cost[0] = 0
  const cache = cacheFor(ctx, band)
  const { lo, hi, offset } = band
  const ranges = newShapeRanges()
  const { lo: rangeLo, hi: rangeHi, base: rangeBase } = ranges
  // The beads of one cell whose cost is deferred (one per shape at most).
  const pendingShape = new Int8Array(SHAPE_COUNT)
  const pendingFrom = new Int32Array(SHAPE_COUNT)
  for (let i = 0; i <= band.n; i++) {
    shapeRanges(band, i, -1, ranges)
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue
      let best = Infinity
      let arg = -1
      let waiting = 0
      for (let s = 0; s < SHAPE_COUNT; s++) {
        if (j < rangeLo[s] || j > rangeHi[s] || (!all && !roughShape[s])) continue
        const from = rangeBase[s] + j
        const before = cost[from]
        if (before === Infinity) continue
        const k = from * SHAPE_COUNT + s
        let bead = cache[k]
        if (bead !== bead) {
          // not costed yet (NaN)
          if (prune && SHAPE_DI[s] !== 0 && SHAPE_DJ[s] !== 0) {
            // A matched bead: first see what the skips and the known costs give this cell.
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
      for (let w = 0; w < waiting; w++) {
        const s = pendingShape[w]
        const from = pendingFrom[w]
        const before = cost[from]
        // The bead's cost is at least its floor, so this sum bounds what it would give:
        // if that already loses (or ties a shape that comes first), its true cost, length
        // model and all, is not needed. Its cache entry stays unknown.
        const floor = before + ROUGH_FLOOR[s]
        if (floor > best || (floor === best && s > arg)) continue
        const k = from * SHAPE_COUNT + s
        fillCost(ctx, cache, k, s, i - SHAPE_DI[s], j - SHAPE_DJ[s])
        const c = before + cache[k]
        if (c < best || (c === best && s < arg)) {
          best = c
          arg = s
        }
      }
      const here = offset[i] + j - lo[i]
      cost[here] = best
      back[here] = arg
    }
  }
  const beads: Bead[] = []
  let i = band.n
  let j = band.m
  let touchesEdge = false
  const end = cellIndex(band, i, j)
  if (end < 0 || cost[end] === Infinity) return { beads: [], touchesEdge: true }
  while (i > 0 || j > 0) {
    const here = cellIndex(band, i, j)
    if ((j - band.lo[i] < 2 && band.lo[i] > 0) || (band.hi[i] - j < 2 && band.hi[i] < band.m)) touchesEdge = true
    const [di, dj] = shapes[back[here]]
    const from = cellIndex(band, i - di, j - dj)
    beads.push({ i: i - di, di, j: j - dj, dj, cost: cost[here] - cost[from] })
    i -= di
    j -= dj
  }
  beads.reverse()
  return { beads, touchesEdge }
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
