// One pair of sequences aligned: the two passes of the banded search, with the length
// model and the lexical evidence learned from the first for the second.
import { initialModel, lengthDeviation, reestimate } from '../costs/length-model.js'
import { calibrate, lexicalModel, sameLanguageModel } from '../costs/lexical-cost.js'
import { KeyMarks } from '../costs/key-marks.js'
import type { PairContext } from '../costs/bead-cost.js'
import { sameLanguage, type Side } from '../costs/side.js'
import type { RenumberedTable } from '../costs/model-one.js'
import { translationModel } from '../costs/translation-cost.js'
import { alignPair, type PairAlignment } from './align-pair.js'

/** A pair's alignment and the context (costs) it was found under. */
export interface PairResult {
  ctx: PairContext
  alignment: PairAlignment
  /** The second pass's confident 1:1 beads (what a word table is learnt from). */
  confident: Array<[number, number]>
}

export interface PairOptions {
  /** A batch lexicon's table over this document's stems, used instead of one learnt from
   * the document (lexicon/lexicon.ts). */
  table?: RenumberedTable
  /** Only the confident beads are wanted (a batch learning its lexicon): no third pass. */
  learning?: boolean
}

/** Align a pair twice: first roughly (lengths only, with the ratio of the sections'
 * total lengths), then near that path with the anchors and with the ratio and spread
 * re-learned from the first pass's clean 1:1 beads; then a third time with a word table
 * learnt from the second pass, unless a batch's lexicon gave the second pass one. */
export function alignTwo(a: Side, b: Side, options: PairOptions = {}): PairResult {
  const marks = new KeyMarks()
  // Every pass's context has the same fields in the same order (the absent ones undefined),
  // so the cost functions that read them see one object shape.
  const rough: PairContext = { a, b, model: initialModel(a.lengths, b.lengths), anchors: false, lexical: undefined, translation: undefined, marks }
  const first = alignPair(rough)
  const pairs: Array<[number, number]> = []
  const matches: Array<[number, number]> = []
  for (const bead of first.beads) {
    if (bead.di !== 1 || bead.dj !== 1) continue
    const la = a.lengths[bead.i]
    const lb = b.lengths[bead.j]
    if (Math.abs(lengthDeviation(la, lb, rough.model)) < 2) {
      pairs.push([la, lb])
      matches.push([bead.i, bead.j])
    }
  }
  let lexical = lexicalModel(a.features, b.features)
  calibrate(lexical, matches, marks)
  // Two sections in one language can be read without calibration (lexical-cost.ts).
  if (lexical.span === 0 && sameLanguage(a, b)) lexical = sameLanguageModel(a.features, b.features)
  // A batch's lexicon needs no beads to learn from, only to calibrate on: the second pass
  // reads it at once, and no third pass is needed (on the bench's sets, aligning with
  // the lexicon in a third pass gives the same links). One that does not tell this
  // document's translations from their neighbours leaves it to the document's own table.
  const known = options.table && !options.learning ? translationModel(a, b, matches, options.table) : undefined
  const ctx: PairContext = { a, b, model: reestimate(pairs, rough.model), anchors: true, lexical, translation: known, marks }
  const second = alignPair(ctx, first.beads)
  if (known) return { ctx, alignment: second, confident: confidentMatches(second.beads) }
  // Third pass: a word-translation table learnt from the second pass's confident 1:1
  // beads (cheaper than a typical 1:1 bead), then the search again near its path.
  const confident = confidentMatches(second.beads)
  const translation = options.learning ? undefined : translationModel(a, b, confident)
  if (!translation) return { ctx, alignment: second, confident }
  const third: PairContext = { ...ctx, translation }
  return { ctx: third, alignment: alignPair(third, second.beads), confident }
}

/** The 1:1 beads of a pass that cost no more than almost all its 1:1 beads (the costliest one in a hundred left out). */
function confidentMatches(beads: ReadonlyArray<{ i: number; di: number; j: number; dj: number; cost: number }>): Array<[number, number]> {
  const ones = beads.filter((b) => b.di === 1 && b.dj === 1)
  if (ones.length === 0) return []
  const costs = ones.map((b) => b.cost).sort((x, y) => x - y)
  const cut = costs[Math.floor(costs.length * 0.99)]
  return ones.filter((b) => b.cost <= cut).map((b) => [b.i, b.j])
}
