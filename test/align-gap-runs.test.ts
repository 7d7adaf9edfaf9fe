// A translation that lacks a long stretch: German and French, the French missing articles
// 14-21 (thirteen German paragraphs). Priced as thirteen separate omissions the stretch
// cost more than bending the alignment, and the French articles 22-24 were laid against
// German 14-20, with German 17-23 left unmatched instead. A run of unmatched paragraphs is
// one omission: after its first three paragraphs each further one costs a quarter of a skip.
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { alignSections } from '../src/align/align-sections.js'
import { pairLinks } from '../src/align/search/pair-links.js'
import type { Section } from '../src/model/memo.js'
// @ts-expect-error plain JS helper shared with bench/align.js
import { goldLinks, linkSet, score } from './data/align/evaluate.js'
// @ts-expect-error plain JS helper shared with bench/align.js
import { buildDocument, toSections } from './data/align/udhr-docs.js'

describe('German and French, the French lacking articles 14-21', () => {
  const doc = buildDocument({
    id: 'gap-runs', note: '', seed: 43, codes: ['deu_1996', 'fra'], articles: [1, 30], merges: 2, splits: 1,
    missing: { code: 'fra', from: 14, to: 21 }, exactUnits: true,
  })
  const sections: Section[] = toSections(doc)
  const rows = alignSections(sections, new VFile())
  const [de, fr] = sections.map((s) => s.id)
  const article = (id: string, p: number): number => Number(doc.units[id][p][0].slice(1).split('.')[0])

  it('links the pair as the gold does', () => {
    const result = score(linkSet(pairLinks(sections, rows, de, fr)), goldLinks(doc.units, de, fr))
    expect({ precision: result.precision, recall: result.recall }).toEqual({ precision: 1, recall: 1 })
  })

  it('leaves German articles 14-21 facing nothing, and puts French article 22 beside German article 22', () => {
    for (const row of rows) {
      const german = (row.cells[de] ?? []).map((p) => article(de, p))
      if (german.some((n) => n >= 14 && n <= 21)) expect({ german, french: row.cells[fr] ?? [] }).toEqual({ german, french: [] })
    }
    const first = doc.units[fr].findIndex((u: string[]) => u.includes('a22.0'))
    const row = rows.find((r) => (r.cells[fr] ?? []).includes(first))!
    expect((row.cells[de] ?? []).map((p) => doc.units[de][p].join('/'))).toEqual(['a22.0'])
  })
})
