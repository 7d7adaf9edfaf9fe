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
 * foldWord folds them. Each word is counted where it stands in the text (WordTally), so a
 * word met again costs no string; each distinct word is folded after counting, and the
 * terms of words that fold alike are summed once they are in order, where they are side by
 * side. */
export function termCounts(indexed: Iterable<string>): string {
  const tally = (wordTally ??= new WordTally())
  for (const text of indexed) tally.add(text)
  const terms: string[] = []
  const counts: number[] = []
  for (let e = 0; e < tally.size; e++) {
    const word = tally.words[e]
    const n = tally.counts[e]
    // an ASCII word is its lower case already (WordTally keys it so): no accent, no mark, no ё
    if (tally.ascii[e] === 1) {
      terms.push(word)
      counts.push(n)
    } else {
      for (const term of termsOfWord(word)) {
        terms.push(term)
        counts.push(n)
      }
    }
  }
  tally.clear()
  const order = codeUnitOrder(terms)
  let out = ''
  for (let i = 0; i < order.length; ) {
    const term = terms[order[i]]
    let n = counts[order[i++]]
    while (i < order.length && terms[order[i]] === term) n += counts[order[i++]]
    out += out.length === 0 ? `${term} ${n}` : `\n${term} ${n}`
  }
  return out
}

let sortKeys = new BigUint64Array(1024)
let sortKeyHalves = new Uint32Array(sortKeys.buffer)
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/** The places of the strings in code unit order (sort() without a comparator gives that
 * order; the client index expects it), equal strings side by side. Sorted by their first
 * three code units with their place packed in one 64-bit number, because a typed array
 * sorts natively, without a call into JavaScript for each comparison as sort() of strings
 * makes; then each run of places with the same first three by comparing the strings. */
export function codeUnitOrder(strings: readonly string[]): number[] {
  const n = strings.length
  const byString = (a: number, b: number): number => (strings[a] < strings[b] ? -1 : strings[a] > strings[b] ? 1 : 0)
  // a place takes 16 bits of the number
  if (n > 0xffff) return Array.from(strings.keys()).sort(byString)
  if (sortKeys.length < n) {
    sortKeys = new BigUint64Array(n * 2)
    sortKeyHalves = new Uint32Array(sortKeys.buffer)
  }
  const halves = sortKeyHalves
  // a BigUint64Array holds its numbers in the platform's byte order
  const high = LITTLE_ENDIAN ? 1 : 0
  const low = 1 - high
  for (let i = 0; i < n; i++) {
    const s = strings[i]
    // a string shorter than three sorts as if it went on with code units 0, before any
    // longer one it starts (one that holds a real 0 there ties with it and is ordered below)
    const c0 = s.length > 0 ? s.charCodeAt(0) : 0
    const c1 = s.length > 1 ? s.charCodeAt(1) : 0
    const c2 = s.length > 2 ? s.charCodeAt(2) : 0
    halves[2 * i + high] = ((c0 << 16) | c1) >>> 0
    halves[2 * i + low] = ((c2 << 16) | i) >>> 0
  }
  sortKeys.subarray(0, n).sort()
  const order = new Array<number>(n)
  for (let i = 0; i < n; i++) order[i] = halves[2 * i + low] & 0xffff
  for (let i = 0; i < n; ) {
    const prefixHigh = halves[2 * i + high]
    const prefixLow = halves[2 * i + low] >>> 16
    let j = i + 1
    while (j < n && halves[2 * j + high] === prefixHigh && halves[2 * j + low] >>> 16 === prefixLow) j++
    if (j - i > 1) {
      const tied = order.slice(i, j).sort(byString)
      for (let k = i; k < j; k++) order[k] = tied[k - i]
    }
    i = j
  }
  return order
}

/** The terms of a word that is not ASCII: foldWord of it, split where folding left
 * something that is not a letter or digit (a word of marks alone has none). Kept for the
 * words met already (a worker folds the same words in document after document: normalize
 * and two replaces each), forgotten when it grows past WORDS_MAX. */
const wordTerms = new Map<string, readonly string[]>()
const WORDS_MAX = 1 << 17

function termsOfWord(word: string): readonly string[] {
  let terms = wordTerms.get(word)
  if (terms === undefined) {
    if (wordTerms.size >= WORDS_MAX) wordTerms.clear()
    const folded = foldWord(word)
    terms = WHOLE_TERM.test(folded) ? [folded] : Array.from(folded.matchAll(/[\p{L}\p{N}]+/gu), ([part]) => part)
    wordTerms.set(word, terms)
  }
  return terms
}

