// A translation that lacks its first articles (front matter left out): the other
// section's paragraphs there stand alone, and the rest align one to one.
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { alignSections } from '../src/align/align-sections.js'
import { pairLinks } from '../src/align/search/pair-links.js'
import type { Section } from '../src/model/memo.js'
// @ts-expect-error plain JS helper shared with bench/align.js
import { goldLinks, linkSet, score } from './data/align/evaluate.js'
// @ts-expect-error plain JS helper shared with bench/align.js
import { buildDocument, toSections } from './data/align/udhr-docs.js'

describe('a Russian translation lacking the first six articles', () => {
  const doc = buildDocument({ id: 'border', note: '', seed: 7, codes: ['eng', 'rus'], articles: [1, 30], missing: { code: 'rus', from: 1, to: 6 }, exactUnits: true })
  const sections: Section[] = toSections(doc)
  const rows = alignSections(sections, new VFile())
  const [a, b] = sections.map((s) => s.id)

  it("links none of the English paragraphs there, and the rest as the gold", () => {
    const result = score(linkSet(pairLinks(sections, rows, a, b)), goldLinks(doc.units, a, b))
    expect(result.precision).toBe(1)
    expect(result.recall).toBe(1)
    // the English of articles 1-6 stands in rows of its own
    const alone = rows.filter((r) => (r.cells[a] ?? []).length > 0 && (r.cells[b] ?? []).length === 0)
    expect(alone.flatMap((r) => r.cells[a]).map((p) => doc.units[a][p][0])).toEqual(doc.units[a].slice(0, alone.length).map((u: string[]) => u[0]))
  })
})
