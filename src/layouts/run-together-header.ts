// A PDF export's header as a repost gives it: every label on one line ("March 3, 1956
// Title Citation: "…" http://… Summary: … Original Language: Russian Contents: English
// Translation"). Each labelled piece becomes a line of its own, so the export's reader
// reads it as it reads the usual header. A piece keeps its place: it is a copy of the line
// with everything else blanked, so columns and offsets stay those of the input.
import type { Line } from '../model/source.js'
import { looksLikeDate } from './header-lines.js'

const INLINE_LABEL = /(?:^|[ \t])(Citation|Summary|Original Languages?|Contents):/gu
const HEADER_LINES = 200

/** Where the labels of a run-together header start on a line: two labels or more, or one
 * after other text. Empty when the line is not one. */
function labelStarts(text: string): number[] {
  const starts: number[] = []
  for (const m of text.matchAll(INLINE_LABEL)) starts.push(m.index + (m[0].length - m[1].length - 1))
  if (starts.length >= 2 || (starts.length === 1 && starts[0] > 0 && text.slice(starts[0]).startsWith('Citation:'))) return starts
  return []
}

/** Does a line of the first lines hold a run-together header? (Detection evidence.) */
export function hasRunTogetherHeader(lines: readonly Line[]): boolean {
  return lines.slice(0, HEADER_LINES).some((l) => labelStarts(l.text).length >= 2)
}

function piece(line: Line, from: number, to: number): Line {
  return { number: line.number, offset: line.offset, text: ' '.repeat(from) + line.text.slice(from, to).trimEnd() }
}

/** The date at the start of a text ("March 3, 1956 Record of …"): its length, or 0. */
function datePrefix(text: string): number {
  const words = text.split(' ')
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const head = words.slice(0, n).join(' ')
    if (looksLikeDate(head)) return head.length
  }
  return 0
}

/** The lines with a run-together header spread over lines of its own, a blank line between
 * its pieces (the date and the title before the first label each a piece too, the title right
 * under the date as the export gives them). */
export function spreadRunTogetherHeader(lines: readonly Line[]): Line[] {
  const out: Line[] = []
  lines.forEach((line, i) => {
    const starts = i < HEADER_LINES ? labelStarts(line.text) : []
    if (!starts.length) {
      out.push(line)
      return
    }
    const blank = (): Line => ({ number: line.number, offset: line.offset, text: '' })
    const lead = line.text.length - line.text.trimStart().length
    const cuts = [...starts, line.text.length]
    if (cuts[0] > lead) {
      const date = datePrefix(line.text.slice(lead, cuts[0]).trimEnd())
      if (date) out.push(piece(line, lead, lead + date))
      const title = lead + date
      if (line.text.slice(title, cuts[0]).trim()) out.push(piece(line, title + (line.text.slice(title).length - line.text.slice(title).trimStart().length), cuts[0]), blank())
    }
    for (let k = 0; k + 1 < cuts.length; k++) {
      // a citation's URL closes it; the export gives it a line of its own
      const url = /[ \t]https?:\/\/\S+[ \t]*$/u.exec(line.text.slice(cuts[k], cuts[k + 1]))
      const end = url ? cuts[k] + url.index : cuts[k + 1]
      out.push(piece(line, cuts[k], end), blank())
      if (url) out.push(piece(line, end + 1, cuts[k + 1]), blank())
    }
  })
  return out
}
