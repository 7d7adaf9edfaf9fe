// Edits to a block's text that keep its page-break indices pointing at the same places.
// The cleaning steps (letter spacing, ordinals) delete or replace short spans; a page break
// after an edited span moves with the text, one inside it moves to the span's start.
import type { Block } from '../model/raw.js'

export interface Edit {
  start: number
  end: number
  text: string
}

/** Apply non-overlapping edits (in any order) to the block's text, moving its page breaks. */
export function applyEdits(block: Block, edits: Edit[]): Block {
  if (edits.length === 0) return block
  const sorted = [...edits].sort((a, b) => a.start - b.start)
  let text = ''
  let at = 0
  for (const e of sorted) {
    text += block.text.slice(at, e.start) + e.text
    at = e.end
  }
  text += block.text.slice(at)
  const move = (i: number): number => {
    let shift = 0
    for (const e of sorted) {
      if (e.end <= i) shift += e.text.length - (e.end - e.start)
      else if (e.start < i) return e.start + shift
      else break
    }
    return i + shift
  }
  return { ...block, text, pageBreaks: block.pageBreaks.map(move) }
}

/** One block from several: each after the first is joined with its `glue` ("" for a word a
 * line break split, " " for a sentence a page split) and, when `pageBreak` is set, a page
 * break at the join. Built in one pass, so a long chain of joins stays linear. */
export function mergeBlocks(first: Block, rest: { block: Block; glue: string; pageBreak: boolean }[]): Block {
  if (rest.length === 0) return first
  const texts = [first.text]
  const lines = [...first.lines]
  const pageBreaks = [...first.pageBreaks]
  let length = first.text.length
  for (const { block, glue, pageBreak } of rest) {
    length += glue.length
    if (pageBreak) pageBreaks.push(length)
    for (const p of block.pageBreaks) pageBreaks.push(p + length)
    texts.push(glue, block.text)
    for (const l of block.lines) lines.push(l)
    length += block.text.length
  }
  const last = rest[rest.length - 1].block
  return { lines, text: texts.join(''), position: { start: first.position.start, end: last.position.end }, pageBreaks }
}
