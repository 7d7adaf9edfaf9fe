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
import { cyrillicToLatin } from './transliteration.js'
import { greekToLatin, stemFolds } from './stem-folds.js'
import type { Features } from './anchors.js'
import { sortedCommonWeight, type KeyMarks } from './sorted-has.js'
import { grownTo } from './grown.js'
import { classAt, LETTER, MARK, UNSPACED as UNSPACED_SCRIPT, UPPER, width } from './char-classes.js'

/** Letters kept in a stem: 4 is long enough to skip most function words and short enough
 * to reach past different endings ("nati-onality", "nati-onalité", "nats-" fails, hence
 * the folds). */
export const STEM_LENGTH = 4

/** Scripts written without spaces between words: a run of them is not a word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
const MARKS = /\p{M}/gu

/** The stem of a word on a shared scale: lower case, accents dropped, Cyrillic and Greek
 * transliterated, a few spelling variants folded, doubled letters single, first
 * STEM_LENGTH letters. Undefined for short words and unspaced scripts. */
export function stemOf(word: string): string | undefined {
  if (UNSPACED.test(word)) return undefined
  const lower = word.toLowerCase()
  let s: string
  // Plain ASCII letters (most words of most documents) have nothing to transliterate,
  // decompose or strip.
  if (ASCII_WORD.test(lower)) s = lower
  else {
    s = ''
    for (const ch of lower) s += cyrillicToLatin[ch] ?? greekToLatin[ch] ?? ch
    s = s.normalize('NFD').replace(MARKS, '')
  }
  // One left-to-right pass does the folds of stemFolds and the doubled letters together.
  // It gives what applying the folds one after the other would: no fold's output holds
  // another fold's input, and no two inputs can overlap. Only the first STEM_LENGTH
  // letters are wanted, and later letters never change them, so the pass stops there.
  let out = ''
  let count = 0
  for (let i = 0; i < s.length; ) {
    let piece: string
    const fold = foldAt(s, i)
    if (fold) {
      piece = fold[1]
      i += fold[0].length
    } else {
      const c = s.charCodeAt(i)
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00
      piece = s.slice(i, pair ? i + 2 : i + 1)
      i += piece.length
    }
    for (const ch of piece) {
      if (out[out.length - 1] === ch) continue
      out += ch
      if (++count === STEM_LENGTH) return out
    }
  }
  return undefined
}

const ASCII_WORD = /^[a-z]*$/
/** stemFolds by first letter, for foldAt. */
const foldsByFirst = new Map<string, Array<readonly [string, string]>>()
for (const fold of stemFolds) {
  const list = foldsByFirst.get(fold[0][0]) ?? []
  list.push(fold)
  foldsByFirst.set(fold[0][0], list)
}

/** The fold of stemFolds whose input starts at s[i], if any. */
function foldAt(s: string, i: number): readonly [string, string] | undefined {
  const list = foldsByFirst.get(s[i])
  if (!list) return undefined
  for (const fold of list) if (s.startsWith(fold[0], i)) return fold
  return undefined
}

/** Is text[p, q) ASCII with no x? Such a word of three letters or fewer has no stem: its
 * letters only lower, fold one to one or two to one (x, to "ks", is the only fold that
 * lengthens), so it never reaches STEM_LENGTH. "the", "of", "and", "a": a third or more
 * of the words of English prose, passed without a table lookup. */
function shortAsciiWithoutX(text: string, p: number, q: number): boolean {
  for (let k = p; k < q; k++) {
    const c = text.charCodeAt(k)
    if (c >= 0x80 || (c | 0x20) === 0x78) return false
  }
  return true
}

const KNOWN_STEMS_MAX = 200_000
const FNV_OFFSET = 0x811c9dc5 | 0
const FNV_PRIME = 0x01000193
/** Stamps start again from 1 (the arrays cleared) before they could overflow. */
const STAMP_LIMIT = 0x3fffffff

/** What WordStems.scanWords found in a text, valid until the table's next scan: the
 * global numbers of its distinct stems in order of first appearance, stems[0, stemCount),
 * and where its upper-case letters are (UTF-16 indices, in order), upper[0, upperCount).
 * Every upper-case letter is inside a word of the scan (an upper-case letter is a
 * letter, and no script written without spaces has case), so featuresOf reads the
 * capitalised words from these places instead of scanning the text again. */
export interface WordScan {
  stems: Int32Array
  stemCount: number
  upper: Int32Array
  upperCount: number
}

/** Word → stem, kept across documents: a batch sees the same words again and again, and
 * stemOf is a pure function of the word. One per thread (the aligner's FeatureScratch
 * holds it), never shared between threads. A hash table of its own rather than a Map of
 * strings: the scan hashes each word's code units as it reads them and compares the
 * stored word with the text in place, so no word is sliced out of the text unless it is
 * new (a slice and a Map lookup per word were most of the scan's time). Each stem is
 * numbered once (its "global" number below); -1 stands for no stem. Emptied when it grows
 * large, so a long batch cannot fill the memory with it. What it answers never depends on
 * what it saw before: only how fast. */
