// PDF text extraction loses glyphs its font map lacks and leaves a space in their place
// ("毛 同志" for "毛泽东同志"). Chinese puts no spaces between characters, so a space between
// two Han characters is a dropped glyph. The text is kept as it is (guessing the glyph
// would be invention); the section gets one warning with the count and the first places.
import type { VFile } from 'vfile'
import type { Point } from '../model/memo.js'
import type { Block } from '../model/raw.js'
import { pointIn } from '../model/source.js'
import { report } from '../report/report.js'

const GAP = /\p{Script=Han}[ \u3000](?=\p{Script=Han})/gu
const SHOWN = 5

export function countDroppedGlyphs(blocks: Block[]): { count: number; first: Point[] } {
  let count = 0
  const first: Point[] = []
  for (const block of blocks) {
    for (const line of block.lines) {
      GAP.lastIndex = 0
      for (let m = GAP.exec(line.text); m; m = GAP.exec(line.text)) {
        count++
        // the place of the space, which is one UTF-16 unit (or two) after the match start
        if (first.length < SHOWN) first.push(pointIn(line, m.index + m[0].length - 1))
      }
    }
  }
  return { count, first }
}

export function reportDroppedGlyphs(blocks: Block[], label: string, file: VFile): number {
  const { count, first } = countDroppedGlyphs(blocks)
  if (count > 0) {
    const places = first.map((p) => `${p.line}:${p.column}`).join(', ')
    report(file, 'paragraphs/dropped-glyphs', first[0], `${label}: ${count} dropped glyph${count === 1 ? '' : 's'} (a space between two Han characters), first at ${places}${count > SHOWN ? ', …' : ''}; text kept as it is`)
  }
  return count
}