/** A folded word that is one term (as matchAll would find it, in one piece). */
const WHOLE_TERM = /^[\p{L}\p{N}]+$/u

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u
let bmpWordChars: Uint8Array | undefined
let wordTally: WordTally | undefined

/** The words of texts with how often each occurs: each run of letters, digits and marks
 * (marks stay in the word, so that folding takes them off as it would from the whole text),
 * an ASCII word by its lower case (that is its folding), any other as it is written. A scan
 * over a table of the BMP's code units (cheaper than matchAll with the same class) that
 * hashes each word as it goes into an open-addressing table whose entries keep the word's
 * first spelling: a word met again is compared where it stands, so that the only strings
 * made are the distinct words (a Map would need a new string for every occurrence). */
class WordTally {
  /** The distinct words in the order met, their counts, and 1 for an ASCII word. */
  words: string[] = []
  counts: number[] = []
  ascii: number[] = []
  size = 0
  /** Open addressing: an entry's index + 1 a slot (0 empty), beside the entry's hash. */
  private slots = new Int32Array(1024)
  private hashes = new Int32Array(1024)
  private readonly table = (bmpWordChars ??= wordCharTable())

  add(text: string): void {
    const table = this.table
    const length = text.length
    let i = 0
    while (i < length) {
      // to the start of a word
      let c = text.charCodeAt(i)
      if (c < 0xd800 || c > 0xdfff ? table[c] === 0 : !this.astralWordAt(text, i)) {
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
          if (!this.astralWordAt(text, i)) break
          // a character beyond the BMP: its two code units stand or fall together
          ascii = false
          hash = Math.imul(hash ^ c, 0x01000193)
          c = text.charCodeAt(++i)
        }
        hash = Math.imul(hash ^ c, 0x01000193)
        i++
      }
      this.count(text, start, i, hash, ascii, upper)
    }
  }

  /** Whether text[i] starts a letter, digit or mark beyond the BMP (a lone surrogate is none). */
  private astralWordAt(text: string, i: number): boolean {
    const c = text.charCodeAt(i)
    return c <= 0xdbff && i + 1 < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!))
  }

  /** One occurrence of text[start, end): an ASCII word is compared by its lower case. */
  private count(text: string, start: number, end: number, hash: number, ascii: boolean, upper: boolean): void {
    const mask = this.slots.length - 1
    const length = end - start
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const e = this.slots[slot] - 1
      if (e < 0) {
        this.slots[slot] = this.size + 1
        this.hashes[slot] = hash
        const word = text.slice(start, end)
        this.words.push(upper && ascii ? word.toLowerCase() : word)
        this.counts.push(1)
        this.ascii.push(ascii ? 1 : 0)
        if (++this.size * 2 > this.slots.length) this.grow()
        return
      }
      if (this.hashes[slot] !== hash || this.ascii[e] !== (ascii ? 1 : 0)) continue
      const known = this.words[e]
      if (known.length !== length) continue
      let k = 0
      if (ascii) {
        for (; k < length; k++) {
          let c = text.charCodeAt(start + k)
          if (c <= 0x5a && c >= 0x41) c |= 0x20
          if (c !== known.charCodeAt(k)) break
        }
      } else {
        while (k < length && text.charCodeAt(start + k) === known.charCodeAt(k)) k++
      }
      if (k === length) {
        this.counts[e]++
        return
      }
    }
  }

  private grow(): void {
    const slots = this.slots
    const hashes = this.hashes
    this.slots = new Int32Array(slots.length * 2)
    this.hashes = new Int32Array(slots.length * 2)
    const mask = this.slots.length - 1
    for (let s = 0; s < slots.length; s++) {
      if (slots[s] === 0) continue
      let slot = hashes[s] & mask
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask
      this.slots[slot] = slots[s]
      this.hashes[slot] = hashes[s]
    }
  }

  /** Empty for the next document (the slots kept, as many as the largest document's needed). */
  clear(): void {
    this.slots.fill(0)
    this.words = []
    this.counts = []
    this.ascii = []
    this.size = 0
  }
}

function wordCharTable(): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && WORD_CHAR.test(String.fromCharCode(c))) table[c] = 1
  return table
}
