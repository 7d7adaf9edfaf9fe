// What one joint row costs: the sum, over every pair of sections, of what the row's block
// in that pair costs. A block is one bead, except where another section's merge holds the
// row together.
//
// A Vietnamese paragraph that carries two articles makes its row hold both articles in
// Greek, Turkish and Hindi too, one paragraph each. Those three still face each other one to
// one, and pairLinks (so the evaluation, and any user of one pair) splits their blocks with
// the pair's own search (refineBlock). Charged as one 2:2 bead, each such block pays for a
// merge its pair never makes (the 2:2 prior alone is 4 nats, in each of the three pairs),
// and the right rows around a merge lose to wrong rows that dodge it. So a block of k
// paragraphs of both sections whose cheapest inner chain is k 1:1 beads costs that chain,
// when the sections so matched one to one form a group that a merge holds together:
// - every two sections of a group are matched one to one (s with t and t with u, then s
//   with u): the chains are one structure, not each pair's own search let loose inside a
//   wide row;
// - a group has three sections at least: two sections alone inside a merge row would be
//   aligned by their own search alone, the mistakes the joint search is there to overrule;
// - some section with paragraphs in the row is outside the group (the one that merges):
//   a row whose every section is in one group is k rows, and would cost what those k rows
//   cost, so the search could merge rows for nothing. It pays its whole beads, and the
//   finer rows win whenever they are on offer.
// Only 1:1 chains count: a chain with its own merge, split or skip inside is a second
// event in the row, which the whole bead prices.
// Measured on dev and the sample (bench/align.js), against versions that credited any
// consistent inner chain of a row no place inside could cut: with every chain, not only
// 1:1 ones, udhr-el-tr-vi-hi's tr–vi fell to 0.970 (a Turkish paragraph left unmatched
// beside a 3:2 row whose Greek split the chains made free); without the group of three,
// in three-section documents two sections were credited inside the third's merge and
// ja–zh fell to 0.893, sv–fi to 0.974; without the chains agreeing, el–hi fell to 0.972
// and the sample's zh–ru to 0.955 (here the group of three already rules those rows out:
// no dev document needs the first rule on top of it, which stays for what it says).
import { beadCost, type PairContext } from '../costs/bead-cost.js'
import { refineBlock } from './refine-block.js'

export interface RowPair {
  s: number
  t: number
  ctx: PairContext
}

/** What a row (paragraph indices per section) starting at `at` (a paragraph index per
 * section) costs in every pair. */
export function rowCost(cells: number[][], at: number[], pairs: RowPair[]): number {
  // A group needs three sections of k paragraphs and a fourth section beside it: count
  // them first, so rows that cannot have one (every row of fewer than four sections)
  // cost no inner search.
  const sizes = cells.map((list) => list.length)
  const filled = sizes.filter((size) => size > 0).length
  const sameSize = (size: number) => sizes.filter((x) => x === size).length >= 3
  let whole = 0
  // Per pair matched one to one, what its chain saves on its whole bead.
  const saved: number[] = []
  // Per section, the sections it is matched one to one with, itself included.
  let group: number[][] | undefined
  for (let k = 0; k < pairs.length; k++) {
    const { s, t, ctx } = pairs[k]
    const di = cells[s].length
    const dj = cells[t].length
    if (di === 0 && dj === 0) continue
    const cost = beadCost(ctx, at[s], di, at[t], dj)
    whole += cost
    if (di !== dj || di < 2 || filled < 4 || !sameSize(di)) continue
    const beads = refineBlock(ctx, at[s], di, at[t], dj)
    if (!beads || beads.some((bead) => bead.di !== 1 || bead.dj !== 1)) continue
    saved[k] = Math.max(0, cost - beads.reduce((sum, bead) => sum + bead.cost, 0))
    group ??= cells.map((_, u) => [u])
    group[s].push(t)
    group[t].push(s)
  }
  if (!group) return whole
  const same = (a: number[], b: number[]) => a.length === b.length && a.every((u) => b.includes(u))
  for (let k = 0; k < pairs.length; k++) {
    if (saved[k] !== undefined && !same(group[pairs[k].s], group[pairs[k].t])) return whole
  }
  if (group.some((members) => members.length === filled)) return whole
  let total = whole
  for (let k = 0; k < pairs.length; k++) if (saved[k] !== undefined && group[pairs[k].s].length >= 3) total -= saved[k]
  return total
}
