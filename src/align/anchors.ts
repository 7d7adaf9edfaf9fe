// Dictionary-free evidence that two groups of paragraphs say the same thing: the figures
// and dates they state, names written in Latin or Cyrillic letters, parentheses and
// quotations, and "both are short headings or signatures". Each piece raises or lowers
// the cost of a bead by a few nats; none can force a match on its own.
import { extractQuantities, type Quantity } from './quantities.js'
import { measure } from './length-model.js'
import { cyrillicToLatin } from './transliteration.js'
import { NO_KEYS, sortedUnique, WordStems, type WordScan } from './lexical.js'
import { sortedCommon, type KeyMarks } from './sorted-has.js'
import { grownTo } from './grown.js'
import { classAt, classBefore, LETTER, LOWER, NUMBER, UPPER, width } from './char-classes.js'

/** sentence: ends like a sentence. heading: no final punctuation (titles, signatures,
 * archive lines). continued: cut in mid-sentence (a page break). note: wholly inside
 * brackets ("[源：…]", "[Translator's note: …]"), an editor's addition. */
export type ParagraphKind = 'sentence' | 'heading' | 'continued' | 'note'

export interface Features {
  /** Figures and dates as interned keys (see `Interner`), sorted: "n400000", "d1-1", "m11". */
  numbers: Int32Array
  /** Weight of each key in `numbers` (a bare 1 says little, a date says much). */
  weights: Float64Array
  /** Name keys (consonant skeletons of capitalised Latin/Cyrillic words), interned, sorted, unique. */
  names: Int32Array
  /** Word stems (lexical.ts) as interned keys, sorted, unique. */
  stems: Int32Array
  /** The quantities the keys above come from, kept so that the discrepancy check reads
   * them from here instead of extracting them a second time. */
  quantities: readonly Quantity[]
  quote: boolean
  paren: boolean
  kind: ParagraphKind
  /** quote, paren and kind again as bits (KIND_FLAGS, FLAG_PAREN, FLAG_QUOTE): anchorCost and the
   * group penalties run for millions of beads and read one number instead of comparing
   * strings and reading three fields. */
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

/** Strings to small integers, per alignment run, so the search compares numbers. */
export class Interner {
  private ids = new Map<string, number>()
  // Word stems apart: a map of their own keeps them from colliding with the figure and
  // name keys without building a prefixed string for every stem of every paragraph.
  private stems = new Map<string, number>()
  private next = 0
  id(key: string): number {
    return this.intern(this.ids, key)
  }
  stem(stem: string): number {
    return this.intern(this.stems, stem)
  }
  private intern(map: Map<string, number>, key: string): number {
    let id = map.get(key)
    if (id === undefined) {
      id = this.next++
      map.set(key, id)
    }
    return id
  }
}

/** A rough sound skeleton: Latin letters, a few spelling variants folded together, vowels
 * dropped after the first letter, first three consonants kept. "Vyshinskiy" and
 * "Вышинского" both give "vsh" + "n"; "Moscow" and "Москве" both "msk". */
export function nameKey(word: string): string | undefined {
  let s = ''
  for (const ch of word.toLowerCase()) s += cyrillicToLatin[ch] ?? ch
  s = s
    .normalize('NFD')
    .replace(/[^a-z]/g, '')
    .replace(/sch|shch/g, 'S')
    .replace(/sh/g, 'S')
    .replace(/ch|tsch|tch/g, 'C')
    .replace(/kh/g, 'h')
    .replace(/ts|tz/g, 'z')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/ck|c|q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/(.)\1+/g, '$1')
  if (s.length < 3) return s.length >= 2 && /^[a-z]+$/.test(s) ? `=${s}` : undefined
  const first = s[0]
  const consonants = s.slice(1).replace(/[aeiouyj]/g, '')
  const key = (first + consonants).slice(0, 4)
  return key.length >= 3 ? key : `=${s.slice(0, 4)}`
}

const KNOWN_NAME_KEYS_MAX = 100_000

const LATIN_OR_CYRILLIC = /[\p{Script=Latin}\p{Script=Cyrillic}]/u

