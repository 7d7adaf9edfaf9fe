// A word-translation table learnt from the document itself: IBM Model 1 (Brown et al.
// 1993) trained by expectation-maximisation on the confident 1:1 beads of an earlier pass,
// over the paragraphs' word stems. Unlike the shared stems (lexical-cost.ts), it links
// words of unrelated scripts ("право" / "right", "权利" / "right") once they co-occur in
// enough rows, so English and Russian gain a lexical signal without any dictionary.
//
// A bead's score is the translation mass B's stems receive from A's, Σ_y Σ_f∈y Σ_e∈x t(f|e),
// over √(stems of A × stems of B): a paragraph wrongly added to a group adds stems and
// little mass, so over-merged beads score lower. The score turns into nats the way the
// shared stems do: the half of the 1:1 beads it was not trained on, against the same
// paragraphs paired two places off.
import { trainModelOne, type ModelOneBead, type RenumberedTable, type Table } from './model-one.js'
import type { Side } from './side.js'

export interface TranslationModel {
  /** Per paragraph of A: the translation mass it gives each stem of B (t(f|e) summed over
   * its stems e, entries below minT left out); made when first asked for (massOf), as most
   * models are dropped after calibration has asked for a few paragraphs. */
  mass: Array<Mass | undefined>
  table: Table
  /** Set when the table is a lexicon's (RenumberedTable): its stems f by their ids here. */
  fOf?: Int32Array
  stemsA: Int32Array[]
  /** massOf's scratch, by stem id of B. */
  sums?: Float64Array
  stemsB: Int32Array[]
  /** Rarity of each stem of B by its id (idf over B's paragraphs): a word every paragraph
   * holds ("right", "право") tells no paragraph from its neighbours. */
  weightB: Float64Array
  /** Each paragraph's summed stem rarity, on its own side. */
  countA: Float64Array
  countB: Float64Array
  /** d(x, y) of paragraphs already asked for, keyed x * (m + 1) + y; for a model kept for
   * the search, in `dots` instead (NaN until asked) when that stays small: the search
   * asks for each d(x, y) once for every bead that holds the pair, and a Map's lookups
   * and its values (heap numbers) cost more. */
  cache: Map<number, number>
  dots?: Float64Array
  m: number
  chance: number
  span: number
  separation: number
}

const settings = {
  /** Beads a document's table is trained on at most (spread evenly over the document): enough for the words that
   * matter, and training time stays bounded on long documents. */
  maxPairs: 240,
  iterations: 4,
  /** t(f|e) below this is noise and left out of the per-paragraph mass. */
  minT: 0.02,
  /** Fewer confident 1:1 rows than this teach too few words to trust (with 8, a short
   * dev document lost a right row to a table learnt from 25). */
  minPairs: 30,
  /** A table given (a batch's lexicon) needs beads only to be calibrated on: four, as the
   * shared stems (lexical-cost.ts). Short documents, which never have 30, are the ones a
   * lexicon helps (bench/align-lexicon.js: 0.962 → 0.966 with 4, 0.962 with 15). */
  minCalibration: 4,
  perBead: 2,
  low: -0.3,
  high: 2,
  minSpan: 0.03,
  fullSeparation: 1,
}

/** Training's settings, which a batch's lexicon (lexicon/learn-lexicon.ts) shares. */
export const translationSettings: { readonly maxPairs: number; readonly iterations: number; readonly minT: number } = settings

/** The beads a document's table is trained on: at most maxPairs, spread evenly over the
 * document, so training time stays bounded on long documents. */
export function spreadBeads<T>(matches: readonly T[], most = settings.maxPairs): T[] {
  const step = Math.max(1, matches.length / most)
  const used: T[] = []
  for (let k = 0; k < matches.length && used.length < most; k = Math.floor(used.length * step)) used.push(matches[k])
  return used
}

function train(a: Side, b: Side, matches: ReadonlyArray<readonly [number, number]>): Table {
  const pairs: ModelOneBead[] = []
  for (const [i, j] of spreadBeads(matches)) {
    if (a.features[i].stems.length === 0) continue
    pairs.push({ es: a.features[i].stems, fs: b.features[j].stems })
  }
  return trainModelOne(pairs, settings.iterations, settings.minT)
}

/** log(N / df) of each stem over a side's N paragraphs, by stem id (the ids are an
 * Interner's: small, from 0), 0 for ids the side does not hold. */
function rarity(side: Side): Float64Array {
  let size = 0
  for (const f of side.features) for (let k = 0; k < f.stems.length; k++) size = Math.max(size, f.stems[k] + 1)
  const df = new Int32Array(size)
  for (const f of side.features) for (let k = 0; k < f.stems.length; k++) df[f.stems[k]]++
  const n = side.features.length
  const out = new Float64Array(size)
  for (let stem = 0; stem < size; stem++) if (df[stem] > 0) out[stem] = Math.log((n + 1) / df[stem])
  return out
}

/** A paragraph's translation mass: the stems f it gives any mass to, ascending, and the
 * mass of each. Sorted like a paragraph's stems (paragraph-features.ts), so that a dot
 * product walks the two lists together, in the order of B's stems, instead of looking
 * each of them up in a Map (whose double values would be a heap number each). */
interface Mass {
  fs: Int32Array
  ms: Float64Array
}

