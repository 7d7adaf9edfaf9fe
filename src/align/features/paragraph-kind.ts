// What kind of paragraph a text is (a sentence, a heading, a page break's first half, an
// editor's note), read from how it ends and how the next one starts.
import { measure } from './measure.js'

/** sentence: ends like a sentence. heading: no final punctuation (titles, signatures,
 * archive lines). continued: cut in mid-sentence (a page break). note: wholly inside
 * brackets ("[源：…]", "[Translator's note: …]"), an editor's addition. */
export type ParagraphKind = 'sentence' | 'heading' | 'continued' | 'note'

// Sentence ends of every script (Unicode's Sentence_Terminal: the Devanagari danda "।",
// the Arabic "؟" and "۔", the Ethiopic "።", …), plus colons and semicolons (Arabic "؛"
// too). Without them a Hindi or Urdu paragraph would read as a heading.
const TERMINAL = /[\p{Sentence_Terminal}…:：;；؛]/u
const CLOSERS = new Set([...`"'”»」』)）]`].map((ch) => ch.charCodeAt(0)))
const OPEN_END = /[,，、،\-–—]/u
const COMMA = /[,，、،]/u

/** One of the character sets above, asked about the last character of a paragraph: each
 * code unit's answer is kept (a slice and a regex for every paragraph cost more than the
 * rest of paragraphKind), a character of two units goes to the regex. */
class CharacterSet {
  /** Per BMP code unit: 0 not asked yet, 1 not in the set, 2 in it. */
  private readonly known = new Uint8Array(0x10000)
  constructor(private readonly set: RegExp) {}
  /** Is text[start, end), one character, in the set? */
  has(text: string, start: number, end: number): boolean {
    if (end - start !== 1) return this.set.test(text.slice(start, end))
    const c = text.charCodeAt(start)
    let answer = this.known[c]
    if (answer === 0) answer = this.known[c] = this.set.test(text[start]) ? 2 : 1
    return answer === 2
  }
}

const TERMINAL_SET = new CharacterSet(TERMINAL)
const OPEN_END_SET = new CharacterSet(OPEN_END)
const COMMA_SET = new CharacterSet(COMMA)

/** Does the text end with a character of `set`, followed only by closing quotes or
 * brackets (when `closers`) and white space? What /[…]["'”»」』)）\]]*\s*$/u asks, read
 * from the end: that regex, unanchored at the start, was tried at every position of
 * every paragraph. */
function endsWith(text: string, set: CharacterSet, closers: boolean): boolean {
  let k = text.length
  // (isSpace answers as /\s/u of the one unit did)
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--
  if (closers) while (k > 0 && CLOSERS.has(text.charCodeAt(k - 1))) k--
  if (k === 0) return false
  const low = text.charCodeAt(k - 1)
  const start = (low & 0xfc00) === 0xdc00 && k >= 2 && (text.charCodeAt(k - 2) & 0xfc00) === 0xd800 ? k - 2 : k - 1
  return set.has(text, start, k)
}

const NOTE_TEXT = /^\s*[[［【(（][^\n]*[\]］】)）][.。]?\s*$/u
/** The brackets a note opens with (NOTE_TEXT's first class). */
const NOTE_OPENERS = new Set([...'[［【(（'].map((ch) => ch.charCodeAt(0)))

/** Is the text wholly inside brackets (NOTE_TEXT)? Asked of the regex only when the text
 * opens with a bracket: most paragraphs do not, and a regex call for each cost more than
 * the look at its first characters. */
function isNote(text: string): boolean {
  let k = 0
  while (k < text.length && isSpace(text.charCodeAt(k))) k++
  return NOTE_OPENERS.has(text.charCodeAt(k)) && NOTE_TEXT.test(text)
}

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
  if (isNote(text)) return 'note'
  // A short lead-in cut off at a comma ("Now, therefore,") goes on in the next paragraph,
  // as a longer one does (below); only a tiny text that ends otherwise is a heading.
  if (tiny(text)) return endsWith(text, COMMA_SET, false) ? 'continued' : 'heading'
  if (endsWith(text, TERMINAL_SET, true)) return 'sentence'
  if (endsWith(text, OPEN_END_SET, false) || (next !== undefined && /^\s*\p{Ll}/u.test(next))) return 'continued'
  // Where the next paragraph's script has no case, a lower-case start cannot tell a page
  // break; prose cut off (clause punctuation, or more words than a title has) before a
  // paragraph that goes on in prose is one, far more often than a heading.
  if (next !== undefined && CASELESS_START.test(next) && (CLAUSE.test(text) || SIX_WORDS.test(text))) return 'continued'
  return 'heading'
}
