// Blocks of one section → paragraphs, joining the paragraphs a page break split in two.
// The PDF export shows a page break as a blank line in mid-sentence, so a block is joined
// to the one before it when the text visibly runs on:
//   - the next block starts with a lower-case letter ("с большими" / "аудиториями"), or
//   - the block ends on a character that cannot end a paragraph: a comma (",", "，", "、"),
//     a hyphen or dash, or - in a block of running text - a lower-case letter
//     ("…meetings with large").
// A block ending in an upper-case word, a digit or a Han character is left alone, and so is
// a short line ending in lower case: those are headers, signatures and dates
// ("USSR AMBASSADOR IN CHINA", "Посол СССР в Китае", "大使", "1 JANUARY 1950").
import type { VFile } from 'vfile'
import type { Paragraph } from '../model/memo.js'
import type { Block } from '../model/raw.js'
import { report } from '../report/report.js'
import { separator } from '../text/join-lines.js'
import { startsOwnParagraph } from './turns.js'

const STARTS_LOWER = /^\p{Ll}/u
const ENDS_COMMA = /[,，、\-–—]$/u
const ENDS_LOWER = /\p{Ll}$/u
/** Shorter than this, a block ending in lower case is a heading or signature line. */
const RUNNING_TEXT = 60

function runsOn(text: string): boolean {
  return ENDS_COMMA.test(text) || (text.length >= RUNNING_TEXT && ENDS_LOWER.test(text))
}

/** `guess` false: the dump marks its page breaks (web pages), so no blank line is one. */
export function joinPageBreaks(blocks: Block[], file: VFile, guess = true): Paragraph[] {
  const out: Paragraph[] = []
  // The paragraph being built: its pieces are joined once at the end, and only its last
  // block is read to decide a join, so a run of many joins stays linear (see separator()).
  let open: { parts: string[]; length: number; tail: string; breaks: number[]; position: Paragraph['position'] } | undefined
  let prev: Block | undefined
  const close = () => {
    if (!open) return
    const p: Paragraph = { text: open.parts.join(''), position: open.position }
    if (open.breaks.length) p.pageBreaks = open.breaks
    out.push(p)
  }
  for (const block of blocks) {
    // A telegram header or a speaker turn opens a paragraph whatever came before it.
    if (guess && open && prev && !startsOwnParagraph(block.text) && (STARTS_LOWER.test(block.text) || runsOn(open.tail))) {
      const sep = separator(open.tail, block.text)
      const shift = open.length + sep.length
      open.breaks.push(shift)
      for (const b of block.pageBreaks) open.breaks.push(b + shift)
      open.parts.push(sep, block.text)
      open.length = shift + block.text.length
      open.tail = block.text
      open.position = { start: open.position.start, end: block.position.end }
      report(file, 'paragraphs/page-break-join', block.position.start, `joined a paragraph split by a page break (line ${prev.position.end.line} runs on at line ${block.position.start.line})`)
    } else {
      close()
      open = { parts: [block.text], length: block.text.length, tail: block.text, breaks: [...block.pageBreaks], position: block.position }
    }
    prev = block
  }
  close()
  return out
}