function dot(tm: TranslationModel, x: number, y: number): number {
  const key = x * (tm.m + 1) + y
  const table = tm.dots
  if (table) {
    const known = table[key]
    if (known === known) return known
  } else {
    const known = tm.cache.get(key)
    if (known !== undefined) return known
  }
  const mass = tm.mass[x] ?? massOf(tm, x)
  const fs = tm.stemsB[y]
  const mf = mass.fs
  const mm = mass.ms
  const weightB = tm.weightB
  let d = 0
  // both ascending: each stem of B, in its order, meets its mass or learns it has none
  let p = 0
  for (let q = 0; q < fs.length && p < mf.length; q++) {
    const f = fs[q]
    while (p < mf.length && mf[p] < f) p++
    if (p < mf.length && mf[p] === f) d += mm[p] * weightB[f]
  }
  if (table) table[key] = d
  else tm.cache.set(key, d)
  return d
}

/** The most entries of a model's d(x, y) table (8 MB). */
const TABLE_MAX = 1 << 20


function massOf(tm: TranslationModel, x: number): Mass {
  // Summed in a table by stem id (0 where not met yet), each stem's terms in the order of
  // A's stems and of each one's row.
  const sums = (tm.sums ??= new Float64Array(tm.weightB.length))
  const met: number[] = []
  const stems = tm.stemsA[x]
  const fOf = tm.fOf
  for (let p = 0; p < stems.length; p++) {
    const row = tm.table.get(stems[p])
    if (!row) continue
    for (let k = 0; k < row.fs.length; k++) {
      const f = fOf === undefined ? row.fs[k] : fOf[row.fs[k]] - 1
      if (f < 0) continue
      if (sums[f] === 0) met.push(f)
      sums[f] += row.ts[k]
    }
  }
  const fs = Int32Array.from(met).sort()
  const ms = new Float64Array(fs.length)
  for (let k = 0; k < fs.length; k++) {
    ms[k] = sums[fs[k]]
    sums[fs[k]] = 0
  }
  const out = { fs, ms }
  tm.mass[x] = out
  return out
}

function score(tm: TranslationModel, ia: number, na: number, ib: number, nb: number): number {
  let ca = 0
  let cb = 0
  for (let x = ia; x < ia + na; x++) ca += tm.countA[x]
  for (let y = ib; y < ib + nb; y++) cb += tm.countB[y]
  if (ca === 0 || cb === 0) return -1
  let d = 0
  for (let x = ia; x < ia + na; x++) for (let y = ib; y < ib + nb; y++) d += dot(tm, x, y)
  return d / Math.sqrt(ca * cb)
}

/** Each paragraph's stem rarities summed, in the order of its stems (a loop, not reduce:
 * reduce's running sum passes through a callback, a heap number a stem). */
function summedRarity(side: Side, w: Float64Array): Float64Array {
  const out = new Float64Array(side.features.length)
  for (let p = 0; p < out.length; p++) {
    const stems = side.features[p].stems
    let sum = 0
    for (let k = 0; k < stems.length; k++) sum += w[stems[k]]
    out[p] = sum
  }
  return out
}

/** The model for a pair, learnt from `matches` (1:1 beads believed right), calibrated on
 * them against neighbours; undefined when there is too little to learn from or the table
 * does not tell translations from neighbours. With `given` (a batch's lexicon over this
 * document's stems, lexicon/lexicon.ts) nothing is learnt: every match calibrates it, and
 * a few suffice. */
export function translationModel(a: Side, b: Side, matches: ReadonlyArray<readonly [number, number]>, given?: RenumberedTable): TranslationModel | undefined {
  if (matches.length < (given ? settings.minCalibration : settings.minPairs)) return undefined
  // Trained on every other match and calibrated on the rest: scored on its own training
  // rows, the table finds them translations far more clearly than it will find new ones.
  const t = given?.table ?? train(a, b, matches.filter((_, k) => k % 2 === 0))
  const calibration = given ? matches : matches.filter((_, k) => k % 2 === 1)
  const weightA = rarity(a)
  const weightB = rarity(b)
  const tm: TranslationModel = {
    mass: new Array(a.features.length).fill(undefined), table: t, fOf: given?.fOf, stemsA: a.features.map((f) => f.stems), stemsB: b.features.map((f) => f.stems), weightB,
    countA: summedRarity(a, weightA), countB: summedRarity(b, weightB),
    cache: new Map(), m: b.features.length, chance: 0, span: 0, separation: 0,
  }
  const truths: number[] = []
  const chances: number[] = []
  for (const [i, j] of calibration) {
    const s = score(tm, i, 1, j, 1)
    if (s < 0) continue
    truths.push(s)
    for (const off of [-2, 2]) {
      if (j + off < 0 || j + off >= tm.m) continue
      const c = score(tm, i, 1, j + off, 1)
      if (c >= 0) chances.push(c)
    }
  }
  if (truths.length < (given ? settings.minCalibration : settings.minPairs / 2) || chances.length === 0) return undefined
  const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length
  const variance = (xs: number[], mu: number) => xs.reduce((x, y) => x + (y - mu) ** 2, 0) / xs.length
  tm.chance = mean(chances)
  tm.span = mean(truths) - tm.chance
  if (tm.span < settings.minSpan) return undefined
  tm.separation = tm.span / Math.sqrt((variance(truths, mean(truths)) + variance(chances, tm.chance)) / 2 + 1e-9)
  const entries = a.features.length * (tm.m + 1)
  if (entries <= TABLE_MAX) {
    tm.dots = new Float64Array(entries).fill(NaN)
    for (const [key, d] of tm.cache) tm.dots[key] = d
  }
  return tm
}

/** The table's part of the cost of A[ia, ia+na) × B[ib, ib+nb), in nats (negative:
 * evidence for the match). */
export function translationCost(tm: TranslationModel, ia: number, na: number, ib: number, nb: number): number {
  const s = score(tm, ia, na, ib, nb)
  if (s < 0) return 0
  const w = settings
  const scaled = Math.min(w.high, Math.max(w.low, (s - tm.chance) / tm.span))
  return -w.perBead * Math.min(1, tm.separation / w.fullSeparation) * scaled
}
