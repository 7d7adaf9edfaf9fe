// What the aligner reads off one paragraph: its figures and dates, names, word stems,
// quotation marks and brackets, and its kind (paragraph-kind.ts). The costs compare these
// between paragraphs; nothing here knows about the other side.
import { extractQuantities } from './quantities/extract-quantities.js'
import type { Quantity } from './quantities/quantity.js'
import { grownTo } from '../../text/grown-to.js'
import type { Interner } from './interner.js'
import { NameKeys } from './name-keys.js'
import { paragraphKind, type ParagraphKind } from './paragraph-kind.js'
import { NO_KEYS } from './sorted-unique.js'
import { WordStems } from './word-stems.js'

export interface Features {
  /** Figures and dates as interned keys (see `Interner`), sorted: "n400000", "d1-1", "m11". */
  numbers: Int32Array
  /** Weight of each key in `numbers` (a bare 1 says little, a date says much). */
  weights: Float64Array
  /** Name keys (consonant skeletons of capitalised Latin/Cyrillic words), interned, sorted, unique. */
  names: Int32Array
  /** Word stems (stem-of.ts, word-stems.ts) as interned keys, sorted, unique. */
  stems: Int32Array
  /** The quantities the keys above come from, kept so that the discrepancy check reads
   * them from here instead of extracting them a second time. */
  quantities: readonly Quantity[]
  kind: ParagraphKind
  /** kind again as a bit (KIND_FLAGS), with FLAG_QUOTE (a quotation mark) and FLAG_PAREN
   * (an opening parenthesis): anchorCost and the group penalties run for millions of beads
   * and read one number instead of comparing strings and reading several fields. */
  flags: number
  /** The sum of `weights` in order (what figureTerms totals for a paragraph facing one
   * with no figures). */
  weightSum: number
}

export const FLAG_PAREN = 1
export const FLAG_QUOTE = 2
export const FLAG_NOTE = 4
export const FLAG_HEADING = 8
export const FLAG_SENTENCE = 16
export const FLAG_CONTINUED = 32
const KIND_FLAGS: Record<ParagraphKind, number> = { note: FLAG_NOTE, heading: FLAG_HEADING, sentence: FLAG_SENTENCE, continued: FLAG_CONTINUED }

// Regexes without the u flag (all the marks are single code units). One of them scans the
// paragraph for any mark, in less than half the time of ten includes(), one per mark; a
// paragraph without marks, most of them, is scanned once, not again for each kind.
const MARK = /["«»“”„「」『』(（]/g
const QUOTE_MARK = /["«»“”„「」『』]/g

/** FLAG_QUOTE if the text has a quotation mark, FLAG_PAREN if an opening parenthesis. */
function marksOf(text: string): number {
  MARK.lastIndex = 0
  if (!MARK.test(text)) return 0
  // The first mark of either kind ends at lastIndex: the other kind can only come after it.
  const after = MARK.lastIndex
  const first = text.charCodeAt(after - 1)
  if (first === 0x28 || first === 0xff08) {
    QUOTE_MARK.lastIndex = after
    return FLAG_PAREN | (QUOTE_MARK.test(text) ? FLAG_QUOTE : 0)
  }
  return FLAG_QUOTE | (text.includes('(', after) || text.includes('（', after) ? FLAG_PAREN : 0)
}

/** What featuresOf keeps from paragraph to paragraph, one per thread (never shared
 * between threads): the word tables, which are worth keeping across the documents of a
 * batch (names and words repeat; their keys and stems depend on the word alone), and
 * typed arrays the keys of one paragraph are gathered in before they are copied out.
 * Nothing featuresOf returns depends on what it saw before, only how fast it answers. */
export class FeatureScratch {
  readonly stems = new WordStems()
  readonly nameKeys = new NameKeys()
  numbers = new Int32Array(64)
  weights = new Float64Array(64)
}

/** Shared by paragraphs without figures (see NO_KEYS). */
const NO_WEIGHTS = new Float64Array(0)

/** scratch.numbers[count] = id and scratch.weights[count] = weight, grown as needed. */
function addNumber(scratch: FeatureScratch, count: number, id: number, weight: number): void {
  if (count === scratch.numbers.length) {
    scratch.numbers = grownTo(scratch.numbers, count + 1)
    scratch.weights = grownTo(scratch.weights, count + 1)
  }
  scratch.numbers[count] = id
  scratch.weights[count] = weight
}

/** The figure and date keys of the quantities (interned) and their weights, sorted by key,
 * equal keys kept in the order found. */
function figureKeys(quantities: readonly Quantity[], interner: Interner, scratch: FeatureScratch): { numbers: Int32Array; weights: Float64Array } {
  let count = 0
  for (const q of quantities) {
    if (q.unknown) continue
    if (q.kind === 'date') {
      addNumber(scratch, count++, interner.id(q.value ? `d${q.month}-${q.value}` : `m${q.month}`), 1)
      continue
    }
    const weight = q.value <= 1 ? 0.3 : q.value <= 10 && q.high === undefined ? 0.7 : 1
    addNumber(scratch, count++, interner.id(`n${q.value}`), weight)
    if (q.high !== undefined) addNumber(scratch, count++, interner.id(`n${q.high}`), weight)
  }
  if (count === 0) return { numbers: NO_KEYS, weights: NO_WEIGHTS }
  const numbers = scratch.numbers
  const weights = scratch.weights
  // (Equal keys can carry different weights, hence a stable sort.) Insertion sort: a
  // paragraph has a few figures; a table with hundreds still sorts in well under a
  // millisecond.
  for (let k = 1; k < count; k++) {
    const id = numbers[k]
    const weight = weights[k]
    let l = k - 1
    while (l >= 0 && numbers[l] > id) {
      numbers[l + 1] = numbers[l]
      weights[l + 1] = weights[l]
      l--
    }
    numbers[l + 1] = id
    weights[l + 1] = weight
  }
  return { numbers: numbers.slice(0, count), weights: weights.slice(0, count) }
}

/** The features of one paragraph (`next` is the paragraph after it, if any). Keys are
 * interned in this order, figures, names, stems, so that a document's keys come out the
 * same whatever the scratch has seen. */
export function featuresOf(text: string, lang: string, next: string | undefined, interner: Interner, scratch: FeatureScratch): Features {
  const quantities = extractQuantities(text, lang)
  const { numbers, weights } = figureKeys(quantities, interner, scratch)
  const scan = scratch.stems.scanWords(text)
  const names = scratch.nameKeys.keysOf(text, scan, interner, scratch.stems.pool)
  let weightSum = 0
  for (let k = 0; k < weights.length; k++) weightSum += weights[k]
  const kind = paragraphKind(text, next)
  return {
    numbers,
    weights,
    names,
    stems: scratch.stems.stemKeys(scan, interner),
    quantities,
    kind,
    flags: KIND_FLAGS[kind] | marksOf(text),
    weightSum,
  }
}