export class WordStems {
  private slots = new Int32Array(1 << 12).fill(-1)
  private words: string[] = []
  private wordHashes = new Int32Array(1 << 11)
  private wordStems = new Int32Array(1 << 11)
  /** Global stem numbers: stem → number, number → stem. */
  private stemNumbers = new Map<string, number>()
  private stemStrings: string[] = []
  /** Per global stem number: the paragraph that last had it (a scan keeps one entry per
   * stem), and for the interner of the last stemKeys call its key and a stamp saying the
   * key is set. */
  private seenIn = new Int32Array(1 << 11)
  private localKeys = new Int32Array(1 << 11)
  private localStamps = new Int32Array(1 << 11)
  private paragraphCount = 0
  /** The interner the local keys belong to; a call with another one starts a new stamp. */
  private localOwner: object | undefined
  private localStamp = 0
  /** The last scan's result, reused by the next scan. */
  private readonly scan: WordScan = { stems: new Int32Array(256), stemCount: 0, upper: new Int32Array(64), upperCount: 0 }
  private keyScratch = new Int32Array(256)

  private forgetWords(): void {
    this.slots = new Int32Array(1 << 12).fill(-1)
    this.words = []
    this.stemNumbers = new Map()
    this.stemStrings = []
    this.seenIn.fill(0)
    this.localStamps.fill(0)
  }

