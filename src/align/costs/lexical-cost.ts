// Dictionary-free lexical evidence: shared word stems. Translations between languages that
// share a script or can be transliterated into one keep many cognates, loan words, names
// and terms ("nationality" / "nationalité", "Religion" / "religion" / "религия"), so two
// paragraphs that say the same thing share more 4-letter word beginnings than two that do
// not (Simard, Foster and Isabelle's cognate idea, with a prefix instead of their rule).
//
// Nothing here is tuned to a language: stems are weighted by their rarity in the pair
// (inverse document frequency, so "personne" in every French paragraph says nothing), and
// the strength of the evidence is learned per document and pair from the first, length-only
// pass: how much more the paragraphs it matched share than paragraphs a few places apart.
// A pair with no cognates (German and Chinese) gets no lexical term at all.
//
// Two sections in one language need no calibration to be read: their counterparts share
// most of their words (two Portuguese translations of the Declaration share 0.66 of their
// weighted stems, article against article; articles two apart 0.07). Such a pair gets a
// fixed prior when the first pass leaves too little to learn from (an English post split
// by a foreign passage: four paragraphs against one), and there every stem counts, since
// every word of one side could have been the other's: over the stems both sides have,
// the one paragraph of a section of one shares all its weighted stems with whatever it
// faces (0.72 against an unrelated English paragraph of the same post; 0.18 over all
// stems). A pair that calibrates keeps the shared stems only: over all of them two free
// Latin translations learnt a weaker term and lost their third pass.
import type { Features } from '../features/paragraph-features.js'
import { sortedCommonWeight, type KeyMarks } from './key-marks.js'

/** Per pair: the weight of each stem id (0 for stems the other side never has), each
 * paragraph's total weight, and the calibration that turns a similarity into nats. */
export interface LexicalModel {
  weight: Float64Array
  totalA: Float64Array
  totalB: Float64Array
  /** Each paragraph's stems of non-zero weight (sorted, unique). Most stems occur on one
   * side only and can never match: the similarity walks these shorter lists and adds the
   * same weights in the same order as a walk over all the stems would. */
  stemsA: Int32Array[]
  stemsB: Int32Array[]
  /** Mean similarity of paragraphs that are not translations (a few places off the path). */
  chance: number
  /** Mean similarity of the first pass's 1:1 beads minus `chance`; 0 disables the term. */
  span: number
  /** span in pooled standard deviations of the two (d′). */
  separation: number
  /** Nats per unit of (similarity - chance) / span, sign aside: perBead scaled down by
   * the separation. */
  scale: number
}

const lexicalWeights = {
  /** Nats taken off a bead whose similarity is that of a typical translation. */
  perBead: 1.5,
  /** The scaled similarity is clamped to [low, high]: never strong evidence alone. */
  low: -1,
  high: 2,
  /** Below this gap between translations and chance the stems are noise (no cognates). */
  minSpan: 0.04,
  /** The term has its full weight when translations and neighbours are this many pooled
   * standard deviations apart (d′), and proportionally less below: a pair sharing only a
   * few rare stems (Swedish and Finnish) has a mean gap but mostly noise. */
  fullSeparation: 1,
  /** And at least this many first-pass 1:1 beads to learn from. */
  minBeads: 4,
}

/** The prior of a pair in one language that could not be calibrated. Its `chance` is the
 * similarity that is evidence neither way, between that of paragraphs a few places apart
 * and that of counterparts: measured over all stems on the Declaration's articles, paired
 * two apart they share 0.05-0.08 (95th percentile 0.19-0.26), counterparts in two
 * Portuguese translations 0.66 (5th percentile 0.42), in two Persian ones 0.85, in two
 * free Latin ones only 0.26. So a bead sharing nothing costs perBead, 3 nats (less than a
 * skip mid-section: evidence, not a veto), one at the Latin median 0.4, and one at the
 * Portuguese median takes off 3.6. Measured outside the bench, which has no pair in one
 * language: 2, 4 and 6 nats gave the repost fixture's wrong row 0.771, 0.741 and 0.704. */
const sameLanguagePrior = { chance: 0.3, span: 0.3, perBead: 3 }

/** The stems of non-zero weight of each paragraph (its own array when all are). */
function weighted(fs: readonly Features[], weight: Float64Array): Int32Array[] {
  const lists: Int32Array[] = new Array(fs.length)
  for (let p = 0; p < fs.length; p++) {
    const stems = fs[p].stems
    let count = 0
    for (let k = 0; k < stems.length; k++) if (weight[stems[k]] !== 0) count++
    if (count === stems.length) {
      lists[p] = stems
      continue
    }
    const kept = new Int32Array(count)
    count = 0
    for (let k = 0; k < stems.length; k++) if (weight[stems[k]] !== 0) kept[count++] = stems[k]
    lists[p] = kept
  }
  return lists
}

/** Each paragraph's summed stem weight, added in the order of its stems. */
function totals(fs: readonly Features[], weight: Float64Array): Float64Array {
  const out = new Float64Array(fs.length)
  for (let p = 0; p < fs.length; p++) {
    const stems = fs[p].stems
    let t = 0
    for (let k = 0; k < stems.length; k++) t += weight[stems[k]]
    out[p] = t
  }
  return out
}

