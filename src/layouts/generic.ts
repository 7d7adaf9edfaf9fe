// The reader of last resort: a dump no layout recognises. Everything is body, except the
// first lines where they look like a header: a date line and the short block after it
// (date, then title), or a short block followed by a date line (title, then date). A
// first line alone is never taken as a title: it is as often the document's own heading
// ("CIPHERED TELEGRAM") as an archive's title, and a wrong title is worse than none.
import type { Field, Layout, RawHeader } from '../model/raw.js'
import type { Line } from '../model/source.js'
import { report } from '../report/report.js'
import { blockEnd, fieldOf, isBlank, looksLikeDate, skipBlank } from './header-lines.js'

const TITLE_LINES = 3
const TITLE_LENGTH = 200

export const generic: Layout = {
  name: 'generic',
  description: 'Any text: a leading date line and title are used when present; the rest is body',
  // never chosen by evidence: the registry falls back to it when nothing else fits
  detect: () => 0,
  read(source, file) {
    const lines = source.lines
    const header: RawHeader = {}
    let i = skipBlank(lines, 0)
    if (i < lines.length && looksLikeDate(lines[i].text)) {
      header.date = fieldOf(lines, i, i + 1)
      i++
      const end = blockEnd(lines, i)
      if (end > i && looksLikeTitle(lines, i, end)) {
        header.title = fieldOf(lines, i, end)
        i = end
      }
    } else if (i < lines.length) {
      // a title block whose last line is the date: "Title" / "July 9, 1962"
      const end = blockEnd(lines, i)
      const dateAt = end - 1
      if (dateAt > i && looksLikeDate(lines[dateAt].text) && looksLikeTitle(lines, i, dateAt)) {
        header.title = fieldOf(lines, i, dateAt)
        header.date = fieldOf(lines, dateAt, end)
        i = end
      }
    }
    const found = [header.date && 'date', header.title && 'title'].filter(Boolean).join(' and ')
    report(file, 'layout/no-header', header.date ? placeOf(header.date) : undefined, found ? `no known layout; took the first lines as ${found}` : 'no header found; the whole text is read as body')
    const body = lines.slice(i)
    return { layout: generic.name, header, body, lineBreaks: singleNewlines(body) ? 'lines' : 'wrapped' }
  },
}

/** A title is short and does not end like a sentence or a clause. */
function looksLikeTitle(lines: Line[], from: number, to: number): boolean {
  if (to - from > TITLE_LINES) return false
  const text = lines.slice(from, to).map((l) => l.text.trim()).join(' ')
  return text.length <= TITLE_LENGTH && !/[.,;:]$/.test(text)
}

/** A page saved with one line a paragraph and no blank lines at all: each line is a
 * paragraph. With any blank line between text, blank lines separate paragraphs. */
function singleNewlines(body: Line[]): boolean {
  const first = skipBlank(body, 0)
  let last = body.length
  while (last > first && isBlank(body[last - 1])) last--
  for (let i = first; i < last; i++) if (isBlank(body[i])) return false
  // and no line wrapped at a fixed width: some line is longer than any wrap
  return last - first >= 3 && body.slice(first, last).some((l) => l.text.length > 100)
}

function placeOf(field: Field) {
  return field.position.start
}
