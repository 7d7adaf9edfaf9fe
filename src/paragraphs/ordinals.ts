// A superscript ordinal suffix that the page put on a line of its own ("1" / "st Main
// Directorate"): the digits and the suffix are one word again ("1st Main Directorate").
// Within a block the line join left "1 st"; across blocks (a page saved line by line) the
// digits end one block and the suffix opens the next.
import type { Block } from '../model/raw.js'
import { applyEdits, mergeBlocks, type Edit } from './text-edits.js'

const SUFFIX = /^(?:st|nd|rd|th)(?![\p{L}\p{N}])/u
const ENDS_DIGITS = /(?<!\p{L})\d{1,4}$/u

/** Does this line break split an ordinal? `left` is the text before the break. */
function splitsOrdinal(left: string, right: string): boolean {
  return ENDS_DIGITS.test(left.trimEnd()) && SUFFIX.test(right.trimStart())
}

export function rejoinOrdinals(blocks: Block[]): Block[] {
  // groups of blocks to merge: the first block, then the ones glued to it
  const groups: { first: Block; rest: { block: Block; glue: string; pageBreak: boolean }[]; last: Block }[] = []
  for (const block of blocks) {
    const fixed = withinBlock(block)
    const group = groups[groups.length - 1]
    if (group && splitsOrdinal(group.last.text, fixed.text)) {
      group.rest.push({ block: fixed, glue: '', pageBreak: false })
      group.last = fixed
    } else groups.push({ first: fixed, rest: [], last: fixed })
  }
  return groups.map((g) => mergeBlocks(g.first, g.rest))
}

/** "1 st" where a line ended after the digits: the space the line join put there goes. */
function withinBlock(block: Block): Block {
  let splits = 0
  for (let k = 1; k < block.lines.length; k++) if (splitsOrdinal(block.lines[k - 1].text, block.lines[k].text)) splits++
  if (splits === 0) return block
  const edits: Edit[] = []
  const joined = /(?<!\p{L})\d{1,4} (?:st|nd|rd|th)(?![\p{L}\p{N}])/gu
  for (let m = joined.exec(block.text); m && edits.length < splits; m = joined.exec(block.text)) {
    const at = m.index + m[0].indexOf(' ')
    edits.push({ start: at, end: at + 1, text: '' })
  }
  return applyEdits(block, edits)
}
