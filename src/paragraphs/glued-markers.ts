// Note markers that lost their superscript when the page was saved: the digits stand glued
// to the word or the punctuation before them ("Khrushchev.1", "ТАСС3"), and the notes
// close the text as lines that open with their number ("1 …", "1. …"). Such a shape is
// taken as notes only when it holds together: the notes run 1, 2, 3… to the end of the
// text, and every number is glued in the text before them, in the same order. The markers
// and the notes are then written as "[1]" and "[1] …", which the footnote reader takes
// out of the body and links. A year, a count or "No.2" is never a marker: four digits
// never are, numbers after an abbreviation of "number" or of an archive part are not, and
// a number nobody's note carries is left as it is.
import type { Line } from '../model/source.js'

const NOTE_LINE = /^([ \t]{0,8})(\d{1,3})(?:[.)][ \t]{1,8}|[ \t]{1,8})(?=\S)/
// digits right after a letter, or after a letter and one closing punctuation mark, and
// before a space, punctuation or the end of the line
const GLUED = /(?<=\p{L}[.,;:!?»”"’)\]]?)\d{1,3}(?=$|[\s.,;:!?»”"’)\]])/gu
// what may stand before digits that are part of the text ("No.2", "p.16", "ll.3", "f.5")
const NOT_A_WORD = /(?:^|\P{L})(?:No|Nr|no|nr|Nos|[№plfd]|pp|ll|op|vol|Vol|art|Art|ch|Ch|sec|Sec|Nº)\.?$/u

interface Glued {
  line: number
  at: number
  label: number
}

const isBlankText = (text: string) => text.trim() === ''

/** The lines with glued markers and their notes bracketed, when the text holds that
 * shape; the lines as they were otherwise. `lineBreaks` 'wrapped' lets a note run on over
 * the lines after its number. */
export function bracketGluedNotes(lines: Line[], lineBreaks: 'wrapped' | 'lines'): { lines: Line[]; count: number } {
  const run = trailingNotes(lines, lineBreaks)
  if (!run) return { lines, count: 0 }
  const marks = gluedInOrder(lines, run.from, run.labels.length)
  if (!marks) return { lines, count: 0 }
  const out = [...lines]
  // markers, right to left within a line so earlier columns stay put
  for (const m of [...marks].reverse()) {
    const line = out[m.line]
    const digits = String(m.label)
    out[m.line] = { ...line, text: `${line.text.slice(0, m.at)}[${digits}]${line.text.slice(m.at + digits.length)}` }
  }
  for (const i of run.labels) {
    const line = out[i]
    out[i] = { ...line, text: line.text.replace(NOTE_LINE, (_all, lead: string, n: string) => `${lead}[${n}] `) }
  }
  return { lines: out, count: run.labels.length }
}

/** The notes closing the text: lines numbered 1…N with nothing but their continuations
 * (in a wrapped dump) and blank lines after the first. */
function trailingNotes(lines: Line[], lineBreaks: 'wrapped' | 'lines'): { from: number; labels: number[] } | undefined {
  // walk back from the last line to the note numbered 1
  let expected = -1
  const labels: number[] = []
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i].text
    if (isBlankText(text)) continue
    const m = NOTE_LINE.exec(text)
    if (m) {
      const n = Number(m[2])
      if (expected !== -1 && n !== expected) return undefined
      labels.unshift(i)
      if (n === 1) return { from: i, labels }
      expected = n - 1
      continue
    }
    // a wrapped note's next line, in the block its number opens
    if (lineBreaks !== 'wrapped' || i === 0 || isBlankText(lines[i - 1].text)) return undefined
  }
  return undefined
}

/** Markers 1…count glued in the text before line `before`, in order; undefined unless
 * every one is there. */
function gluedInOrder(lines: Line[], before: number, count: number): Glued[] | undefined {
  const found: Glued[] = []
  let next = 1
  for (let i = 0; i < before && next <= count; i++) {
    const text = lines[i].text
    GLUED.lastIndex = 0
    for (let m = GLUED.exec(text); m && next <= count; m = GLUED.exec(text)) {
      if (Number(m[0]) !== next || m[0].startsWith('0') || NOT_A_WORD.test(text.slice(Math.max(0, m.index - 5), m.index))) continue
      found.push({ line: i, at: m.index, label: next })
      next++
    }
  }
  return next > count ? found : undefined
}
