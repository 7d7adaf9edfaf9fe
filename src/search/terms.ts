// How text becomes searchable terms, one rule for the index and for the queries.
// SQLite's unicode61 tokenizer splits on anything that is not a letter or digit, folds case
// and (remove_diacritics 2) Latin accents. Two things it cannot do, done here before it sees
// the text:
//   Chinese and Japanese write words without spaces, and unicode61 would make a whole run of
//   Han or kana one token, so a word inside it could never be found. Each run becomes its
//   overlapping pairs of characters plus its last character alone ("毛泽东同志" →
//   "毛泽 泽东 东同 同志 志"): a word of two or more characters is the phrase of its pairs,
//   and one character is a prefix query on the pairs (it starts one, or ends the run).
//   Why pairs and not the trigram tokenizer: trigram finds nothing shorter than three
//   characters, and most Chinese words are two (中国, 苏联, 同志); it would also make every
//   English word a substring match ("war" in "software").
//   Russian "ё" is written "е" as often as not (Хрущёв, Хрущев); unicode61 keeps them apart.

import { doubledSlots } from '../text/doubled-slots.js'
import { grownTo } from '../text/grown-to.js'

/** The FTS5 tokenizer of every table the search makes. */
export const TOKENIZER = 'unicode61 remove_diacritics 2'

const CJK_CLASS = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc]+'
const CJK = new RegExp(CJK_CLASS, 'gu')
const CJK_SPLIT = new RegExp(`(${CJK_CLASS})`, 'u')
const CJK_WHOLE = new RegExp(`^${CJK_CLASS}$`, 'u')

/** The text as the index stores it (its terms column). */
export function indexText(text: string): string {
  // most text has neither ё nor a character from U+2E80 up (where Han and kana begin, and
  // the surrogates of those beyond the BMP), and is its own terms: one scan, no new string
  if (!MAY_CHANGE.test(text)) return text
  return pairedCjk(foldYo(text))
}

const MAY_CHANGE = /[\u2e80-\uffffЁё]/
const CJK_CHAR = new RegExp(CJK_CLASS.slice(0, -1), 'u')
let bmpCjk: Uint8Array | undefined

/** The text with each run of Han and kana as its pairs and its last code unit, a space
 * either side: what replace(CJK, run => pairs(run) …) gives, by a scan over a table of the
 * BMP, because matching the Script classes costs many times more a character than a look
 * in the table. */
function pairedCjk(text: string): string {
  const table = (bmpCjk ??= cjkTable())
  let out = ''
  let copied = 0
  for (let i = 0; i < text.length; ) {
    let width = cjkWidth(text, i, table)
    if (width === 0) {
      i++
      continue
    }
    // a run: each character with the one before it is a pair
    const run = i
    let pairs = ''
    let previous = -1
    let chars = 0
    while (width > 0) {
      if (previous >= 0) pairs += (chars > 1 ? ' ' : '') + text.slice(previous, i + width)
      previous = i
      i += width
      chars++
      width = cjkWidth(text, i, table)
    }
    // a run of one character is itself (astral or not); then the run's last code unit, as
    // run.slice(-1) gave it (the index holds it so; unicode61 drops a lone surrogate)
    out += `${text.slice(copied, run)} ${chars === 1 ? text.slice(run, i) : pairs} ${text[i - 1]} `
    copied = i
  }
  return copied === 0 ? text : out + text.slice(copied)
}

/** How many code units the Han or kana character at text[i] takes: 0 when none is there. */
function cjkWidth(text: string, i: number, table: Uint8Array): number {
  if (i >= text.length) return 0
  const c = text.charCodeAt(i)
  if (c < 0xd800 || c > 0xdfff) return table[c]
  if (c > 0xdbff || i + 1 >= text.length) return 0
  const low = text.charCodeAt(i + 1)
  if (low < 0xdc00 || low > 0xdfff) return 0
  return CJK_CHAR.test(text.slice(i, i + 2)) ? 2 : 0
}

function cjkTable(): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && CJK_CHAR.test(String.fromCharCode(c))) table[c] = 1
  return table
}

/** Overlapping pairs of a run ("毛泽东" → 毛泽, 泽东); a run of one is itself. */
export function pairs(run: string): string[] {
  const chars = [...run]
  if (chars.length < 2) return chars
  const out: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1])
  return out
}

export function foldYo(text: string): string {
  return text.replace(/ё/giu, (c) => (c === 'ё' ? 'е' : 'Е'))
}

/** A query term's tokens for an FTS5 phrase, and whether its last must be a prefix (a lone
 * Han character is the start of a pair). Empty when it holds no letter or digit. */
