// The aligner on the hard UDHR set (test/data/align/hard-docs.js, built in memory: whole
// declarations with omissions, translator's notes, page numbers and a missing stretch).
// The floor is the hard-dev figure bench/align.js measured, rounded down, so a regression
// fails; the goal (0.97) is not met and the README says so.
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { alignSections } from '../src/align/align-sections.js'
import { pairLinks } from '../src/align/search/pair-links.js'
import type { Section } from '../src/model/memo.js'
// @ts-expect-error plain JS helper shared with bench/align.js
import { goldLinks, linkSet, score, total } from './data/align/evaluate.js'
// @ts-expect-error plain JS helper shared with bench/align.js
import { hardDocuments } from './data/align/hard-docs.js'

const dev = (hardDocuments() as Array<{ id: string; set: string; sections: Section[]; units: Record<string, string[][]> }>).filter((d) => d.set === 'hard-dev')

describe('alignSections on the hard UDHR set', () => {
  const runs = dev.map((doc) => {
    const file = new VFile()
    return { doc, file, rows: alignSections(doc.sections, file) }
  })

  it('keeps hard-dev link F1 at 0.92 or better, micro-averaged over every pair', () => {
    const scores = runs.flatMap(({ doc, rows }) => {
      const ids = doc.sections.map((s) => s.id)
      return ids.flatMap((a, x) => ids.slice(x + 1).map((b) => score(linkSet(pairLinks(doc.sections, rows, a, b)), goldLinks(doc.units, a, b))))
    })
    expect(total(scores).f1).toBeGreaterThanOrEqual(0.92)
  })

  it('lists every row below 0.5 as an info naming its lines', () => {
    for (const { file, rows } of runs) {
      const uncertain = rows.filter((r) => r.confidence < 0.5).length
      const infos = file.messages.filter((m) => m.ruleId === 'low-confidence')
      expect(infos.length).toBe(uncertain)
      for (const m of infos) {
        expect(m.fatal).toBeUndefined()
        expect(m.message).toMatch(/: lines? \d+/)
      }
    }
    expect(runs.some(({ rows }) => rows.some((r) => r.confidence < 0.5))).toBe(true)
  })
})
