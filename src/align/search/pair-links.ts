// The links an n-way alignment implies between two of its sections. A row holding two or
// more paragraphs of both (the sample's English 12-13 and Russian 10-11, joined into one
// row by the Chinese translator's merge) is split by the pair's own search, so the pair
// sees 12↔10 and 13↔11, not four links. Used to evaluate against pairwise gold links
// and by anyone who wants one language pair out of the rows.
import type { AlignmentRow, Section } from '../../model/memo.js'
import { prepareSide } from '../costs/side.js'
import { Interner } from '../features/interner.js'
import { FeatureScratch } from '../features/paragraph-features.js'
import { alignTwo } from './align-two.js'
import { refineBlock } from './refine-block.js'

/** Links as [paragraph of a, paragraph of b], in order. `scratch` reads the features when
 * a block must be split (a new one unless given). */
export function pairLinks(
  sections: Section[], rows: AlignmentRow[], a: string, b: string, scratch: FeatureScratch = new FeatureScratch(),
): Array<[number, number]> {
  const sa = sections.find((s) => s.id === a)
  const sb = sections.find((s) => s.id === b)
  if (!sa || !sb) throw new Error(`no section ${sa ? b : a}`)
  let ctx: ReturnType<typeof alignTwo>['ctx'] | undefined
  const links: Array<[number, number]> = []
  for (const row of rows) {
    const pa = row.cells[a] ?? []
    const pb = row.cells[b] ?? []
    if (pa.length > 1 && pb.length > 1) {
      if (!ctx) {
        const interner = new Interner()
        const texts = (s: Section) => s.paragraphs.map((p) => p.text)
        ctx = alignTwo(prepareSide(texts(sa), sa.lang, interner, scratch), prepareSide(texts(sb), sb.lang, interner, scratch)).ctx
      }
      const beads = refineBlock(ctx, pa[0], pa.length, pb[0], pb.length)
      if (beads) {
        for (const bead of beads) {
          for (let x = 0; x < bead.di; x++) for (let y = 0; y < bead.dj; y++) links.push([bead.i + x, bead.j + y])
        }
        continue
      }
    }
    for (const x of pa) for (const y of pb) links.push([x, y])
  }
  return links
}
