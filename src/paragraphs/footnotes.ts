// Footnotes: markers "[1]" in the text and, at the end of the text (or of a language's
// section), the notes, each opening with its marker. The notes leave the body and become
// their own list, so they are neither paragraphs nor aligned; the markers stay in the text
// as the archive wrote them, and each note records the paragraphs that cite it.
//
// A run of notes starts with "[1]" at the start of a paragraph (after a blank line, a rule
// "____" or a "Notes" heading; any line of a page saved line by line), only when "[1]"
// also stands inside the text before it, and goes on with "[2]", "[3]"… in order; a note
// that follows the paragraph citing it ends its run, and the next one ("[2]" after the
// next paragraph) goes on with it. Markers glued to words (glued-markers.ts) are
// bracketed first. A note's text may follow its marker on the same line
// or on the next one, and may wrap (a wrapped dump) until the next marker.
import type { Paragraph } from '../model/memo.js'
import type { RawNote } from '../model/raw.js'
import type { Line } from '../model/source.js'
import { pointIn } from '../model/source.js'
import { joinPieces } from '../text/join-lines.js'
import { bracketGluedNotes } from './glued-markers.js'

const NOTE_START = /^[ \t]{0,8}\[(\d{1,3})\][ \t]{0,8}/
const RULE_OR_HEADING = /^[ \t]{0,8}(?:[_\-–—*=]{3,80}|(?:Notes|Footnotes|Endnotes|Примечания)[ \t]{0,4}:?)[ \t]{0,8}$/i

export interface NotesTaken {
  /** The body without the notes; removed lines are blank, so positions stay as they were. */
  lines: Line[]
  notes: RawNote[]
}

const blank = (line: Line): Line => ({ number: line.number, offset: line.offset, text: '' })
const isBlankText = (text: string) => text.trim() === ''

export function takeNotes(body: Line[], lineBreaks: 'wrapped' | 'lines'): NotesTaken {
  const lines = [...bracketGluedNotes(body, lineBreaks).lines]
  const notes: RawNote[] = []
  // a note may follow the paragraph that cites it, the next one the next paragraph: a run
  // goes on where the last one stopped
  let nextLabel = 0
  // where the text of the current section starts: the markers must stand after it
  let textFrom = 0
  for (let i = 0; i < lines.length; i++) {
    const m = NOTE_START.exec(lines[i].text)
    if (!m || (m[1] !== '1' && Number(m[1]) !== nextLabel) || !opensParagraph(lines, i, lineBreaks) || !citedBefore(lines, textFrom, i, m[1])) continue
    let expected = Number(m[1])
    let k = i
    let current: { label: string; from: number; to: number; text: string } | undefined
    const flush = () => {
      if (!current) return
      // the place in the dump as written, before any glued marker was bracketed
      const first = body[current.from]
      const last = body[current.to]
      notes.push({ label: current.label, text: current.text, position: { start: pointIn(first, first.text.length - first.text.trimStart().length), end: pointIn(last, last.text.trimEnd().length) } })
      current = undefined
    }
    const taken: number[] = []
    for (; k < lines.length; k++) {
      const text = lines[k].text
      const start = NOTE_START.exec(text)
      if (start && Number(start[1]) === expected) {
        flush()
        current = { label: start[1], from: k, to: k, text: text.slice(start[0].length).trim() }
        expected++
        taken.push(k)
        continue
      }
      if (isBlankText(text)) continue
      if (!current) break
      // The note's text on the line after a bare marker; or a wrapped note's next line.
      const continues = current.text === '' || (lineBreaks === 'wrapped' && !isBlankText(lines[k - 1].text))
      if (!continues) break
      current.text = joinPieces(current.text, text.trim())
      current.to = k
      taken.push(k)
    }
    flush()
    // a rule or "Notes" heading right before the run belongs to it
    let h = i - 1
    while (h >= 0 && isBlankText(lines[h].text)) h--
    if (h >= 0 && RULE_OR_HEADING.test(lines[h].text)) taken.push(h)
    for (const t of taken) lines[t] = blank(lines[t])
    textFrom = k
    nextLabel = expected
    i = k - 1
  }
  return { lines, notes }
}

function opensParagraph(lines: Line[], i: number, lineBreaks: 'wrapped' | 'lines'): boolean {
  // a page saved line by line makes every line a paragraph
  if (i === 0 || lineBreaks === 'lines') return true
  const prev = lines[i - 1].text
  return isBlankText(prev) || RULE_OR_HEADING.test(prev)
}

/** Is "[label]" inside a line of text (not opening it) between from and to? */
function citedBefore(lines: Line[], from: number, to: number, label: string): boolean {
  const marker = `[${label}]`
  for (let k = from; k < to; k++) {
    const at = lines[k].text.indexOf(marker)
    if (at > 0 && lines[k].text.slice(0, at).trim() !== '') return true
  }
  return false
}

/** Notes with the paragraphs that cite them: a run of notes (labels starting again at "1")
 * serves the text between the previous run and itself. */
export function linkNotes<N extends RawNote>(notes: N[], sections: { id: string; paragraphs: Paragraph[] }[]): (N & { refs?: { section: string; paragraph: number }[] })[] {
  let scopeFrom = -1
  let runStart = 0
  return notes.map((note, n) => {
    if (n > 0 && note.label === '1') {
      scopeFrom = notes[n - 1].position.end.offset
      runStart = n
    }
    // a marker stands before its note: the run's first note closes the text a run at the
    // end serves, and a note that follows its paragraph closes its own
    const scopeTo = Math.max(notes[runStart].position.start.offset, note.position.start.offset)
    const marker = `[${note.label}]`
    const refs: { section: string; paragraph: number }[] = []
    for (const section of sections) {
      section.paragraphs.forEach((p, index) => {
        const at = p.position.start.offset
        if (at > scopeFrom && at < scopeTo && p.text.includes(marker)) refs.push({ section: section.id, paragraph: index })
      })
    }
    return refs.length ? { ...note, refs } : { ...note }
  })
}
