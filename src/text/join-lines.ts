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
  // Code points, not one-character strings: this runs at every line join of every block.
  // The last character is the whole pair when `left` ends in a surrogate pair.
  let a = left.codePointAt(left.length - 1)!
  if (a >= 0xdc00 && a <= 0xdfff && left.length >= 2) a = left.codePointAt(left.length - 2)!
  const b = right.codePointAt(0)!
  if (isHanCode(a) && isHanCode(b)) return ''
  if (isCjkPunctuationCode(a) || isCjkPunctuationCode(b)) return ''
  return ' '
}

/** isHan for a code point. No Han character lies below U+2E80 (the CJK radicals), and the
 * unified ideographs U+4E00–U+9FFF are all Han: only the rest asks the Unicode regex. */
function isHanCode(c: number): boolean {
  if (c < 0x2e80) return false
  if (c >= 0x4e00 && c <= 0x9fff) return true
  return isHan(String.fromCodePoint(c))
}

/** Full-width punctuation of Chinese and Japanese (、。，：；！？「」《》 and the like). */
function isCjkPunctuationCode(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)
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
