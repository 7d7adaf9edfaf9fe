// Undo hard wraps: join lines with one space, except between two Han characters or next to
// full-width punctuation (Chinese and Japanese do not separate words). A hyphen at a line
// end is kept with its space: archives keep real hyphens ("south-west", "30-40") at line
// ends as often as split words, and undoing the wrong one would corrupt the text.
import { isHan } from './script.js'

/** What goes between two pieces of text joined across a line end: nothing between two Han
 * characters or next to full-width punctuation, one space elsewhere. Only the last character
 * of `left` is read, so callers building a long text pass the last piece, not the whole:
 * reading the end of a string built by `+=` makes V8 flatten it, which made joining a
 * 20,000-line block quadratic. */
export function separator(left: string, right: string): string {
  if (left === '' || right === '') return ''
  const a = lastChar(left)
  const b = firstChar(right)
  if (isHan(a) && isHan(b)) return ''
  if (isCjkPunctuation(a) || isCjkPunctuation(b)) return ''
  return ' '
}

export function joinPieces(left: string, right: string): string {
  return left + separator(left, right) + right
}

export function joinLines(lines: string[]): string {
  const parts: string[] = []
  let last = ''
  for (const line of lines) {
    const piece = line.trim()
    if (piece === '') continue
    parts.push(separator(last, piece), piece)
    last = piece
  }
  return parts.join('')
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
