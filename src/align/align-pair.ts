// Two sections, one monotone alignment: dynamic programming over a band around the
// diagonal, so time and memory grow with (paragraphs × band width), not with the product
// of the two lengths. The band starts narrow and doubles while the best path runs along
// its edge. The same band serves a forward-backward pass whose marginals are the
// confidence of any bead.
import { beadCost, roughFloor, searchCost, shapes, type PairContext } from './bead-cost.js'

export interface Bead {
  i: number
  di: number
  j: number
  dj: number
  cost: number
}

export interface Band {
  n: number
  m: number
  width: number
  lo: Int32Array
  hi: Int32Array
  /** Row offsets into the flat cell arrays. */
  offset: Int32Array
  cells: number
  /** Bead costs by start cell and shape for `cacheFor`'s context; NaN until computed. */
  cache?: Float64Array
  cacheFor?: PairContext
}

export interface PairAlignment {
  beads: Bead[]
  cost: number
  band: Band
}

const INITIAL_WIDTH = 8
const GUIDED_WIDTH = 4
/** The band never grows past this many cells either side of the diagonal, so memory stays
 * linear in the document's length even when the search cannot settle (unrelated texts). */
export const MAX_WIDTH = 384

/** The band: around the diagonal from (0,0) to (n,m), or, given a previous path, around
 * that path (the second pass only needs to look near where the first one went). */
function makeBand(n: number, m: number, width: number, guide?: Bead[]): Band {
  const lo = new Int32Array(n + 1)
  const hi = new Int32Array(n + 1)
  const offset = new Int32Array(n + 2)
  if (guide && guide.length) {
    lo.fill(m)
    hi.fill(0)
    for (const bead of guide) {
      for (let i = bead.i; i <= bead.i + bead.di; i++) {
        lo[i] = Math.min(lo[i], bead.j)
        hi[i] = Math.max(hi[i], bead.j + bead.dj)
      }
    }
    for (let i = 0; i <= n; i++) {
      lo[i] = Math.max(0, lo[i] - width)
      hi[i] = Math.min(m, hi[i] + width)
    }
  } else {
    // The slope term keeps consecutive rows overlapping when one section has many more
    // paragraphs than the other.
    const slope = n > 0 ? Math.ceil(m / n) : m
    for (let i = 0; i <= n; i++) {
      const centre = n > 0 ? Math.round((i * m) / n) : 0
      lo[i] = Math.max(0, centre - width - slope)
      hi[i] = Math.min(m, centre + width + slope)
    }
  }
  let cells = 0
  for (let i = 0; i <= n; i++) {
    offset[i] = cells
    cells += hi[i] - lo[i] + 1
  }
  offset[n + 1] = cells
  return { n, m, width, lo, hi, offset, cells }
}

const SHAPE_DI = Int8Array.from(shapes.map((x) => x[0]))
const SHAPE_DJ = Int8Array.from(shapes.map((x) => x[1]))
const SHAPE_COUNT = shapes.length

/** A bead whose lengths alone cost more than this cannot win: the anchors can take off
 * about 10 nats at most, and leaving its paragraphs unmatched is cheaper. Its anchors are
 * not computed (most cells of the band are such beads). */
const HOPELESS = 25

/** roughFloor of each shape (-Infinity, no bound, for the skips, never deferred). */
const ROUGH_FLOOR = Float64Array.from(shapes, ([di, dj]) => (di > 0 && dj > 0 ? roughFloor(di, dj, HOPELESS) : -Infinity))

/** The band's bead-cost cache for this context, made (all NaN) when missing or when it
 * was filled for another context. */
function cacheFor(ctx: PairContext, band: Band): Float64Array {
  if (!band.cache || band.cacheFor !== ctx) {
    band.cache = new Float64Array(band.cells * shapes.length).fill(NaN)
    band.cacheFor = ctx
  }
  return band.cache
}

/** Compute and cache the cost of the bead of shape `s` starting at (i, j), entry k of the
 * band's cache (`cache` is cacheFor(ctx, band)); forward-backward reuses the search's.
 * The callers read the entry when it is known and call this when it is not (NaN). It
 * returns nothing: a double returned from a call that is not inlined is a new heap number,
 * and the caller reads the entry instead. */
function fillCost(ctx: PairContext, cache: Float64Array, k: number, s: number, i: number, j: number): void {
  cache[k] = searchCost(ctx, i, SHAPE_DI[s], j, SHAPE_DJ[s], HOPELESS)
}

function at(band: Band, i: number, j: number): number {
  if (i < 0 || i > band.n || j < band.lo[i] || j > band.hi[i]) return -1
  return band.offset[i] + j - band.lo[i]
}

function coversAll(band: Band): boolean {
  for (let i = 0; i <= band.n; i++) if (band.lo[i] > 0 || band.hi[i] < band.m) return false
  return true
}

/** Per shape, for one row of the band: the cells j of that row whose bead of this shape
 * stays inside the band (lo to hi), and the flat index of the cell at its other end
 * (base + j). Found once a row, so the loops over a row's cells read three numbers per
 * shape instead of the band's bounds of the other row. Each pass over the band has its
 * own, refilled row by row. */
interface ShapeRanges {
  lo: Int32Array
  hi: Int32Array
  base: Int32Array
}

function newShapeRanges(): ShapeRanges {
  return { lo: new Int32Array(SHAPE_COUNT), hi: new Int32Array(SHAPE_COUNT), base: new Int32Array(SHAPE_COUNT) }
}

/** Fill `ranges` for row i: beads ending in row i (`dir` -1, their start cells) or
 * starting in it (`dir` 1, their end cells). */
