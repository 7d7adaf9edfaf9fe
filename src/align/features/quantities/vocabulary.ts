// The words a paragraph's quantities can start with (number words, month names, Russian
// compound stems), per language, and a test that rules most other words out by their
// first letters and length.
import { numberWords, ruCompoundPrefixes } from '../data/number-words.js'
import { monthNames } from '../data/unit-words.js'

// The data tables as Maps, built once: the lookups run for every word of the text.
const numberMaps = new Map(Object.entries(numberWords).map(([lang, table]) => [lang, new Map(Object.entries(table))]))
const anyNumberWord = new Map<string, number>()
for (const table of numberMaps.values()) for (const [w, n] of table) if (!anyNumberWord.has(w)) anyNumberWord.set(w, n)
export const compoundPrefixes = Object.entries(ruCompoundPrefixes)
export const prefixStarts = new Set(compoundPrefixes.map(([p]) => p.slice(0, 3)))
export const monthMap = new Map(Object.entries(monthNames))

/** Per language: for each beginning of three letters (see packedLower) the greatest
 * length of a word the word branch of extractQuantities could act on (a number word of
 * the language's table, a month name, a Russian compound stem: no limit). Three letters,
 * not two: "the", "this", "that" share "th" with "three" and "thirty" (a quarter of the
 * English words passed a two-letter test, one in twenty-three passes this one). `pairs`
 * numbers the beginnings of two letters of those words (0: none starts so) and `longest`
 * holds a row of third letters per number: two table reads where a Map of three-letter
 * keys was asked about one word in four. */
export interface Vocabulary {
  /** The language tag's primary subtag, lower case. */
  primary: string
  pairs: Uint8Array
  longest: Int32Array
}
/** Per language tag as given (a section's paragraphs all give one): a table of constants,
 * built when the tag is first met. */
const vocabularies = new Map<string, Vocabulary>()
/** Values of packedLower: 0x00-0xAF. */
const PACKED = 0xb0
/** `longest` of a Russian compound stem: any word that starts with it. */
const UNLIMITED = 0x7fffffff

export function vocabularyOf(lang: string): Vocabulary {
  let vocabulary = vocabularies.get(lang)
  if (vocabulary) return vocabulary
  const primary = lang.toLowerCase().split('-')[0]
  const words: Array<[string, number]> = []
  for (const w of (numberMaps.get(primary) ?? anyNumberWord).keys()) words.push([w, w.length])
  for (const w of monthMap.keys()) words.push([w, w.length])
  if (primary === 'ru' || primary === 'uk' || primary === 'be') for (const [prefix] of compoundPrefixes) words.push([prefix, UNLIMITED])
  const pairs = new Uint8Array(PACKED * PACKED)
  const rows: Array<[a: number, b: number, c: number, length: number]> = []
  let rowCount = 0
  for (const [word, length] of words) {
    // A pair is marked even when the third letter has no row: a word that starts with it
    // may still be this one.
    const a = packedLower(word.charCodeAt(0))
    const b = word.length > 1 ? packedLower(word.charCodeAt(1)) : 0
    if (a < 0 || b < 0) continue
    if (pairs[a * PACKED + b] === 0) pairs[a * PACKED + b] = ++rowCount
    const c = word.length > 2 ? packedLower(word.charCodeAt(2)) : 0
    if (c >= 0) rows.push([a, b, c, length])
  }
  if (rowCount > 0xff) throw new Error(`vocabulary of ${primary}: more than 255 beginnings of two letters`)
  const longest = new Int32Array((rowCount + 1) * PACKED)
  for (const [a, b, c, length] of rows) {
    const at = pairs[a * PACKED + b] * PACKED + c
    longest[at] = Math.max(longest[at], length)
  }
  vocabulary = { primary, pairs, longest }
  vocabularies.set(lang, vocabulary)
  return vocabulary
}

/** A code unit lowered, in 8 bits: ASCII as itself, lower-case basic Cyrillic
 * (U+0430-U+045F) from 0x80; -1 for any other unit. */
function packedLower(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c
  if (c >= 0x410 && c <= 0x42f) return c + 0x20 - 0x430 + 0x80
  if (c >= 0x430 && c <= 0x45f) return c - 0x430 + 0x80
  if (c >= 0x400 && c <= 0x40f) return c + 0x50 - 0x430 + 0x80
  return -1
}

/** False when the word s[start, end) cannot be in `vocabulary` (vocabularyOf), whatever
 * its case: most words of prose, told apart without building the word or its lower-case
 * form. Lowering a word never makes it shorter, so its length bounds the lowered word's
 * from below. Only ASCII and basic Cyrillic lower one unit to one unit; a word that starts
 * with any other letter is not ruled out. */
export function mayBeVocabulary(s: string, start: number, end: number, vocabulary: Vocabulary): boolean {
  const a = packedLower(s.charCodeAt(start))
  const b = end - start > 1 ? packedLower(s.charCodeAt(start + 1)) : 0
  if (a < 0 || b < 0) return true
  const row = vocabulary.pairs[a * PACKED + b]
  if (row === 0) return false
  const c = end - start > 2 ? packedLower(s.charCodeAt(start + 2)) : 0
  if (c < 0) return true
  const longest = vocabulary.longest[row * PACKED + c]
  return longest !== 0 && end - start <= longest
}

export function lookupNumberWord(word: string, lang: string): number | undefined {
  return (numberMaps.get(lang) ?? anyNumberWord).get(word)
}
