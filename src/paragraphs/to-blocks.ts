// Body lines → blocks: runs of non-blank lines, hard wraps undone, ` // ` page-break markers
// taken out of the text and kept as positions.
import type { Block } from '../model/raw.js'
import type { Line } from '../model/source.js'
import { pointIn } from '../model/source.js'
import { separator } from '../text/join-lines.js'

// A page-break marker: "//" standing alone between spaces, at a line start or a line end.
// The space before it keeps URLs ("http://") out. Bounded quantifiers: no backtracking
// blow-up on a line of a million spaces.
const MARKER = /(?:^|[ \t\u00a0]{1,64})\/\/(?=[ \t\u00a0]|$)[ \t\u00a0]{0,64}/g

// eslint-disable-next-line no-control-regex -- the range from U+0000 is the point
const ABOVE_U02FF = /[^\u0000-\u02ff]/

export function toBlocks(body: Line[]): Block[] {
  const blocks: Block[] = []
  let run: Line[] = []
  const flush = () => {
    if (run.length) blocks.push(blockOf(run))
    run = []
  }
  for (const line of body) {
    // A line holding only white space (a no-break space included) or only a marker is blank.
    if (line.text.trim() === '') flush()
    else run.push(line)
  }
  flush()
  return blocks.filter((b) => b.text !== '')
}

function blockOf(lines: Line[]): Block {
  // pieces are collected and joined once: see separator() on why not `text +=`
  const parts: string[] = []
  let length = 0
  let lastPiece = ''
  const pageBreaks: number[] = []
  let pending = false
  for (const line of lines) {
    // MARKER needs "//": a line without one is its own single piece, without the regex
    const pieces = line.text.includes('//') ? line.text.split(MARKER) : [line.text]
    pieces.forEach((raw, k) => {
      if (k > 0) pending = true
      // Characters below U+0300 are all NFC already and none composes with the one
      // before it, so a piece of only those (most lines of Latin text) needs no ICU call.
      const trimmed = raw.trim()
      const piece = ABOVE_U02FF.test(trimmed) ? trimmed.normalize('NFC') : trimmed
      if (piece === '') return
      const sep = separator(lastPiece, piece)
      if (pending && length > 0) pageBreaks.push(length + sep.length)
      parts.push(sep, piece)
      length += sep.length + piece.length
      lastPiece = piece
      pending = false
    })
  }
  const text = parts.join('')
  const first = lines[0]
  const last = lines[lines.length - 1]
  const lead = first.text.length - first.text.trimStart().length
  return {
    lines,
    text,
    position: { start: pointIn(first, lead), end: pointIn(last, last.text.trimEnd().length) },
    pageBreaks,
  }
}
