// How sure the alignment is of each row, from the forward-backward marginals of every pair
// the row touches.
import { beadCost } from '../costs/bead-cost.js'
import type { PairAlignment } from '../search/align-pair.js'
import { marginals, type Marginals } from '../search/marginals.js'
import { blockProbability, segmentProbability, skipProbability } from '../search/segment-probability.js'
import type { RowPair } from '../search/row-cost.js'

/** A row's segment in one pair: where it starts in each section and how many paragraphs
 * of each it holds. */
interface Segment {
  i: number
  di: number
  j: number
  dj: number
}

function projections(rows: number[][][], s: number, t: number): Array<Segment | undefined> {
  let i = 0
  let j = 0
  return rows.map((cells) => {
    const di = cells[s].length
    const dj = cells[t].length
    if (di === 0 && dj === 0) return undefined
    const seg = { i, di, j, dj }
    i += di
    j += dj
    return seg
  })
}

/** A row's confidence: the mean, over the pairs it touches, of the probability that the
 * pair's alignment holds exactly this segment (forward-backward marginals). The mean, not
 * the least: the joint search settles rows one pair alone is unsure of (the sample's
 * Chinese and Russian lengths alone cannot tell 2:2 from two 1:1 rows; English can). */
export function rowConfidence(rows: number[][][], pairs: ReadonlyArray<RowPair & { alignment: PairAlignment }>): number[] {
  const sum = rows.map(() => 0)
  const count = rows.map(() => 0)
  for (const pair of pairs) {
    const mg: Marginals = marginals(pair.ctx, pair.alignment.band)
    projections(rows, pair.s, pair.t).forEach((seg, r) => {
      if (!seg) return
      const p =
        seg.di + seg.dj === 1
          ? skipProbability(pair.ctx, mg, seg.i, seg.j, seg.di === 1)
          : (seg.di > 1 && seg.dj > 1) || seg.di === 0 || seg.dj === 0
          ? blockProbability(pair.ctx, mg, seg.i, seg.j, seg.i + seg.di, seg.j + seg.dj)
          : segmentProbability(mg, seg.i, seg.j, seg.i + seg.di, seg.j + seg.dj, beadCost(pair.ctx, seg.i, seg.di, seg.j, seg.dj))
      sum[r] += p
      count[r]++
    })
  }
  return sum.map((x, r) => (count[r] ? x / count[r] : 1))
}