  /** The global stem number of the word text[p, q) whose code units hash to h (-1: no stem). */
  private stemNumberOf(text: string, p: number, q: number, h: number): number {
    const slots = this.slots
    const mask = slots.length - 1
    for (let slot = (h ^ (h >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      const e = slots[slot]
      if (e < 0) break
      if (this.wordHashes[e] !== h) continue
      const word = this.words[e]
      // startsWith compares natively: a loop of charCodeAt here cost twice the Map it replaced.
      if (word.length === q - p && text.startsWith(word, p)) return this.wordStems[e]
    }
    // A new word.
    const word = text.slice(p, q)
    const stem = stemOf(word)
    let g = -1
    if (stem !== undefined) {
      g = this.stemNumbers.get(stem) ?? -1
      if (g < 0) {
        g = this.stemStrings.length
        this.stemStrings.push(stem)
        this.stemNumbers.set(stem, g)
        this.seenIn = grownTo(this.seenIn, g + 1)
        this.localKeys = grownTo(this.localKeys, g + 1)
        this.localStamps = grownTo(this.localStamps, g + 1)
      }
    }
    const e = this.words.length
    this.words.push(word)
    this.wordHashes = grownTo(this.wordHashes, e + 1)
    this.wordStems = grownTo(this.wordStems, e + 1)
    this.wordHashes[e] = h
    this.wordStems[e] = g
    if (2 * this.words.length > slots.length) {
      // Keep the table at most half full: twice the slots, every word placed again.
      this.slots = new Int32Array(slots.length * 2).fill(-1)
      for (let k = 0; k < this.words.length; k++) this.place(k)
    } else this.place(e)
    return g
  }

  private place(e: number): void {
    const slots = this.slots
    const mask = slots.length - 1
    const h = this.wordHashes[e]
    let slot = (h ^ (h >>> 15)) & mask
    while (slots[slot] >= 0) slot = (slot + 1) & mask
    slots[slot] = e
  }

  /** The words of the text, their stems and where its upper-case letters are. A word is a
   * run of letters (and their combining marks) of the spaced scripts; unspaced runs (Han,
   * Thai, …) are not words at all, so a Chinese section costs nothing here. */
  scanWords(text: string): WordScan {
    // Emptied here, between texts, not in the middle of one: the stem numbers a scan
    // finds must stay valid until stemKeys. A text adds at most one word per character.
    if (this.words.length >= KNOWN_STEMS_MAX) this.forgetWords()
    if (this.paragraphCount === STAMP_LIMIT) {
      this.seenIn.fill(0)
      this.paragraphCount = 0
    }
    const paragraph = ++this.paragraphCount
    const scan = this.scan
    let stems = scan.stems
    let count = 0
    let uppers = 0
    let upperAt = scan.upper
    const n = text.length
    // Words found by a character scan, not a global regex (char-classes.ts says why). ASCII,
    // most characters, is told apart by its code: its letters are a-z and A-Z, and it has
    // no marks and no unspaced script.
    for (let p = 0; p < n; ) {
      const c = text.charCodeAt(p)
      if (c < 0x80) {
        if ((c | 0x20) < 0x61 || (c | 0x20) > 0x7a) {
          p++
          continue
        }
      } else {
        const flags = classAt(text, p)
        if ((flags & LETTER) === 0 || (flags & UNSPACED_SCRIPT) !== 0) {
          p += width(text, p)
          continue
        }
      }
      // The word runs on over letters of the spaced scripts and marks (its first character
      // is one of those letters); its code units are hashed on the way (FNV-1a).
      let h = FNV_OFFSET
      let q = p
      while (q < n) {
        const d = text.charCodeAt(q)
        let upper: boolean
        if (d < 0x80) {
          if ((d | 0x20) < 0x61 || (d | 0x20) > 0x7a) break
          h = Math.imul(h ^ d, FNV_PRIME)
          upper = d <= 0x5a
        } else if (d >= 0x400 && d <= 0x45f) {
          // Basic Cyrillic, the other bulk of the text: all letters, upper case below U+0430.
          h = Math.imul(h ^ d, FNV_PRIME)
          upper = d < 0x430
        } else {
          const f = classAt(text, q)
          if (((f & LETTER) === 0 || (f & UNSPACED_SCRIPT) !== 0) && (f & MARK) === 0) break
          h = Math.imul(h ^ d, FNV_PRIME)
          upper = (f & UPPER) !== 0
          if (width(text, q) === 2) h = Math.imul(h ^ text.charCodeAt(q + 1), FNV_PRIME)
        }
        if (upper) {
          if (uppers === upperAt.length) upperAt = scan.upper = grownTo(upperAt, uppers + 1)
          upperAt[uppers++] = q
        }
        q += d >= 0xd800 && d <= 0xdbff ? width(text, q) : 1
      }
      const g = q - p <= 3 && shortAsciiWithoutX(text, p, q) ? -1 : this.stemNumberOf(text, p, q, h)
      p = q
      if (g < 0 || this.seenIn[g] === paragraph) continue
      this.seenIn[g] = paragraph
      if (count === stems.length) stems = scan.stems = grownTo(stems, count + 1)
      stems[count++] = g
    }
    scan.stemCount = count
    scan.upperCount = uppers
    return scan
  }

  /** The keys of the stems of `scan` (this table's last scan), interned in order of first
   * appearance, sorted and unique. The interner is asked about a stem only the first time
   * it meets it: its key is kept by stem number. */
  stemKeys(scan: WordScan, interner: { stem(stem: string): number }): Int32Array {
    if (this.localStamp === STAMP_LIMIT) {
      this.localStamps.fill(0)
      this.localStamp = 0
      this.localOwner = undefined
    }
    if (interner !== this.localOwner) {
      this.localOwner = interner
      this.localStamp++
    }
    const stamp = this.localStamp
    const { stems, stemCount } = scan
    if (this.keyScratch.length < stemCount) this.keyScratch = new Int32Array(stems.length)
    const keys = this.keyScratch
    const localKeys = this.localKeys
    const localStamps = this.localStamps
    for (let k = 0; k < stemCount; k++) {
      const g = stems[k]
      if (localStamps[g] === stamp) keys[k] = localKeys[g]
      else {
        keys[k] = localKeys[g] = interner.stem(this.stemStrings[g])
        localStamps[g] = stamp
      }
    }
    return sortedUnique(keys, stemCount)
  }
}

/** The interned keys of stemsOf(text), sorted and unique, without the set of strings and
 * the arrays in between: each word's stem is interned in order of first appearance (as
 * interning stemsOf's list would), once per paragraph. */
export function stemKeysOf(text: string, interner: { stem(stem: string): number }, table: WordStems): Int32Array {
  return table.stemKeys(table.scanWords(text), interner)
}

/** The distinct stems of a text, in order of first appearance. */
export function stemsOf(text: string, table: WordStems): string[] {
  // stemKeysOf interns each stem as it finds it: an interner that only numbers them keeps
  // them in order of first appearance.
  const seen = new Map<string, number>()
  stemKeysOf(text, { stem: (stem) => seen.get(stem) ?? (seen.set(stem, seen.size), seen.size - 1) }, table)
  return [...seen.keys()]
}

/** The result for no keys, shared: an empty typed array cannot be written to, and making
 * one costs about as much as a short one (most Chinese paragraphs have no stems, and most
 * paragraphs no names or figures). */
export const NO_KEYS = new Int32Array(0)

/** keys[0, count) sorted, duplicates dropped, as a new array (keys is scratch). A
 * paragraph has a few dozen keys: an insertion sort of those costs less than calling the
 * typed array's sort on a subarray; a long list still goes to that sort. */
export function sortedUnique(keys: Int32Array, count: number): Int32Array {
  if (count === 0) return NO_KEYS
  if (count > 64) keys.subarray(0, count).sort()
  else {
    for (let k = 1; k < count; k++) {
      const key = keys[k]
      let l = k - 1
      while (l >= 0 && keys[l] > key) {
        keys[l + 1] = keys[l]
        l--
      }
      keys[l + 1] = key
    }
  }
  let u = 1
  for (let k = 1; k < count; k++) if (keys[k] !== keys[u - 1]) keys[u++] = keys[k]
  return keys.slice(0, u)
}


/** Per pair: the weight of each stem id (0 for stems the other side never has), each
 * paragraph's total weight, and the calibration that turns a similarity into nats. */
export interface LexicalModel {
  weight: Float64Array
  totalA: Float64Array
  totalB: Float64Array
  /** Each paragraph's stems of non-zero weight (sorted, unique), for the features `forA`
   * and `forB` the model was made from. Most stems occur on one side only and can never
   * match: the similarity walks these shorter lists and adds the same weights in the
   * same order. */
  stemsA: Int32Array[]
  stemsB: Int32Array[]
  forA: readonly Features[]
  forB: readonly Features[]
  /** Mean similarity of paragraphs that are not translations (a few places off the path). */
  chance: number
  /** Mean similarity of the first pass's 1:1 beads minus `chance`; 0 disables the term. */
  span: number
  /** span in pooled standard deviations of the two (d′). */
  separation: number
}

export const lexicalWeights = {
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
 * log(N / df); a stem found on one side only weighs 0 (it can never match). */
export function lexicalModel(fa: readonly Features[], fb: readonly Features[]): LexicalModel {
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
    if (inA[k] > 0 && inB[k] > 0) weight[k] = Math.max(0, Math.log(n / (inA[k] + inB[k])))
  }
  return {
    weight, totalA: totals(fa, weight), totalB: totals(fb, weight),
    stemsA: weighted(fa, weight), stemsB: weighted(fb, weight), forA: fa, forB: fb,
    chance: 0, span: 0, separation: 0,
  }
}

/** Dice similarity of the two groups' weighted stem sets, in [0, 1]; -1 when neither
 * group has a stem the other side could match. */
export function similarity(
  lm: LexicalModel,
  fa: readonly Features[], ia: number, na: number,
  fb: readonly Features[], ib: number, nb: number,
  marks: KeyMarks,
): number {
  let wa = 0
  let wb = 0
  for (let x = ia; x < ia + na; x++) wa += lm.totalA[x]
  for (let y = ib; y < ib + nb; y++) wb += lm.totalB[y]
  if (wa + wb === 0) return -1
  // Stems of weight 0 add nothing and are skipped by both walks below, so the model's
  // lists without them give the same sums (any other features: their own lists).
  const sa = lm.forA === fa ? lm.stemsA : fa.map((f) => f.stems)
  const sb = lm.forB === fb ? lm.stemsB : fb.map((f) => f.stems)
  if (na === 1 && nb === 1) return (2 * sortedCommonWeight(sa[ia], sb[ib], lm.weight)) / (wa + wb)
  // A group: B's stems marked once, A's met in order (sorted-has.ts says why).
  marks.startGroup()
  for (let y = ib; y < ib + nb; y++) marks.markInB(sb[y])
  let shared = 0
  for (let x = ia; x < ia + na; x++) shared = marks.addNewInB(sa[x], lm.weight, shared)
  return (2 * shared) / (wa + wb)
}

/** Learn how telling the stems are for this pair: mean similarity of the first pass's 1:1
 * beads against that of the same paragraphs paired two places off (not translations,
 * but on the same topic and at the same distance into the text). */
export function calibrate(
  lm: LexicalModel, fa: readonly Features[], fb: readonly Features[], matches: ReadonlyArray<readonly [number, number]>, marks: KeyMarks,
): void {
  const truths: number[] = []
  const chances: number[] = []
  for (const [i, j] of matches) {
    const s = similarity(lm, fa, i, 1, fb, j, 1, marks)
    if (s < 0) continue
    truths.push(s)
    for (const off of [-2, 2]) {
      if (j + off < 0 || j + off >= fb.length) continue
      const c = similarity(lm, fa, i, 1, fb, j + off, 1, marks)
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
}

/** The lexical part of a bead's cost, in nats (negative: evidence for the match). */
export function lexicalCost(
  lm: LexicalModel,
  fa: readonly Features[], ia: number, na: number,
  fb: readonly Features[], ib: number, nb: number,
  marks: KeyMarks,
): number {
  if (lm.span === 0) return 0
  const s = similarity(lm, fa, ia, na, fb, ib, nb, marks)
  if (s < 0) return 0
  const w = lexicalWeights
  const scaled = Math.min(w.high, Math.max(w.low, (s - lm.chance) / lm.span))
  return -w.perBead * Math.min(1, lm.separation / w.fullSeparation) * scaled
}