/** Where the capitalised word at p ends, or 0 when none starts there. The words of
 * /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{Lu}'’-]+/gu, found by a character scan
 * (char-classes.ts says why): an upper-case letter after no letter or digit, then at least
 * one letter of either case, apostrophe or hyphen. */
export function capitalisedAt(text: string, p: number): number {
  if ((classAt(text, p) & UPPER) === 0 || (classBefore(text, p) & (LETTER | NUMBER)) !== 0) return 0
  let q = p + width(text, p)
  while (q < text.length) {
    const c = text.charCodeAt(q)
    if (c < 0x80) {
      // The ASCII letters are all of \p{Lu} and \p{Ll} below 0x80.
      if (((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x27 || c === 0x2d) q++
      else break
    } else if (c === 0x2019) q++
    else if ((classAt(text, q) & (UPPER | LOWER)) !== 0) q += width(text, q)
    else break
  }
  return q > p + width(text, p) ? q : 0
}
// Sentence ends of every script (Unicode's Sentence_Terminal: the Devanagari danda "।",
// the Arabic "؟" and "۔", the Ethiopic "።", …), plus colons and semicolons (Arabic "؛"
// too). Without them a Hindi or Urdu paragraph would read as a heading.
const TERMINAL = /[\p{Sentence_Terminal}…:：;；؛]/u
const CLOSERS = new Set([...`"'”»」』)）]`].map((ch) => ch.charCodeAt(0)))
const OPEN_END = /[,，、،\-–—]/u
const SPACE = /\s/u

/** Does the text end with a character of `set`, followed only by closing quotes or
 * brackets (when `closers`) and white space? What /[…]["'”»」』)）\]]*\s*$/u asks, read
 * from the end: that regex, unanchored at the start, was tried at every position of
 * every paragraph. */
function endsWith(text: string, set: RegExp, closers: boolean): boolean {
  let k = text.length
  while (k > 0 && SPACE.test(text[k - 1])) k--
  if (closers) while (k > 0 && CLOSERS.has(text.charCodeAt(k - 1))) k--
  if (k === 0) return false
  const low = text.charCodeAt(k - 1)
  const start = (low & 0xfc00) === 0xdc00 && k >= 2 && (text.charCodeAt(k - 2) & 0xfc00) === 0xd800 ? k - 2 : k - 1
  return set.test(text.slice(start, k))
}

// One regex without the u flag (all the marks are single code units): it scans the
// paragraph once, in less than half the time of ten includes(), one per mark.
const QUOTE_MARK = /["«»“”„「」『』]/

function quoteOf(text: string): boolean {
  return QUOTE_MARK.test(text)
}

const NOTE_TEXT = /^\s*[[［【(（][^\n]*[\]］】)）][.。]?\s*$/u

/** Up to three words and short: a heading however it ends ("Article 11.", "Secret.",
 * "סעיף יא."). Standalone paragraphs that short are almost never sentences. */
function tiny(text: string): boolean {
  return atMostThreeWords(text) && measure(text) <= 20
}

/** At most three runs of non-space (none at all included): what
 * /^\s*\S+(?:\s+\S+){0,2}\s*$/u.test(text) || text.trim() === '' asks, counted by a
 * loop that stops at the fourth word, which most paragraphs reach within a few dozen
 * characters (the regex cost 0.5 µs a paragraph). */
export function atMostThreeWords(text: string): boolean {
  let words = 0
  let inWord = false
  for (let k = 0; k < text.length; k++) {
    if (isSpace(text.charCodeAt(k))) inWord = false
    else if (!inWord) {
      if (++words > 3) return false
      inWord = true
    }
  }
  return true
}

/** \s of a JavaScript regex (and what trim() removes): white space and line ends. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** The next paragraph starts with a letter of a script without case (Arabic, Hebrew,
 * Devanagari, Han, kana, Hangul, Thai…): its first letter cannot say "mid-sentence". */
const CASELESS_START = /^\s*\p{Lo}/u
/** Clause punctuation inside a paragraph: prose, not a title or a signature. */
const CLAUSE = /[,，、،;；]/u
/** Six words or more: titles and signatures are shorter (the UDHR's Arabic and Hindi
 * titles have four and five). */
const SIX_WORDS = /^\s*\S+(?:\s+\S+){5}/u

export function paragraphKind(text: string, next: string | undefined): ParagraphKind {
  if (NOTE_TEXT.test(text)) return 'note'
  if (tiny(text)) return 'heading'
  if (endsWith(text, TERMINAL, true)) return 'sentence'
  if (endsWith(text, OPEN_END, false) || (next !== undefined && /^\s*\p{Ll}/u.test(next))) return 'continued'
  // Where the next paragraph's script has no case, a lower-case start cannot tell a page
  // break; prose cut off (clause punctuation, or more words than a title has) before a
  // paragraph that goes on in prose is one, far more often than a heading.
  if (next !== undefined && CASELESS_START.test(next) && (CLAUSE.test(text) || SIX_WORDS.test(text))) return 'continued'
  return 'heading'
}

/** What featuresOf keeps from paragraph to paragraph, one per thread (never shared
 * between threads): the word tables, which are worth keeping across the documents of a
 * batch (names and words repeat; their keys and stems depend on the word alone), and
 * typed arrays the keys of one paragraph are gathered in before they are copied out.
 * Nothing featuresOf returns depends on what it saw before, only how fast it answers. */
export class FeatureScratch {
  readonly stems = new WordStems()
  /** Capitalised word → its name key, '' for a word without one (no key is empty), so that
   * one lookup answers. Emptied when it grows large. */
  readonly nameKeys = new Map<string, string>()
  numbers = new Int32Array(64)
  weights = new Float64Array(64)
  names = new Int32Array(64)
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

/** The name keys of the capitalised words of the text (interned, sorted, unique), read
 * from the places of its upper-case letters (`scan`): only those can start a capitalised
 * word, so no second scan of every character is needed. A scan from the start would try
 * them in the same order, and skip those inside a capitalised word found before. */
function nameKeysOf(text: string, scan: WordScan, interner: Interner, scratch: FeatureScratch): Int32Array {
  const uppers = scan.upper
  const known = scratch.nameKeys
  let names = scratch.names
  let count = 0
  for (let u = 0, resume = 0; u < scan.upperCount; u++) {
    const p = uppers[u]
    if (p < resume) continue
    const end = capitalisedAt(text, p)
    if (end === 0) continue
    const word = text.slice(p, end)
    resume = end
    let key = known.get(word)
    if (key === undefined) {
      // Latin letters inside Han text are names too, so only the letters decide.
      key = (LATIN_OR_CYRILLIC.test(word) ? nameKey(word) : undefined) ?? ''
      if (known.size >= KNOWN_NAME_KEYS_MAX) known.clear()
      known.set(word, key)
    }
    if (key) {
      if (count === names.length) names = scratch.names = grownTo(names, count + 1)
      names[count++] = interner.id(key)
    }
  }
  return sortedUnique(names, count)
}

/** The features of one paragraph (`next` is the paragraph after it, if any). Keys are
 * interned in this order, figures, names, stems, so that a document's keys come out the
 * same whatever the scratch has seen. */
export function featuresOf(text: string, lang: string, next: string | undefined, interner: Interner, scratch: FeatureScratch): Features {
  const quantities = extractQuantities(text, lang)
  const { numbers, weights } = figureKeys(quantities, interner, scratch)
  const scan = scratch.stems.scanWords(text)
  const names = nameKeysOf(text, scan, interner, scratch)
  let weightSum = 0
  for (let k = 0; k < weights.length; k++) weightSum += weights[k]
  const quote = quoteOf(text)
  const paren = text.includes('(') || text.includes('（')
  const kind = paragraphKind(text, next)
  return {
    numbers,
    weights,
    names,
    stems: scratch.stems.stemKeys(scan, interner),
    quantities,
    quote,
    paren,
    kind,
    flags: KIND_FLAGS[kind] | (paren ? FLAG_PAREN : 0) | (quote ? FLAG_QUOTE : 0),
    weightSum,
  }
}

// The search calls anchorCost millions of times on a long document, so the group
// measures below walk the (tiny) per-paragraph arrays in place instead of building sets.
// A group is features[start, start+count).

/** The figures' part of a bead's cost: the weighted size of the multiset intersection of
 * the two groups' figures (matched) and the weight left over on both sides (left), as
 * `-numberMatch·min(matched, cap) + numberMiss·min(left, cap)`. */
function figureTerms(
  fa: readonly Features[], ia: number, na: number, fb: readonly Features[], ib: number, nb: number, marks: KeyMarks,
): number {
  const w = anchorWeights
  let matched = 0
  let total = 0
  let usedMask = 0
  let countB = 0
  for (let y = ib; y < ib + nb; y++) {
    const wb = fb[y].weights
    for (let k = 0; k < wb.length; k++) total += wb[k]
    countB += wb.length
  }
  let countA = 0
  for (let x = ia; x < ia + na; x++) countA += fa[x].numbers.length
  if (countB === 0 || countA === 0) {
    // Nothing to match on one side (most paragraphs state no figure): A's weights are
    // added in order, as the walk below would.
    for (let x = ia; x < ia + na; x++) {
      const wa = fa[x].weights
      for (let k = 0; k < wa.length; k++) total += wa[k]
    }
  } else {
    // B's keys marked: a key of A that B lacks (most of them, in most beads the search
    // tries) needs no walk over B's figures.
    marks.startGroup()
    for (let y = ib; y < ib + nb; y++) marks.markInB(fb[y].numbers)
    for (let x = ia; x < ia + na; x++) {
      const nums = fa[x].numbers
      const wa = fa[x].weights
      for (let k = 0; k < nums.length; k++) {
        total += wa[k]
        if (!marks.markedInB(nums[k])) continue
        // Find an unused equal key on the B side (31 tracked; more is a table, not prose).
        let bit = 0
        let found = false
        for (let y = ib; y < ib + nb && !found; y++) {
          const other = fb[y].numbers
          for (let l = 0; l < other.length; l++, bit++) {
            if (other[l] === nums[k] && bit < 31 && (usedMask & (1 << bit)) === 0) {
              usedMask |= 1 << bit
              const wb = fb[y].weights[l]
              matched += wa[k] > wb ? wa[k] : wb
              total -= wa[k] + wb
              found = true
              break
            }
          }
        }
      }
    }
  }
  let cost = 0
  cost -= w.numberMatch * Math.min(matched, w.numberMatchCap)
  cost += w.numberMiss * Math.min(total > 0 ? total : 0, w.numberMissCap)
  return cost
}

/** Distinct name keys of group A found in group B. */
function sharedNames(
  fa: readonly Features[], ia: number, na: number, fb: readonly Features[], ib: number, nb: number, marks: KeyMarks,
): number {
  if (na === 1 && nb === 1) return sortedCommon(fa[ia].names, fb[ib].names)
  let anyA = false
  for (let x = ia; x < ia + na && !anyA; x++) anyA = fa[x].names.length !== 0
  if (!anyA) return 0
  // Marks, not a binary search per key and paragraph (sorted-has.ts says why).
  marks.startGroup()
  let anyB = false
  for (let y = ib; y < ib + nb; y++) {
    const names = fb[y].names
    if (names.length === 0) continue
    marks.markInB(names)
    anyB = true
  }
  if (!anyB) return 0
  let shared = 0
  for (let x = ia; x < ia + na; x++) shared += marks.countNewInB(fa[x].names)
  return shared
}

/** Weights in nats. Figures weigh most: a translator rarely drops or invents them. */
export const anchorWeights = {
  numberMatch: 1.5,
  numberMatchCap: 3,
  numberMiss: 0.6,
  numberMissCap: 4,
  name: 0.7,
  nameCap: 3,
  paren: 0.6,
  quote: 0.4,
  quoteMiss: 0.3,
  short: 1.0,
  shortLength: 45,
  headings: 1.0,
  headingVsSentence: 1.0,
  /** An editor's note in brackets facing text that is not one. */
  noteVsText: 1.5,
}

/** The anchor part of a bead's cost (negative: evidence for the match) for the group
 * fa[ia, ia+na) against fb[ib, ib+nb). lengthA and lengthB are on one scale (B divided
 * by the pair's ratio). `marks` is the pair's scratch for groups. */
export function anchorCost(
  fa: readonly Features[], ia: number, na: number,
  fb: readonly Features[], ib: number, nb: number,
  lengthA: number, lengthB: number, marks: KeyMarks,
): number {
  if (na === 1 && nb === 1) return anchorCostOne(fa, ia, fb, ib, lengthA, lengthB, marks)
  const w = anchorWeights
  let cost = figureTerms(fa, ia, na, fb, ib, nb, marks)
  cost -= w.name * Math.min(sharedNames(fa, ia, na, fb, ib, nb, marks), w.nameCap)
  // Any paragraph of a group (paren, quote, note) is an OR of the flags; every paragraph
  // (heading, sentence) an AND.
  let anyA = 0, allA = -1, anyB = 0, allB = -1
  for (let x = ia; x < ia + na; x++) {
    const f = fa[x].flags
    anyA |= f
    allA &= f
  }
  for (let y = ib; y < ib + nb; y++) {
    const f = fb[y].flags
    anyB |= f
    allB &= f
  }
  // (a group never has the short-pair bonus: that is for one paragraph against one)
  return withFlagTerms(cost, anyA, allA, anyB, allB, false)
}

/** `cost` with the terms the paragraphs' flags give added, in this order: `any` is the OR
 * of a side's flags (paren, quote, note: any paragraph of a group), `all` their AND
 * (heading, sentence: every paragraph). */
function withFlagTerms(cost: number, anyA: number, allA: number, anyB: number, allB: number, shortPair: boolean): number {
  const w = anchorWeights
  if ((anyA & anyB & FLAG_PAREN) !== 0) cost -= w.paren
  const quoteA = (anyA & FLAG_QUOTE) !== 0
  const quoteB = (anyB & FLAG_QUOTE) !== 0
  if (quoteA && quoteB) cost -= w.quote
  else if (quoteA !== quoteB) cost += w.quoteMiss
  if (((anyA ^ anyB) & FLAG_NOTE) !== 0) cost += w.noteVsText
  const headA = (allA & FLAG_HEADING) !== 0
  const headB = (allB & FLAG_HEADING) !== 0
  if (headA && headB) return cost - w.headings
  if (headA !== headB && ((allA | allB) & FLAG_SENTENCE) !== 0) cost += w.headingVsSentence
  // Two short paragraphs facing each other are usually the same heading or signature;
  // their lengths say little, so say it here.
  // (Two headings have that bonus already: stacked, a title of 26 letters took an
  // "Article 10" of 5 over the lengths' clear no.)
  if (shortPair) cost -= w.short
  return cost
}

/** anchorCost of one paragraph against one (the commonest bead), written for that case:
 * the group's OR and AND of the flags are the paragraphs' own flags. The same terms are
 * added in the same order; those left out (no figures to match, no names) would subtract
 * 0, which leaves a cost unchanged. */
function anchorCostOne(
  fa: readonly Features[], ia: number, fb: readonly Features[], ib: number, lengthA: number, lengthB: number, marks: KeyMarks,
): number {
  const w = anchorWeights
  const a = fa[ia]
  const b = fb[ib]
  let cost = 0
  if (a.numbers.length === 0) {
    // Nothing to match: what figureTerms leaves is B's total, summed in the same order.
    cost += w.numberMiss * Math.min(b.weightSum, w.numberMissCap)
  } else if (b.numbers.length === 0) {
    cost += w.numberMiss * Math.min(a.weightSum, w.numberMissCap)
  } else cost = figureTerms(fa, ia, 1, fb, ib, 1, marks)
  if (a.names.length !== 0 && b.names.length !== 0) cost -= w.name * Math.min(sortedCommon(a.names, b.names), w.nameCap)
  // one paragraph a side: its flags are both the OR and the AND
  return withFlagTerms(cost, a.flags, a.flags, b.flags, b.flags, lengthA < w.shortLength && lengthB < w.shortLength)
}
