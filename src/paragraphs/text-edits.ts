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

/** Two blocks as one: `glue` between their texts ("" for a word split by a line break,
 * " " for a sentence split by a page), the second block's page breaks moved along, and a
 * page break at the join when `pageBreak` is set. */
export function mergeBlocks(a: Block, b: Block, glue: string, pageBreak: boolean): Block {
  const shift = a.text.length + glue.length
  const pageBreaks = [...a.pageBreaks, ...(pageBreak ? [shift] : []), ...b.pageBreaks.map((p) => p + shift)]
  return { lines: [...a.lines, ...b.lines], text: a.text + glue + b.text, position: { start: a.position.start, end: b.position.end }, pageBreaks }
}
