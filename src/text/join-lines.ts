// Undo hard wraps: join lines with one space, except between two Han characters or next to
// full-width punctuation (Chinese and Japanese do not separate words). A hyphen at a line
// end is kept with its space: archives keep real hyphens ("south-west", "30-40") at line
// ends as often as split words, and undoing the wrong one would corrupt the text.
import { isHan } from './script.js'

export function joinPieces(left: string, right: string): string {
  if (left === '') return right
  if (right === '') return left
  const a = lastChar(left)
  const b = firstChar(right)
  if (isHan(a) && isHan(b)) return left + right
  if (isCjkPunctuation(a) || isCjkPunctuation(b)) return left + right
  return `${left} ${right}`
}

export function joinLines(lines: string[]): string {
  let out = ''
  for (const line of lines) out = joinPieces(out, line.trim())
  return out
}

function lastChar(s: string): string | undefined {
  const cp = s.codePointAt(s.length - 1)
  if (cp === undefined) return undefined
  // a low surrogate: step back to the whole character
  if (cp >= 0xdc00 && cp <= 0xdfff && s.length >= 2) return String.fromCodePoint(s.codePointAt(s.length - 2)!)
  return String.fromCodePoint(cp)
}

function firstChar(s: string): string | undefined {
  const cp = s.codePointAt(0)
  return cp === undefined ? undefined : String.fromCodePoint(cp)
}

/** Full-width punctuation of Chinese and Japanese (、。，：；！？「」『』（）《》“” and the like). */
export function isCjkPunctuation(ch: string | undefined): boolean {
  if (!ch) return false
  const c = ch.codePointAt(0)!
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)
}