export function queryTokens(text: string): { tokens: string[]; prefix: boolean } {
  const tokens: string[] = []
  let prefix = false
  for (const [word] of foldYo(text).matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    // a word that mixes scripts splits where a CJK run starts or ends ("X光" → x, 光)
    for (const piece of word.split(CJK_SPLIT)) {
      if (!piece) continue
      const cjk = isCjk(piece)
      tokens.push(...(cjk ? pairs(piece) : [piece.toLowerCase()]))
      prefix = cjk && [...piece].length === 1
    }
  }
  return { tokens, prefix }
}

export function isCjk(text: string): boolean {
  return CJK_WHOLE.test(text)
}

/** The runs of Han and kana in a text. */
export function cjkRuns(text: string): string[] {
  return text.match(CJK) ?? []
}

/** A word as unicode61 with remove_diacritics 2 compares it, near enough for marking. */
export function foldWord(word: string): string {
  return foldYo(word).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

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
  /** Each term's first three code units (as codeUnitOrder packs them), by number. */
  private termHigh = new Int32Array(1 << 12)
  private termLow = new Int32Array(1 << 12)
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
    const n = met.length
    const halves = sortKeysFor(n)
    for (let i = 0; i < n; i++) {
      halves[2 * i + HIGH] = this.termHigh[met[i]]
      halves[2 * i + LOW] = this.termLow[met[i]] | i
    }
    const order = n > 0xffff ? met.map((_, i) => i).sort((a, b) => compareStrings(this.terms[met[a]], this.terms[met[b]])) : sortedPlaces(n, (i) => this.terms[met[i]])
    const lines = new Array<string>(n)
    for (let i = 0; i < n; i++) {
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
      this.termHigh = grownTo(this.termHigh, number + 1)
      this.termLow = grownTo(this.termLow, number + 1)
      this.termCounts = grownTo(this.termCounts, number + 1)
      this.termHigh[number] = prefixHigh(term)
      this.termLow[number] = prefixLow(term)
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

/** The places of the strings in code unit order (sort() without a comparator gives that
 * order; the client index expects it), equal strings side by side. */
export function codeUnitOrder(strings: readonly string[]): number[] {
  const n = strings.length
  if (n > 0xffff) return Array.from(strings.keys()).sort((a, b) => compareStrings(strings[a], strings[b]))
  const halves = sortKeysFor(n)
  for (let i = 0; i < n; i++) {
    halves[2 * i + HIGH] = prefixHigh(strings[i])
    halves[2 * i + LOW] = prefixLow(strings[i]) | i
  }
  return sortedPlaces(n, (i) => strings[i])
}

let sortKeys = new BigUint64Array(1024)
let sortKeyHalves = new Int32Array(sortKeys.buffer)
/** Where a BigUint64Array's high and low halves are (it holds its numbers in the platform's
 * byte order). */
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0
const LOW = 1 - HIGH

/** The halves of the sort keys, room for n: a string's first three code units (a string
 * shorter than three goes on with code units 0, so it sorts before any longer one it
 * starts; one with a real 0 there ties with it, and ties are compared below), high the
 * first two, low the third above the string's place (16 bits: 65,535 strings at most). */
function sortKeysFor(n: number): Int32Array {
  if (sortKeys.length < n) {
    sortKeys = new BigUint64Array(n * 2)
    sortKeyHalves = new Int32Array(sortKeys.buffer)
  }
  return sortKeyHalves
}

function prefixHigh(s: string): number {
  return ((s.length > 0 ? s.charCodeAt(0) : 0) << 16) | (s.length > 1 ? s.charCodeAt(1) : 0)
}

function prefixLow(s: string): number {
  return (s.length > 2 ? s.charCodeAt(2) : 0) << 16
}

/** The places of the n keys filled, sorted: by the numbers, because a typed array sorts
 * natively, without the call into JavaScript for each comparison that sort() of strings
 * makes; then each run of places with the same first three code units by their strings. */
function sortedPlaces(n: number, stringAt: (place: number) => string): number[] {
  const halves = sortKeyHalves
  sortKeys.subarray(0, n).sort()
  const order = new Array<number>(n)
  for (let i = 0; i < n; i++) order[i] = halves[2 * i + LOW] & 0xffff
  for (let i = 0; i < n; ) {
    const high = halves[2 * i + HIGH]
    const low = halves[2 * i + LOW] >>> 16
    let j = i + 1
    while (j < n && halves[2 * j + HIGH] === high && halves[2 * j + LOW] >>> 16 === low) j++
    if (j - i > 1) {
      const tied = order.slice(i, j).sort((a, b) => compareStrings(stringAt(a), stringAt(b)))
      for (let k = i; k < j; k++) order[k] = tied[k - i]
    }
    i = j
  }
  return order
}

/** Code unit order, as sort() without a comparator. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
