// The stem of a word on a scale shared by the languages of a document: what the lexical
// evidence (costs/lexical-cost.ts) compares between paragraphs.
import { cyrillicToLatin } from './data/transliteration.js'
import { greekToLatin, stemFolds } from './data/stem-folds.js'

/** Letters kept in a stem: 4 is long enough to skip most function words and short enough
 * to reach past different endings ("nati-onality", "nati-onalité", "nats-" fails, hence
 * the folds). */
const STEM_LENGTH = 4

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
