// rowCost (src/align/search/row-cost.ts) on a constructed four-section document: sections A, B and
// D carry four articles one paragraph each; C merges articles 2 and 3 into one paragraph.
// The joint row of that merge holds two paragraphs of A, B and D, which face each other one
// to one: it must cost their inner 1:1 beads, not a 2:2 bead in each of those pairs. A row
// that is finer rows run together keeps its whole-bead cost.
import { describe, expect, it } from 'vitest'
import { alignSequences } from '../src/align/align-sequences.js'
import { beadCost } from '../src/align/costs/bead-cost.js'
import { prepareSide } from '../src/align/costs/side.js'
import { Interner } from '../src/align/features/interner.js'
import { FeatureScratch } from '../src/align/features/paragraph-features.js'
import { alignTwo } from '../src/align/search/align-two.js'
import { refineBlock } from '../src/align/search/refine-block.js'
import { rowCost, type RowPair } from '../src/align/search/row-cost.js'

const articles = [
  'All human beings are born free and equal in dignity and rights, and should act towards one another in a spirit of brotherhood.',
  'Everyone has the right to life, liberty and security of person.',
  'No one shall be held in slavery or servitude; slavery and the slave trade shall be prohibited in all their forms.',
  'Everyone has the right to recognition everywhere as a person before the law, in 1948 as in 2024.',
]
const merged = [articles[0], `${articles[1]} ${articles[2]}`, articles[3]]
const texts = [articles, articles, merged, articles]

function pairsOf(texts: string[][]): RowPair[] {
  const interner = new Interner()
  const scratch = new FeatureScratch()
  const sides = texts.map((list) => prepareSide(list, 'en', interner, scratch))
  const pairs: RowPair[] = []
  for (let s = 0; s < sides.length; s++) {
    for (let t = s + 1; t < sides.length; t++) pairs.push({ s, t, ctx: alignTwo(sides[s], sides[t]).ctx })
  }
  return pairs
}

/** The old cost: every pair's block as one bead. */
function wholeBeads(cells: number[][], at: number[], pairs: RowPair[]): number {
  let total = 0
  for (const { s, t, ctx } of pairs) {
    if (cells[s].length || cells[t].length) total += beadCost(ctx, at[s], cells[s].length, at[t], cells[t].length)
  }
  return total
}

describe('rowCost', () => {
  const pairs = pairsOf(texts)

  it('costs the merge row by the inner 1:1 beads of the sections that keep the articles apart', () => {
    const cells = [[1, 2], [1, 2], [1], [1, 2]]
    const at = [1, 1, 1, 1]
    let expected = 0
    for (const { s, t, ctx } of pairs) {
      // A, B and D (0, 1, 3) face each other one to one; C's pairs are one 2:1 bead.
      if (s === 2 || t === 2) expected += beadCost(ctx, at[s], cells[s].length, at[t], cells[t].length)
      else expected += beadCost(ctx, 1, 1, 1, 1) + beadCost(ctx, 2, 1, 2, 1)
    }
    expect(rowCost(cells, at, pairs)).toBeCloseTo(expected, 9)
    // 2:2 beads in the three pairs cost more by at least their priors.
    expect(wholeBeads(cells, at, pairs) - rowCost(cells, at, pairs)).toBeGreaterThan(3 * 3)
  })

  it('keeps the whole-bead cost of a row that is finer rows run together', () => {
    // Articles 1 and 2 in A, B and D, nothing of C: every section of the row is matched one
    // to one, so the row is two rows. Credited its chains it would cost what the two rows
    // cost, and the search could merge them for nothing.
    const cells = [[0, 1], [0, 1], [], [0, 1]]
    const at = [0, 0, 0, 0]
    expect(rowCost(cells, at, pairs)).toBeCloseTo(wholeBeads(cells, at, pairs), 9)
  })

  it('does not credit two sections alone inside a merge row', () => {
    // D breaks the merged text after a few words, so its two paragraphs face A's and B's
    // as one 2:2 bead, not one to one: only A and B are matched one to one inside C's
    // merge, and their own search alone would decide, so they pay their 2:2 bead.
    const broken = `${articles[1]} ${articles[2]}`
    const other = pairsOf([articles, articles, merged, [articles[0], broken.slice(0, 20), broken.slice(20), articles[3]]])
    const cells = [[1, 2], [1, 2], [1], [1, 2]]
    const at = [1, 1, 1, 1]
    const ab = other.find((pair) => pair.s === 0 && pair.t === 1)!
    const ad = other.find((pair) => pair.s === 0 && pair.t === 3)!
    expect(refineBlock(ab.ctx, 1, 2, 1, 2)?.length).toBe(2)
    expect(refineBlock(ad.ctx, 1, 2, 1, 2)?.length).toBe(1)
    expect(rowCost(cells, at, other)).toBeCloseTo(wholeBeads(cells, at, other), 9)
  })

  it('prices a merge row run together with the row before it above the two rows', () => {
    const merged = [[0, 1, 2], [0, 1, 2], [0, 1], [0, 1, 2]]
    const first = [[0], [0], [0], [0]]
    const second = [[1, 2], [1, 2], [1], [1, 2]]
    const at = [0, 0, 0, 0]
    expect(rowCost(first, at, pairs) + rowCost(second, [1, 1, 1, 1], pairs)).toBeLessThan(rowCost(merged, at, pairs) - 3)
  })

  it('aligns the constructed document into the merge row', () => {
    const { rows } = alignSequences(texts, ['en', 'en', 'en', 'en'])
    expect(rows).toEqual([
      [[0], [0], [0], [0]],
      [[1, 2], [1, 2], [1], [1, 2]],
      [[3], [3], [2], [3]],
    ])
  })
})
