// The band of the pair search: the cells (i, j) near the diagonal, or near a previous
// path, that the dynamic programming visits, and the costs of the beads between them,
// cached so that the search and the forward-backward pass compute each bead once.
import { searchCost, shapes, type PairContext } from '../costs/bead-cost.js'

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

/** The band: around the diagonal from (0,0) to (n,m), or, given a previous path, around
 * that path (the second pass only needs to look near where the first one went). */
export function makeBand(n: number, m: number, width: number, guide?: Bead[]): Band {
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

export const SHAPE_DI = Int8Array.from(shapes.map((x) => x[0]))
export const SHAPE_DJ = Int8Array.from(shapes.map((x) => x[1]))
export const SHAPE_COUNT = shapes.length

/** A bead whose lengths alone cost more than this cannot win: the anchors can take off
 * about 10 nats at most, and leaving its paragraphs unmatched is cheaper. Its anchors are
 * not computed (most cells of the band are such beads). */
export const HOPELESS = 25

/** The band's bead-cost cache for this context, made (all NaN) when missing or when it
 * was filled for another context. */
export function cacheFor(ctx: PairContext, band: Band): Float64Array {
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
export function fillCost(ctx: PairContext, cache: Float64Array, k: number, s: number, i: number, j: number): void {
  searchCost(ctx, i, SHAPE_DI[s], j, SHAPE_DJ[s], HOPELESS, cache, k)
}

/** The flat index of cell (i, j), or -1 when it lies outside the band. */
export function cellIndex(band: Band, i: number, j: number): number {
  if (i < 0 || i > band.n || j < band.lo[i] || j > band.hi[i]) return -1
  return band.offset[i] + j - band.lo[i]
}

export function coversAll(band: Band): boolean {
  for (let i = 0; i <= band.n; i++) if (band.lo[i] > 0 || band.hi[i] < band.m) return false
  return true
}

/** Per shape, for one row of the band: the cells j of that row whose bead of this shape
 * stays inside the band (lo to hi), and the flat index of the cell at its other end
 * (base + j). Found once a row, so the loops over a row's cells read three numbers per
 * shape instead of the band's bounds of the other row. Each pass over the band has its
 * own, refilled row by row. */
export interface ShapeRanges {
  lo: Int32Array
  hi: Int32Array
  base: Int32Array
}

export function newShapeRanges(): ShapeRanges {
  return { lo: new Int32Array(SHAPE_COUNT), hi: new Int32Array(SHAPE_COUNT), base: new Int32Array(SHAPE_COUNT) }
}

/** Fill `ranges` for row i: beads ending in row i (`dir` -1, their start cells) or
 * starting in it (`dir` 1, their end cells). */
export function shapeRanges(band: Band, i: number, dir: -1 | 1, ranges: ShapeRanges): void {
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

/** A wider band holds the narrower one: copy the bead costs already computed (the same
 * context gives the same costs) instead of computing them again. */
export function carryCosts(ctx: PairContext, from: Band, to: Band): void {
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
