// The name keys of a paragraph's capitalised words (names.ts), with a table of the words
// a thread has seen.
import { grownTo } from '../../text/grown-to.js'
import { SpanTable } from '../../text/span-table.js'
import { InternedIds } from './interned-ids.js'
import type { KeyPool } from './key-pool.js'
import { capitalisedAt, nameKey } from './names.js'
import { sortedUnique } from './sorted-unique.js'
import type { WordScan } from './word-stems.js'

/** Words kept before the table is emptied, so a long batch cannot fill the memory. */
const KNOWN_WORDS_MAX = 100_000

const LATIN_OR_CYRILLIC = /[\p{Script=Latin}\p{Script=Cyrillic}]/u

/** Capitalised word → its name key, kept across documents: the same names come back in
 * paragraph after paragraph, and a key depends on the word alone. Each key is numbered
 * once, and for the interner of the last call its interned id is kept by that number, so
 * that a name met again costs neither a slice of the text nor a string lookup. One per
 * thread (FeatureScratch holds it). What it answers never depends on what it saw before,
 * only how fast. */
export class NameKeys {
  /** The capitalised words met, numbered (looked up where they stand in the text), and
   * per word number its key number, -1 for a word without a key. */
  private words = new SpanTable()
  private keyOfWord = new Int32Array(256)
  private keyNumbers = new Map<string, number>()
  private keyStrings: string[] = []
  private readonly local = new InternedIds(256)
  private ids = new Int32Array(64)

  /** The name keys of the capitalised words of the text (interned, sorted, unique), read
   * from the places of its upper-case letters (`scan`, the stems' scan of the same text):
   * only those can start a capitalised word, so no second scan of every character is
   * needed. A scan from the start would try them in the same order, and skip those inside
   * a capitalised word found before. */
  keysOf(text: string, scan: WordScan, interner: { id(key: string): number }, pool: KeyPool): Int32Array {
    if (this.words.strings.length >= KNOWN_WORDS_MAX) this.forget()
    const local = this.local
    local.use(interner)
    const stamp = local.stamp
    const uppers = scan.upper
    let ids = this.ids
    let count = 0
    for (let u = 0, resume = 0; u < scan.upperCount; u++) {
      const p = uppers[u]
      if (p < resume) continue
      const end = capitalisedAt(text, p)
      if (end === 0) continue
      resume = end
      const known = this.words.strings.length
      const w = this.words.numberOf(text, p, end)
      if (w === known) {
        // a word not met before: its key number, once
        this.keyOfWord = grownTo(this.keyOfWord, w + 1)
        this.keyOfWord[w] = this.numberOf(this.words.strings[w])
      }
      const g = this.keyOfWord[w]
      if (g < 0) continue
      let id: number
      // (read through `local` each time: numberOf above can grow its arrays)
      if (local.stamps[g] === stamp) id = local.ids[g]
      else {
        id = local.ids[g] = interner.id(this.keyStrings[g])
        local.stamps[g] = stamp
      }
      if (count === ids.length) ids = this.ids = grownTo(ids, count + 1)
      ids[count++] = id
    }
    return sortedUnique(ids, count, pool)
  }

  /** The key number of a word not seen yet (-1: no key). */
  private numberOf(word: string): number {
    // Latin letters inside Han text are names too, so only the letters decide.
    const key = LATIN_OR_CYRILLIC.test(word) ? nameKey(word) : undefined
    if (!key) return -1
    let g = this.keyNumbers.get(key)
    if (g === undefined) {
      g = this.keyStrings.length
      this.keyStrings.push(key)
      this.keyNumbers.set(key, g)
      this.local.grow(g + 1)
    }
    return g
  }

  private forget(): void {
    this.words = new SpanTable()
    this.keyNumbers = new Map()
    this.keyStrings = []
    this.local.forget()
  }
}
