// Three sections, one of which lacks a stretch: the joint rows must not place that
// section's next paragraph in a row that no pair links it to. Russian here lacks articles
// 10-15 against English and Chinese; its next paragraph is article 16. English-Russian
// joins it to English 15-16 in one bead, Chinese-Russian to Chinese 13-14; English-Chinese
// is right. Offered only rows built from those links, the joint search put the Russian
// article 16 beside article 14, where neither of its pairs had it.
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { alignSections } from '../src/align/align-sections.js'
import { pairLinks } from '../src/align/search/pair-links.js'
import type { Section } from '../src/model/memo.js'
// @ts-expect-error plain JS helper shared with bench/align.js
import { goldLinks, linkSet, score } from './data/align/evaluate.js'
// @ts-expect-error plain JS helper shared with bench/align.js
import { buildDocument, toSections } from './data/align/udhr-docs.js'

describe('English, Chinese and Russian, the Russian lacking articles 10-15', () => {
  const doc = buildDocument({
    id: 'joint-support', note: '', seed: 3, codes: ['eng', 'cmn_hans', 'rus'], articles: [1, 30], merges: 2, splits: 1,
    missing: { code: 'rus', from: 10, to: 15 }, exactUnits: true,
  })
  const sections: Section[] = toSections(doc)
  const rows = alignSections(sections, new VFile())
  const ids = sections.map((s) => s.id)

  it('links every pair as the gold does', () => {
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        const result = score(linkSet(pairLinks(sections, rows, ids[a], ids[b])), goldLinks(doc.units, ids[a], ids[b]))
        expect({ pair: `${ids[a]}-${ids[b]}`, precision: result.precision, recall: result.recall }).toEqual({ pair: `${ids[a]}-${ids[b]}`, precision: 1, recall: 1 })
      }
    }
  })

  it("puts Russian article 16 in the row of the other sections' article 16, and no Russian in the rows of 10-15", () => {
    const [en, , ru] = ids
    const unitOf = (id: string, p: number): string => doc.units[id][p].join('/')
    const first = doc.units[ru].findIndex((u: string[]) => u.includes('a16.0'))
    const row = rows.find((r) => (r.cells[ru] ?? []).includes(first))!
    expect(row.cells[en].map((p) => unitOf(en, p))).toEqual(['a16.0'])
    for (const r of rows) {
      const english = (r.cells[en] ?? []).map((p) => Number(unitOf(en, p).slice(1).split('.')[0]))
      if (english.length > 0 && english.every((n) => n >= 10 && n <= 15)) expect(r.cells[ru]).toEqual([])
    }
  })
})
