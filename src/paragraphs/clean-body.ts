// Body lines → blocks, cleaned of page chrome. The order matters:
//   1. footnotes leave the body (their lines become blank lines);
//   2. paragraph boundaries are marked with blank lines: every line on a page saved from the
//      web ('lines'), and around telegram headers and before speaker turns in a wrapped dump;
//      a "(p. N)" page marker line becomes a boundary and is remembered;
//   3. a two-column letterhead is kept line by line; toBlocks joins hard wraps and takes
//      out " // " markers;
//   4. blocks a page marker split are joined back with a page break at the join, digits and
//      the ordinal suffix a superscript pushed onto the next line are one word again, and
//      letter-spaced words are closed up.
// Lines holding only white space (a no-break space included) are blank: they separate
// paragraphs and never become one.
import type { VFile } from 'vfile'
import type { Block, RawDocument, RawNote } from '../model/raw.js'
import type { Line, Source } from '../model/source.js'
import { report } from '../report/report.js'
import { takeNotes } from './footnotes.js'
import { joinLetterSpacing } from './letter-spacing.js'
import { splitLetterheads } from './letterhead.js'
import { rejoinOrdinals } from './ordinals.js'
import { isPageMarker, splitsParagraph } from './page-markers.js'
import { joinPieces } from '../text/join-lines.js'
import { isViewerChrome } from '../text/viewer-chrome.js'
import { mergeBlocks } from './text-edits.js'
import { toBlocks } from './to-blocks.js'
import { isSpeakerTurn, isTelegramHeader } from './turns.js'

export interface CleanBody {
  blocks: Block[]
  notes: RawNote[]
}

const separator = (line: Line): Line => ({ number: line.number, offset: line.offset, text: '' })

/** The layout's body as blocks and notes. A dump whose body holds no text at all (cut short,
 * or saved before its text) says so at its end, rather than hand back a document with no
 * sections and no word why. */
export function cleanBody(doc: RawDocument, source: Source, file: VFile): CleanBody {
  const body = bodyBlocks(doc.body, doc.lineBreaks, file)
  if (body.blocks.length === 0) {
    const last = source.lines[source.lines.length - 1]
    report(file, 'layout/no-body', { line: last.number, column: 1, offset: last.offset }, 'the dump ends before any body text (cut short?); the record holds only the header')
  }
  return body
}

export function bodyBlocks(body: Line[], lineBreaks: 'wrapped' | 'lines' = 'wrapped', file: VFile): CleanBody {
  const { lines, notes } = takeNotes(body, lineBreaks)
  if (notes.length) report(file, 'paragraphs/footnotes', notes[0].position.start, `took ${notes.length} footnote${notes.length === 1 ? '' : 's'} out of the text into the notes`)

  const marked: Line[] = []
  const markers: Line[] = []
  let prevText = false
  let prevHeader = false
  for (const line of lines) {
    const text = line.text
    if (text.trim() === '' || isViewerChrome(text)) {
      marked.push(text.trim() === '' ? line : separator(line))
      prevText = false
      continue
    }
    if (isPageMarker(text)) {
      markers.push(line)
      marked.push(separator(line))
      prevText = false
      continue
    }
    // startsOwnParagraph(text) is isTelegramHeader(text) || isSpeakerTurn(text); the
    // telegram test, needed again for prevHeader, is made once a line.
    const header = lineBreaks !== 'lines' && isTelegramHeader(text)
    const own = lineBreaks === 'lines' || header || isSpeakerTurn(text) || prevHeader
    if (prevText && own) marked.push(separator(line))
    marked.push(line)
    prevText = true
    prevHeader = lineBreaks === 'wrapped' && header
  }

  let blocks = toBlocks(lineBreaks === 'wrapped' ? splitLetterheads(marked, file) : marked)
  blocks = joinAcrossMarkers(blocks, markers, file)
  blocks = rejoinOrdinals(blocks)
  blocks = blocks.map(joinLetterSpacing)
  return { blocks, notes }
}

/** Join the blocks on either side of a page marker when the marker split a paragraph. */
function joinAcrossMarkers(blocks: Block[], markers: Line[], file: VFile): Block[] {
  if (markers.length === 0) return blocks
  const groups: { first: Block; rest: { block: Block; glue: string; pageBreak: boolean }[]; last: Block }[] = []
  let m = 0
  for (const block of blocks) {
    const group = groups[groups.length - 1]
    // the marker between the previous block and this one
    let between: Line | undefined
    while (m < markers.length && markers[m].number < block.position.start.line) {
      if (group && markers[m].number > group.last.position.end.line) between = markers[m]
      m++
    }
    if (group && between && splitsParagraph(group.last.text, block.text)) {
      // the glue depends only on the characters either side of the join
      const left = group.last.text
      const joined = joinPieces(left, block.text)
      group.rest.push({ block, glue: joined.slice(left.length, joined.length - block.text.length), pageBreak: true })
      group.last = block
      report(file, 'paragraphs/page-break-join', { line: between.number, column: 1, offset: between.offset }, `joined a paragraph split by the page marker "${between.text.trim()}"`)
    } else groups.push({ first: block, rest: [], last: block })
  }
  return groups.map((g) => mergeBlocks(g.first, g.rest))
}
