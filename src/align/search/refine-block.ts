// The finest beads of a block known to belong together.
import { beadCost, shapes, type PairContext } from '../costs/bead-cost.js'
import { SHAPE_DI, SHAPE_DJ, type Bead } from './band.js'

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
