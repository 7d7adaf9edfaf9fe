// What one joint row costs: the sum, over every pair of sections, of what the row's block
// in that pair costs.
//
// A block holding one paragraph (or none) of either section of a pair is one bead and costs
// that bead. A block holding two or more of both may be that wide only because a third
// section merges: a Vietnamese paragraph that carries two articles makes the row hold both
// articles in Greek, Turkish and Hindi too, while the Greek and Turkish paragraphs still face
// each other one to one, and pairLinks (so the evaluation, and any user of one pair) splits
// the block with the pair's own search (refineBlock). Charged as one 2:2 bead, such a block
// pays for a merge the pair never makes (the 2:2 prior alone is 4 nats, in each such pair),
// and the right rows around a merge lose to wrong rows that dodge it. So a block may cost
// its cheapest inner chain of beads instead, but only when the chains describe a row that
// a merge really holds together:
// - consistent: the chains agree with each other (if s and t end a bead together, and t and
//   u do at the same paragraph of t, then s and u end one there too), so they are one
//   structure, not each pair's own search let loose inside a wide row;
// - uncuttable: no place inside the row lies on every pair's chain. A row that all pairs
//   cut at one place is two rows, and would cost the same as those two: the search would
//   merge rows for nothing. Such a row pays its whole beads, as before, and the two finer
//   rows win whenever they are on offer;
// - corroborated, per pair: every bead boundary of the pair's chain is a boundary in a third
//   section's chains as well. One pair's inner split alone is that pair's own opinion (in
//   the merge case three sections keep the two articles apart; with only two sections left
//   apart by the merge, their search alone would decide and its mistakes came back).
// The chains leave no paragraph unmatched: in a row held together by a merge every
// paragraph faces the merged one, and a skip inside a chain is the row swallowing a
// neighbour that belongs elsewhere.
// Measured on dev and the sample: without consistency el–hi of udhr-el-tr-vi-hi fell to
// 0.972; with inner chains for every uncuttable row (no corroboration), the sample's zh–ru
// fell to 0.955 and ja–zh to 0.893.
import { refineBlock } from './align-pair.js'
import { beadCost, type PairContext } from './bead-cost.js'

export interface RowPair {
  s: number
  t: number
  ctx: PairContext
}

/** What a row (paragraph indices per section) starting at `at` (a paragraph index per
 * section) costs in every pair (pairs come with s < t). */
export function rowCost(cells: number[][], at: number[], pairs: RowPair[]): number {
  const whole: number[] = []
  const inner: number[] = []
  // Per pair with an inner chain, its bead boundaries strictly inside the block, as
  // [paragraphs of s, paragraphs of t] from the row's start.
  const stops: Array<Array<[number, number]> | undefined> = []
  let any = false
  for (let k = 0; k < pairs.length; k++) {
    const { s, t, ctx } = pairs[k]
    const di = cells[s].length
    const dj = cells[t].length
    whole.push(di > 0 || dj > 0 ? beadCost(ctx, at[s], di, at[t], dj) : 0)
    inner.push(whole[k])
    const beads = di > 1 && dj > 1 ? refineBlock(ctx, at[s], di, at[t], dj) : undefined
    if (!beads || beads.some((bead) => bead.di === 0 || bead.dj === 0)) {
      stops.push(undefined)
      continue
    }
    const list: Array<[number, number]> = []
    let x = 0
    let y = 0
    let cost = 0
    for (const bead of beads) {
      cost += bead.cost
      x += bead.di
      y += bead.dj
      if (x < di) list.push([x, y])
    }
    inner[k] = Math.min(cost, whole[k])
    stops.push(list)
    any = true
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
  if (!any) return sum(whole)
  const chains = new Chains(cells, pairs, stops)
  if (!chains.consistent() || chains.canCut()) return sum(whole)
  return sum(pairs.map((_, k) => (stops[k] && chains.corroborated(k) ? inner[k] : whole[k])))
}

class Chains {
  private index = new Map<number, number>()
  constructor(
    private cells: number[][],
    private pairs: RowPair[],
    private stops: Array<Array<[number, number]> | undefined>,
  ) {
    pairs.forEach((pair, k) => this.index.set(pair.s * cells.length + pair.t, k))
  }

  /** Boundaries of the chain of sections a and b as [paragraphs of a, paragraphs of b]. */
  of(a: number, b: number): Array<[number, number]> {
    const list = this.stops[this.index.get(Math.min(a, b) * this.cells.length + Math.max(a, b))!] ?? []
    return a < b ? list : list.map(([x, y]) => [y, x])
  }

  has(a: number, b: number, x: number, y: number): boolean {
    return this.of(a, b).some(([p, q]) => p === x && q === y)
  }

  /** Through every section t in the middle: s–t and t–u ending at t's y means s–u ends
   * there too. */
  consistent(): boolean {
    const n = this.cells.length
    for (let t = 0; t < n; t++) {
      for (let s = 0; s < n; s++) {
        for (let u = s + 1; u < n; u++) {
          if (s === t || u === t) continue
          const tu = this.of(t, u)
          for (const [y, x] of this.of(t, s)) {
            for (const [y2, z] of tu) if (y === y2 && !this.has(s, u, x, z)) return false
          }
        }
      }
    }
    return true
  }

  /** Every boundary of pair k's chain is one of a third section's chain with either of
   * k's sections (with consistent chains, then with both). */
  corroborated(k: number): boolean {
    const { s, t } = this.pairs[k]
    return this.of(s, t).every(([x, y]) =>
      this.cells.some((_, u) => u !== s && u !== t && (this.of(s, u).some(([p]) => p === x) || this.of(t, u).some(([q]) => q === y))),
    )
  }

  /** Whether some place strictly inside the row (a paragraph count per section, neither
   * all at the start nor all at the end) lies on every pair's chain. A section empty in
   * the row, or a pair with an empty side (skips only), fits any place. Sections are given
   * a place one at a time, each checked against the pairs with the sections before it;
   * rows are small. */
  canCut(): boolean {
    const sizes = this.cells.map((list) => list.length)
    const n = sizes.length
    const place = new Array<number>(n).fill(0)
    const fits = (s: number, t: number) => {
      const x = place[s]
      const y = place[t]
      if (sizes[s] === 0 || sizes[t] === 0) return true
      if ((x === 0 && y === 0) || (x === sizes[s] && y === sizes[t])) return true
      return this.has(s, t, x, y)
    }
    const search = (u: number): boolean => {
      if (u === n) return place.some((p) => p > 0) && place.some((p, s) => p < sizes[s])
      for (let p = 0; p <= sizes[u]; p++) {
        place[u] = p
        let ok = true
        for (let s = 0; s < u && ok; s++) ok = fits(s, u)
        if (ok && search(u + 1)) return true
      }
      return false
    }
    return search(0)
  }
}
