// The words of a paragraph and their stems, read by one character scan, with a table of
// the words a thread has seen (stemOf, once per word).
import { classAt, LETTER, MARK, UNSPACED as UNSPACED_SCRIPT, UPPER, width } from './char-classes.js'
import { grownTo } from '../../text/grown-to.js'
import { InternedIds } from './interned-ids.js'
import { Interner } from './interner.js'
import { KeyPool } from './key-pool.js'
import { sortedUnique } from './sorted-unique.js'
import { stemOf } from './stem-of.js'

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
 * new (a slice and a Map lookup per word were most of the scan's time). (The same table
 * as text/span-table.ts's SpanTable, which the name keys use, written out here: through a
 * SpanTable the scan measured 7% slower.) Each stem is numbered once (its "global" number
 * below); -1 stands for no stem. Emptied when it grows large, so a long batch cannot fill
 * the memory with it. What it answers never depends on what it saw before: only how fast. */
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
  private readonly local = new InternedIds(1 << 11)
  private paragraphCount = 0
  /** How many stems the local owner (an Interner) has, all of them given by this table
   * under the current stamp and stem numbers; -1 when that is not known. While it holds,
   * a stem without a local key is one the interner has not seen: newStem, no lookup. */
  private localCount = -1
  /** The last scan's result, reused by the next scan. */
  private readonly scan: WordScan = { stems: new Int32Array(256), stemCount: 0, upper: new Int32Array(64), upperCount: 0 }
  private keyScratch = new Int32Array(256)
  /** Where stemKeys's lists go (and FeatureScratch's name keys). */
  readonly pool = new KeyPool()

  private forgetWords(): void {
    this.slots = new Int32Array(1 << 12).fill(-1)
    this.words = []
    this.stemNumbers = new Map()
    this.stemStrings = []
    this.seenIn.fill(0)
    this.local.forget()
    // The stems the owner has come back under new numbers, without local keys.
    this.localCount = -1
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
        this.local.grow(g + 1)
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
    if (this.local.use(interner)) this.localCount = interner instanceof Interner && interner.stemCount === 0 ? 0 : -1
    // (Stems the interner got from elsewhere since: it is asked about every one from now on.)
    const fresh = this.localCount >= 0 && (interner as Interner).stemCount === this.localCount ? (interner as Interner) : undefined
    if (!fresh) this.localCount = -1
    const stamp = this.local.stamp
    const { stems, stemCount } = scan
    if (this.keyScratch.length < stemCount) this.keyScratch = new Int32Array(stems.length)
    const keys = this.keyScratch
    const localKeys = this.local.ids
    const localStamps = this.local.stamps
    for (let k = 0; k < stemCount; k++) {
      const g = stems[k]
      if (localStamps[g] === stamp) keys[k] = localKeys[g]
      else {
        const stem = this.stemStrings[g]
        keys[k] = localKeys[g] = fresh ? fresh.newStem(stem) : interner.stem(stem)
        localStamps[g] = stamp
      }
    }
    if (fresh) this.localCount = fresh.stemCount
    return sortedUnique(keys, stemCount, this.pool)
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
