// The cost of one bead (a group of paragraphs of A facing a group of B) and of leaving a
// paragraph unmatched. Costs are in nats (-log probability), so the search adds them and
// the forward-backward pass turns them back into probabilities for the confidence.
import { FLAG_CONTINUED, FLAG_HEADING, FLAG_NOTE } from '../features/paragraph-features.js'
import { anchorCost } from './anchor-cost.js'
import type { KeyMarks } from './key-marks.js'
import { lengthCost, type LengthModel } from './length-model.js'
import { lexicalCost, type LexicalModel } from './lexical-cost.js'
import type { Side } from './side.js'
import { translationCost, type TranslationModel } from './translation-cost.js'

export interface PairContext {
  a: Side
  b: Side
  model: LengthModel
  /** False in the first, rough pass: lengths, shapes and skips only. The anchors cost
   * most to compute, and the second pass, near the first one's path, adds them. */
  anchors: boolean
  /** Shared word stems, learned for the pair (second pass only). */
  lexical?: LexicalModel
  /** Word translations learnt from an earlier pass's confident rows (last pass only). */
  translation?: TranslationModel
  /** Scratch of the group measures (anchors and stems): the pair's own, so that no cost
   * reads marks another pair left. */
  marks: KeyMarks
}

/** The shapes the search tries, as [paragraphs of A, paragraphs of B]. 1:3 and 3:1 cover a
 * page-break split plus a translator's merge; 2:2 a merge on each side. */
export const shapes: ReadonlyArray<readonly [number, number]> = [
  [1, 1], [1, 0], [0, 1], [1, 2], [2, 1], [2, 2], [1, 3], [3, 1],
]

/** Whether the rough, length-only pass tries a shape: 1:1, single skips,
 * 1:2 and 2:1; the second pass, near its path, tries all. */
export const roughShape: readonly boolean[] = shapes.map(([di, dj]) => di === 0 || dj === 0 || di + dj <= 3)

/** In a run of unmatched paragraphs, the first costs its skip cost (the gap opens) and
 * each further one a fraction of its own (it extends): a lost page or an abridged passage
 * is one omission, not several. Entry r - 1 is the fraction for the paragraph that follows
 * a run of r, the last entry for every longer run. The pair search keeps the run's length
 * in its state (gap-states.ts); a joint row of several unmatched paragraphs is priced the
 * same. The fractions never grow and stay at most 1 (the search's pruning relies on it).
 * Measured on hard-dev and dev (F1 hard-dev / dev): a flat extension, Gotoh's affine gap,
 * at 0.25 broke dev (0.935 / 0.986), at 0.5 gave 0.936 / 0.994, at 0.7 and 1 lost the
 * omitted stretches (0.913); runs of two and three at full price and 0.25 from the fourth
 * paragraph on gave 0.946 / 0.994 (0.15 or 0.35 there: 0.940, 0.935; from the third on:
 * 0.941; from the fifth: 0.937). Cheap short runs make "nothing matches" likely enough in
 * a short document to halve its right rows' confidence, and let a section's mismatched
 * pair of paragraphs go unmatched instead of aligned. */
export const gapRunFactors: readonly number[] = [1, 1, 1, 0.25]

/** What paragraph `k` of a run (k ≥ 1: a run of k is open already) costs, given its own skip cost. */
export function gapExtendCost(skip: number, k: number): number {
  return gapRunFactors[Math.min(k, gapRunFactors.length) - 1] * skip
}

/** -log prior of each shape relative to 1:1 (Gale & Church's figures, rounded: merges are
 * about a tenth as common as 1:1, 2:2 and 1:3 about a hundredth). */
const shapePrior = {
  oneToTwo: 2.3,
  twoToTwo: 4.0,
  oneToThree: 4.0,
  /** Shapes the search never makes but a joint row can project to (3:2, say). */
  perExtra: 2.3,
  /** A merge across a paragraph that ends in mid-sentence is a page break, not a merge. */
  continuedDiscount: 1.5,
  /** A heading or signature swallowed into a merge: rarely right. */
  headingInGroup: 2.0,
  /** A merge whose last paragraph goes on in the next one ("Now, therefore," before the
   * Assembly's paragraph, a page break's first half) cuts that sentence in two: charged
   * what joining it to its continuation saves (continuedDiscount). */
  continuedAtEnd: 1.5,
}

function groupPenalty(s: Side, start: number, count: number): number {
  let cost = 0
  const fs = s.flags
  for (let k = start; k < start + count - 1; k++) {
    const flags = fs[k]
    if ((flags & FLAG_CONTINUED) !== 0) cost -= shapePrior.continuedDiscount
    if ((flags & (FLAG_HEADING | FLAG_NOTE)) !== 0) cost += shapePrior.headingInGroup
  }
  if (count > 1 && (fs[start + count - 1] & (FLAG_HEADING | FLAG_NOTE)) !== 0) cost += shapePrior.headingInGroup
  if (count > 1 && (fs[start + count - 1] & FLAG_CONTINUED) !== 0) cost += shapePrior.continuedAtEnd
  return cost
}

