// Two sections in one language: counterparts share most of their words, unrelated
// paragraphs few. A pair this short leaves the first pass too few 1:1 beads to calibrate
// the shared stems on, and lengths alone paired unrelated English paragraphs with
// confidence (an English post split by a foreign passage, its two English parts taken for
// translations). The texts are written for this test.
import { describe, expect, it } from 'vitest'
import { alignSequences } from '../src/align/align-sequences.js'

const harbour = [
  'Harbour report for the week',
  'The northern breakwater was repaired after the autumn storms, and the fishing boats can again shelter behind it when the wind turns to the east.',
  'Two cargo ships waited outside the harbour mouth for three days because the pilots would not take them through the channel in fog.',
  'The harbour master asks owners of small craft to move their moorings before the dredging of the inner basin begins next month.',
]
/** The same report told again in other words. */
const retold = [
  'Weekly harbour report',
  'After the storms of the autumn the northern breakwater has been repaired, so fishing boats may once more shelter behind it in an easterly wind.',
  'Because of fog the pilots refused to bring two cargo ships through the channel, and the ships waited three days outside the mouth of the harbour.',
  'Owners of small craft are asked by the harbour master to move their moorings before dredging starts in the inner basin next month.',
]
/** Nothing to do with the harbour. */
const school = [
  'The village school will open a second classroom in spring, paid for by the parents association and a grant from the county council.',
  'Children who walk from the farms beyond the river may take the morning bus, which now stops at the bridge as well as at the church.',
]

/** The rows holding paragraphs of both sequences, with their confidence. */
function pairedRows(a: string[], b: string[]) {
  const { rows, confidence } = alignSequences([a, b], ['en', 'en'])
  return rows.map((cells, r) => ({ cells, confidence: confidence[r] })).filter((row) => row.cells[0].length > 0 && row.cells[1].length > 0)
}

describe('two sections in one language', () => {
  it('flags every row that pairs unrelated paragraphs as uncertain (below 0.5)', () => {
    for (const [a, b] of [[harbour, school], [school, harbour]]) {
      for (const row of pairedRows(a, b)) expect(row.confidence, JSON.stringify(row.cells)).toBeLessThan(0.5)
    }
  })

  it('is not sure (0.9) of any row pairing unrelated paragraphs of two equal-length sections', () => {
    for (const row of pairedRows(harbour.slice(1, 3), school)) expect(row.confidence, JSON.stringify(row.cells)).toBeLessThan(0.9)
  })

  it('leaves alone the paragraph the other version lacks, and pairs the rest one to one', () => {
    // The retelling lacks its heading and the breakwater paragraph.
    const { rows, confidence } = alignSequences([harbour.slice(1), retold.slice(2)], ['en', 'en'])
    expect(rows).toEqual([[[0], []], [[1], [0]], [[2], [1]]])
    expect(confidence[1]).toBeGreaterThan(0.8)
    expect(confidence[2]).toBeGreaterThan(0.8)
  })

  it('still pairs a whole retelling one to one with confidence', () => {
    const { rows, confidence } = alignSequences([harbour, retold], ['en', 'en'])
    expect(rows).toEqual([0, 1, 2, 3].map((k) => [[k], [k]]))
    for (const c of confidence) expect(c).toBeGreaterThan(0.9)
  })
})

describe('which two sections count as one language', async () => {
  const { sameLanguage, side } = await import('../src/align/costs/side.js')
  const of = (lang: string) => side([], [], lang)
  it.each([
    ['pt-BR', 'pt-PT', true],
    ['en', 'EN', true],
    ['zh', 'zh-Hant', true],
    ['sr-Latn', 'sr-Cyrl', false],
    ['zh-Hans', 'zh-Hant', false],
    ['sr', 'hr', false],
    ['und', 'und', false],
    ['', '', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(sameLanguage(of(a), of(b))).toBe(expected)
  })
})
