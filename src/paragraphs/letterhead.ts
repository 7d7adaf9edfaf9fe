// A letterhead in two columns, as the PDF export flattens it: each line holds the left
// column's words in capitals and then the right column's in ordinary case
//   FROM THE DIARY OF Secret
//   ROSHCHIN N.V. Copy No.2
// Joined as a hard-wrapped paragraph it reads "FROM THE DIARY OF Secret ROSHCHIN N.V. Copy
// No.2", the two columns interleaved; kept line by line, each line keeps its pair together.
// A wrapped heading is all capitals throughout and a wrapped sentence has no run of
// capitals at the start of every line, so neither is taken.
import type { VFile } from 'vfile'
import type { Line } from '../model/source.js'
import { report } from '../report/report.js'

const MAX_LINES = 6
const MAX_LENGTH = 60
/** A word in capitals: two letters or more ("N.V." counts, one letter a dot). */
const CAPS_WORD = /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){1,4})[,.:]?$/u
/** A word in ordinary case: a capital, then small letters ("Secret", "Copy", "Экз."). */
const TITLE_WORD = /^\p{Lu}\p{Ll}+\.?$/u

/** Does this line start with capitals and then switch to an ordinary-case word? */
function twoColumns(text: string): boolean {
  const words = text.trim().split(/\s+/u)
  if (!CAPS_WORD.test(words[0])) return false
  let i = 1
  while (i < words.length && CAPS_WORD.test(words[i])) i++
  return i < words.length && TITLE_WORD.test(words[i])
}

export function isLetterhead(lines: readonly string[]): boolean {
  if (lines.length < 2 || lines.length > MAX_LINES) return false
  if (lines.some((l) => l.trim().length > MAX_LENGTH)) return false
  return lines.every(twoColumns)
}

/** The lines with a blank line between the lines of every letterhead run, so each becomes
 * a paragraph of its own. */
export function splitLetterheads(lines: readonly Line[], file: VFile): Line[] {
  const out: Line[] = []
  let run: Line[] = []
  const flush = () => {
    if (isLetterhead(run.map((l) => l.text))) {
      report(file, 'paragraphs/letterhead', { line: run[0].number, column: 1, offset: run[0].offset }, `kept a letterhead in two columns line by line (lines ${run[0].number}–${run[run.length - 1].number})`)
      run.forEach((l, i) => {
        if (i > 0) out.push({ number: l.number, offset: l.offset, text: '' })
        out.push(l)
      })
    } else for (const l of run) out.push(l)
    run = []
  }
  for (const line of lines) {
    if (line.text.trim() === '') {
      flush()
      out.push(line)
    } else run.push(line)
  }
  flush()
  return out
}
