// A document's terms with their counts, as the client-side index reads them (search/
// client-index.ts): counted by a vocabulary that a worker keeps from document to document.

import { doubledSlots } from '../text/doubled-slots.js'
import { grownTo } from '../text/grown-to.js'
import { codeUnitOrder } from './code-unit-order.js'
import { foldWord } from './terms.js'

/** A document's terms with their counts, "term count" a line in code unit order (the
 * client-side index's unit): the words of texts already through indexText, folded as
 * foldWord folds them. Counted against the words of the documents before (Vocabulary): a
 * word met before costs no string and no folding, only its count. */
export function termCounts(indexed: Iterable<string>): string {
  if (vocabulary === undefined || vocabulary.full()) vocabulary = new Vocabulary()
  for (const text of indexed) vocabulary.add(text)
  return vocabulary.take()
}

let vocabulary: Vocabulary | undefined
/** Words (or terms) a vocabulary holds before it is begun again, at the next document. */
const VOCABULARY_MAX = 1 << 18

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u
/** A folded word that is one term (as matchAll would find it, in one piece). */
const WHOLE_TERM = /^[\p{L}\p{N}]+$/u
let bmpWordChars: Uint8Array | undefined

/** The words met, each with its terms, and how often each occurs in the document being
 * counted. A word is a run of letters, digits and marks (marks stay in the word, so that
 * folding takes them off as it would from the whole text), an ASCII word kept by its lower
 * case (that is its folding), any other as it is written. The text is read by a scan over a
 * table of the BMP's code units (cheaper than matchAll with the same class) that hashes each
 * word as it goes into an open-addressing table of the words; a word found there is compared
 * where it stands in the text, so the only strings made are words never met before (a Map
 * would need a new string for every occurrence, and a worker counts millions). */
class Vocabulary {
  /** Open addressing: a word's number + 1 a slot (0 empty), beside the word's hash. */
  private slots = new Int32Array(1 << 12)
  private hashes = new Int32Array(1 << 12)
  private words: string[] = []
  private ascii: boolean[] = []
  /** Each word's terms, by number. */
  private termsOf: (readonly number[])[] = []
  /** Each word's count in this document, and the words it has. */
  private wordCounts = new Int32Array(1 << 12)
  private wordsMet: number[] = []

  private termNumbers = new Map<string, number>()
  private terms: string[] = []
  /** Each term's count in this document, by number. */
  private termCounts = new Int32Array(1 << 12)
  private readonly table = (bmpWordChars ??= wordCharTable())

  full(): boolean {
    return this.words.length > VOCABULARY_MAX || this.terms.length > VOCABULARY_MAX
  }

  add(text: string): void {
    const table = this.table
    const length = text.length
    let i = 0
    while (i < length) {
      // to the start of a word
      let c = text.charCodeAt(i)
      if (c < 0xd800 || c > 0xdfff ? table[c] === 0 : !astralWordAt(text, i)) {
        i++
        continue
      }
      const start = i
      let hash = 0x811c9dc5 | 0
      let ascii = true
      let upper = false
      // to its end; the hash is of its code units with ASCII capitals lowered
      while (i < length) {
        c = text.charCodeAt(i)
        if (c < 0x80) {
          if (table[c] === 0) break
          if (c <= 0x5a && c >= 0x41) {
            c |= 0x20
            upper = true
          }
        } else if (c < 0xd800 || c > 0xdfff) {
          if (table[c] === 0) break
          ascii = false
        } else {
          if (!astralWordAt(text, i)) break
          // a character beyond the BMP: its two code units stand or fall together
          ascii = false
          hash = Math.imul(hash ^ c, 0x01000193)
          c = text.charCodeAt(++i)
        }
        hash = Math.imul(hash ^ c, 0x01000193)
        i++
      }
      const word = this.find(text, start, i, hash, ascii, upper)
      if (this.wordCounts[word]++ === 0) this.wordsMet.push(word)
    }
  }

  /** The document's terms with their counts (termCounts), and the counts emptied for the next. */
  take(): string {
    const met: number[] = []
    for (const word of this.wordsMet) {
      const n = this.wordCounts[word]
      this.wordCounts[word] = 0
      for (const term of this.termsOf[word]) {
        if (this.termCounts[term] === 0) met.push(term)
        this.termCounts[term] += n
      }
    }
    this.wordsMet = []
    const order = codeUnitOrder(met.map((term) => this.terms[term]))
    const lines = new Array<string>(met.length)
    for (let i = 0; i < met.length; i++) {
      const term = met[order[i]]
      lines[i] = `${this.terms[term]} ${this.termCounts[term]}`
    }
    for (const term of met) this.termCounts[term] = 0
    return lines.join('\n')
  }

  /** The number of the word text[start, end), made when new: an ASCII word is compared by
   * its lower case. */
  private find(text: string, start: number, end: number, hash: number, ascii: boolean, upper: boolean): number {
    const mask = this.slots.length - 1
    const length = end - start
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const word = this.slots[slot] - 1
      if (word < 0) {
        const spelt = text.slice(start, end)
        return this.made(slot, hash, ascii && upper ? spelt.toLowerCase() : spelt, ascii)
      }
      if (this.hashes[slot] !== hash || this.ascii[word] !== ascii) continue
      const known = this.words[word]
      if (known.length !== length) continue
      // a word as it is written, or an ASCII word with capitals compared by its lower case
      if (!ascii || !upper) {
        if (text.startsWith(known, start)) return word
        continue
      }
      let k = 0
      for (; k < length; k++) {
        let c = text.charCodeAt(start + k)
        if (c <= 0x5a && c >= 0x41) c |= 0x20
        if (c !== known.charCodeAt(k)) break
      }
      if (k === length) return word
    }
  }

  private made(slot: number, hash: number, word: string, ascii: boolean): number {
    const number = this.words.length
    this.slots[slot] = number + 1
    this.hashes[slot] = hash
    this.words.push(word)
    this.ascii.push(ascii)
    // an ASCII word is its own term; another folds, and a word of marks alone folds to
    // nothing, while one folded word may still be several terms
    const folded = ascii ? word : foldWord(word)
    const terms = ascii || WHOLE_TERM.test(folded) ? [folded] : Array.from(folded.matchAll(/[\p{L}\p{N}]+/gu), ([part]) => part)
    this.termsOf.push(terms.map((term) => this.termNumber(term)))
    this.wordCounts = grownTo(this.wordCounts, number + 1)
    if (this.words.length * 2 > this.slots.length) this.grow()
    return number
  }

  private termNumber(term: string): number {
    let number = this.termNumbers.get(term)
    if (number === undefined) {
      number = this.terms.length
      this.termNumbers.set(term, number)
      this.terms.push(term)
      this.termCounts = grownTo(this.termCounts, number + 1)
    }
    return number
  }

  private grow(): void {
    const grown = doubledSlots(this.slots, this.hashes)
    this.slots = grown.slots
    this.hashes = grown.hashes
  }
}

/** Whether text[i] starts a letter, digit or mark beyond the BMP (a lone surrogate is none). */
function astralWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c <= 0xdbff && i + 1 < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!))
}

function wordCharTable(): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && WORD_CHAR.test(String.fromCharCode(c))) table[c] = 1
  return table
}