function prior(di: number, dj: number): number {
  if (di === 1 && dj === 1) return 0
  if (di + dj === 3) return shapePrior.oneToTwo
  if (di === 2 && dj === 2) return shapePrior.twoToTwo
  if ((di === 1 && dj === 3) || (di === 3 && dj === 1)) return shapePrior.oneToThree
  return shapePrior.oneToThree + shapePrior.perExtra * (di + dj - 4)
}

/** The part of a bead's cost that does not depend on the length model (shape prior,
 * group penalties, anchors; or the skips). */
function fixedCost(ctx: PairContext, i: number, di: number, j: number, dj: number): number {
  if (di === 0 || dj === 0) return skipsCost(ctx, i, di, j, dj)
  return matchedFixedCost(ctx, i, di, j, dj, ctx.a.prefix[i + di] - ctx.a.prefix[i], ctx.b.prefix[j + dj] - ctx.b.prefix[j])
}

/** A run of unmatched paragraphs (one side's count is 0) as the pair search prices it:
 * the first opens the gap, the others extend it. */
function skipsCost(ctx: PairContext, i: number, di: number, j: number, dj: number): number {
  const skips = di > 0 ? ctx.a.skips : ctx.b.skips
  const start = di > 0 ? i : j
  const run = di > 0 ? di : dj
  let cost = run > 0 ? skips[start] : 0
  for (let k = 1; k < run; k++) cost += gapExtendCost(skips[start + k], k)
  return cost
}

/** fixedCost of a bead with paragraphs on both sides, given their lengths la and lb. */
function matchedFixedCost(ctx: PairContext, i: number, di: number, j: number, dj: number, la: number, lb: number): number {
  let cost = prior(di, dj)
  if (di > 1) cost += groupPenalty(ctx.a, i, di)
  if (dj > 1) cost += groupPenalty(ctx.b, j, dj)
  // Lengths are in Latin-letter units on both sides already; the short-paragraph bonus
  // only needs "short", not the pair's exact ratio.
  if (!ctx.anchors) return cost
  cost += anchorCost(ctx.a.features, i, di, ctx.b.features, j, dj, la, lb, ctx.marks)
  if (ctx.lexical) cost += lexicalCost(ctx.lexical, i, di, j, dj, ctx.marks)
  if (ctx.translation) cost += translationCost(ctx.translation, i, di, j, dj)
  return cost
}

/** What the search asks for, written to `out[k]`: modelCost, plus fixedCost unless
 * modelCost alone exceeds `hopeless`. One function so that the group lengths are read from
 * the prefix sums once, not once for each part. It returns nothing: a double returned from
 * a call that is not inlined is a new heap number, and the search costs millions of beads. */
export function searchCost(ctx: PairContext, i: number, di: number, j: number, dj: number, hopeless: number, out: Float64Array, k: number): void {
  if (di === 0 || dj === 0) {
    // modelCost is 0 here; 0 + fixed is what the two parts gave.
    out[k] = 0 + skipsCost(ctx, i, di, j, dj)
    return
  }
  const la = ctx.a.prefix[i + di] - ctx.a.prefix[i]
  const lb = ctx.b.prefix[j + dj] - ctx.b.prefix[j]
  const model = lengthCost(la, lb, ctx.model)
  out[k] = model > hopeless ? model : model + matchedFixedCost(ctx, i, di, j, dj, la, lb)
}

/** normalTailCost never goes below -TAIL_SLACK (its least value is -3e-8, at z = 0: the
 * erfc approximation's error). Checked on a grid of z from 1e-300 to 1e300. */
const TAIL_SLACK = 1e-6

/** A lower bound of searchCost for any bead of `di` by `dj` paragraphs (both above 0) in
 * a context without anchors, knowing neither the lengths nor the paragraphs: the search
 * skips a bead whose bound already loses, and the length model is most of searchCost's
 * time (a square root, four divisions and a log). */
export function roughFloor(di: number, dj: number, hopeless: number): number {
  // Without anchors a bead costs model + prior + group penalties when model <= hopeless,
  // else model (> hopeless). model >= -TAIL_SLACK; a group penalty is at least one
  // continuedDiscount off for each paragraph but the last (headings, notes and a continued
  // last paragraph only add); and a sum
  // is monotone in each term, rounding included.
  const floor = -TAIL_SLACK + (prior(di, dj) - shapePrior.continuedDiscount * (di - 1 + dj - 1))
  return floor < hopeless ? floor : hopeless
}

/** The part that does: how well the lengths fit the pair's ratio. */
function modelCost(ctx: PairContext, i: number, di: number, j: number, dj: number): number {
  if (di === 0 || dj === 0) return 0
  return lengthCost(ctx.a.prefix[i + di] - ctx.a.prefix[i], ctx.b.prefix[j + dj] - ctx.b.prefix[j], ctx.model)
}

/** Cost of A[i, i+di) against B[j, j+dj). Either count may be 0 (unmatched paragraphs). */
export function beadCost(ctx: PairContext, i: number, di: number, j: number, dj: number): number {
  return fixedCost(ctx, i, di, j, dj) + modelCost(ctx, i, di, j, dj)
}