function shapeRanges(band: Band, i: number, dir: -1 | 1, ranges: ShapeRanges): void {
  const { lo, hi, offset, n } = band
  const { lo: rangeLo, hi: rangeHi, base: rangeBase } = ranges
  for (let s = 0; s < SHAPE_COUNT; s++) {
    const oi = i + dir * SHAPE_DI[s]
    const dj = dir * SHAPE_DJ[s]
    if (oi < 0 || oi > n) {
      // No row there: no j.
      rangeLo[s] = 0
      rangeHi[s] = -1
      continue
    }
    // The other end, (oi, j + dj), must lie in the band: lo[oi] <= j + dj <= hi[oi].
    rangeLo[s] = lo[oi] - dj
    rangeHi[s] = hi[oi] - dj
    rangeBase[s] = offset[oi] - lo[oi] + dj
  }
}

function viterbi(ctx: PairContext, band: Band): { beads: Bead[]; cost: number; touchesEdge: boolean } {
  const cost = new Float64Array(band.cells).fill(Infinity)
  const back = new Int8Array(band.cells).fill(-1)
  // The rough pass tries the common shapes only (1:1, skips, 1:2, 2:1); the second pass,
  // near its path, tries all.
  const shapeCount = ctx.anchors ? shapes.length : 5
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
      for (let s = 0; s < shapeCount; s++) {
        if (j < rangeLo[s] || j > rangeHi[s]) continue
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
  const end = at(band, i, j)
  if (end < 0 || cost[end] === Infinity) return { beads: [], cost: Infinity, touchesEdge: true }
  while (i > 0 || j > 0) {
    const here = at(band, i, j)
    if ((j - band.lo[i] < 2 && band.lo[i] > 0) || (band.hi[i] - j < 2 && band.hi[i] < band.m)) touchesEdge = true
    const [di, dj] = shapes[back[here]]
    const from = at(band, i - di, j - dj)
    beads.push({ i: i - di, di, j: j - dj, dj, cost: cost[here] - cost[from] })
    i -= di
    j -= dj
  }
  beads.reverse()
  return { beads, cost: cost[end], touchesEdge }
}

/** A wider band holds the narrower one: copy the bead costs already computed (the same
 * context gives the same costs) instead of computing them again. */
function carryCosts(ctx: PairContext, from: Band, to: Band): void {
  if (!from.cache || from.cacheFor !== ctx) return
  const k = shapes.length
  const cache = new Float64Array(to.cells * k).fill(NaN)
  for (let i = 0; i <= to.n; i++) {
    const lo = Math.max(from.lo[i], to.lo[i])
    const hi = Math.min(from.hi[i], to.hi[i])
    if (hi < lo) continue
    const src = (from.offset[i] + lo - from.lo[i]) * k
    cache.set(from.cache.subarray(src, src + (hi - lo + 1) * k), (to.offset[i] + lo - to.lo[i]) * k)
  }
  to.cache = cache
  to.cacheFor = ctx
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
    if (!result.touchesEdge || coversAll(band) || width >= MAX_WIDTH) return { beads: result.beads, cost: result.cost, band }
    width = Math.min(MAX_WIDTH, width * 2)
  }
}

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
  const end = at(band, n, m)
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
  const from = at(mg.band, i, j)
  const to = at(mg.band, i2, j2)
  if (from < 0 || to < 0) return 0
  const p = Math.exp(mg.total - mg.forward[from] - cost - mg.backward[to])
  return Number.isFinite(p) ? Math.min(1, p) : 0
}

/** Probability that the alignment passes through (i,j) and (i2,j2) with nothing but
 * A[i,i2) and B[j,j2) between: the paths inside the block are summed, so a joint row
 * that one pair would have split in two (2:2 as 1:1 + 1:1) is judged by its edges. */
export function blockProbability(ctx: PairContext, mg: Marginals, i: number, j: number, i2: number, j2: number): number {
  const from = at(mg.band, i, j)
  const to = at(mg.band, i2, j2)
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

/** Split a block A[i,i+di) × B[j,j+dj) that is known to belong together into the finest
 * beads the search finds. A paragraph may stay unmatched at its skip cost: a joint row
 * must hold a contiguous run of each section, so a heading that only one section has can
 * sit inside a row that another section's merge widened, and it faces nothing in the
 * pair. Undefined when no chain of shapes fills the block: keep it whole. */
export function refineBlock(ctx: PairContext, i: number, di: number, j: number, dj: number): Bead[] | undefined {
  const w = dj + 1
  const cost = new Float64Array((di + 1) * w).fill(Infinity)
  const back = new Int8Array((di + 1) * w).fill(-1)
  cost[0] = 0
  for (let x = 0; x <= di; x++) {
    for (let y = 0; y <= dj; y++) {
      if (x === 0 && y === 0) continue
      for (let s = 0; s < shapes.length; s++) {
        const sx = SHAPE_DI[s]
        const sy = SHAPE_DJ[s]
        if (sx > x || sy > y) continue
        const prev = cost[(x - sx) * w + (y - sy)]
        if (prev === Infinity) continue
        const c = prev + beadCost(ctx, i + x - sx, sx, j + y - sy, sy)
        if (c < cost[x * w + y]) {
          cost[x * w + y] = c
          back[x * w + y] = s
        }
      }
    }
  }
  if (cost[di * w + dj] === Infinity) return undefined
  const beads: Bead[] = []
  for (let x = di, y = dj; x > 0 || y > 0; ) {
    const s = back[x * w + y]
    const sx = SHAPE_DI[s]
    const sy = SHAPE_DJ[s]
    beads.push({ i: i + x - sx, di: sx, j: j + y - sy, dj: sy, cost: cost[x * w + y] - cost[(x - sx) * w + (y - sy)] })
    x -= sx
    y -= sy
  }
  return beads.reverse()
}