/** Idf weights for the pair: a stem found in df of the N paragraphs of both sides weighs
 * log(N / df); a stem found on one side only weighs 0 (it can never match), unless the
 * sides are in one language: there it is a word the other side did not use. */
export function lexicalModel(fa: readonly Features[], fb: readonly Features[], sameLanguage = false): LexicalModel {
  let size = 0
  for (const f of fa) if (f.stems.length) size = Math.max(size, f.stems[f.stems.length - 1] + 1)
  for (const f of fb) if (f.stems.length) size = Math.max(size, f.stems[f.stems.length - 1] + 1)
  const inA = new Int32Array(size)
  const inB = new Int32Array(size)
  for (let p = 0; p < fa.length; p++) {
    const stems = fa[p].stems
    for (let k = 0; k < stems.length; k++) inA[stems[k]]++
  }
  for (let p = 0; p < fb.length; p++) {
    const stems = fb[p].stems
    for (let k = 0; k < stems.length; k++) inB[stems[k]]++
  }
  const n = fa.length + fb.length
  const weight = new Float64Array(size)
  for (let k = 0; k < size; k++) {
    if ((inA[k] > 0 && inB[k] > 0) || (sameLanguage && inA[k] + inB[k] > 0)) weight[k] = Math.max(0, Math.log(n / (inA[k] + inB[k])))
  }
  return {
    weight, totalA: totals(fa, weight), totalB: totals(fb, weight),
    stemsA: weighted(fa, weight), stemsB: weighted(fb, weight),
    chance: 0, span: 0, separation: 0, scale: 0,
  }
}

/** The model of a pair in one language that calibrate left without a term: every stem
 * weighed, and the fixed prior. */
export function sameLanguageModel(fa: readonly Features[], fb: readonly Features[]): LexicalModel {
  const lm = lexicalModel(fa, fb, true)
  lm.chance = sameLanguagePrior.chance
  lm.span = sameLanguagePrior.span
  lm.scale = sameLanguagePrior.perBead
  return lm
}

/** Dice similarity of the groups A[ia, ia+na) and B[ib, ib+nb) of the model's pair, by
 * their weighted stem sets, in [0, 1]; -1 when neither group has a stem the other side
 * could match. */
function similarity(lm: LexicalModel, ia: number, na: number, ib: number, nb: number, marks: KeyMarks): number {
  let wa = 0
  let wb = 0
  for (let x = ia; x < ia + na; x++) wa += lm.totalA[x]
  for (let y = ib; y < ib + nb; y++) wb += lm.totalB[y]
  if (wa + wb === 0) return -1
  // Stems of weight 0 add nothing and are skipped by both walks below, so the model's
  // lists without them give the sums all the stems would.
  const sa = lm.stemsA
  const sb = lm.stemsB
  if (na === 1 && nb === 1) return (2 * sortedCommonWeight(sa[ia], sb[ib], lm.weight)) / (wa + wb)
  // A group: B's stems marked once, A's met in order (key-marks.ts says why).
  marks.startGroup()
  for (let y = ib; y < ib + nb; y++) marks.markInB(sb[y])
  let shared = 0
  for (let x = ia; x < ia + na; x++) shared = marks.addNewInB(sa[x], lm.weight, shared)
  return (2 * shared) / (wa + wb)
}

/** Learn how telling the stems are for this pair: mean similarity of the first pass's 1:1
 * beads against that of the same paragraphs paired two places off (not translations,
 * but on the same topic and at the same distance into the text). */
export function calibrate(lm: LexicalModel, matches: ReadonlyArray<readonly [number, number]>, marks: KeyMarks): void {
  const truths: number[] = []
  const chances: number[] = []
  for (const [i, j] of matches) {
    const s = similarity(lm, i, 1, j, 1, marks)
    if (s < 0) continue
    truths.push(s)
    for (const off of [-2, 2]) {
      if (j + off < 0 || j + off >= lm.stemsB.length) continue
      const c = similarity(lm, i, 1, j + off, 1, marks)
      if (c >= 0) chances.push(c)
    }
  }
  if (truths.length < lexicalWeights.minBeads || chances.length === 0) return
  const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length
  const variance = (xs: number[], m: number) => xs.reduce((x, y) => x + (y - m) ** 2, 0) / xs.length
  const chance = mean(chances)
  const span = mean(truths) - chance
  if (span < lexicalWeights.minSpan) return
  lm.chance = chance
  lm.span = span
  // How well the stems tell translations from neighbours (d′: the gap in pooled standard
  // deviations). A few rare shared stems give a large mean gap but a wide spread.
  lm.separation = span / Math.sqrt((variance(truths, mean(truths)) + variance(chances, chance)) / 2 + 1e-9)
  lm.scale = lexicalWeights.perBead * Math.min(1, lm.separation / lexicalWeights.fullSeparation)
}

/** The lexical part of the cost of the bead A[ia, ia+na) × B[ib, ib+nb) of the model's
 * pair, in nats (negative: evidence for the match). */
export function lexicalCost(lm: LexicalModel, ia: number, na: number, ib: number, nb: number, marks: KeyMarks): number {
  if (lm.span === 0) return 0
  const s = similarity(lm, ia, na, ib, nb, marks)
  if (s < 0) return 0
  const w = lexicalWeights
  const scaled = Math.min(w.high, Math.max(w.low, (s - lm.chance) / lm.span))
  return -lm.scale * scaled
}
