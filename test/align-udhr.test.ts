// The aligner on documents built from real UDHR translations (test/data/align/udhr,
// made by build-udhr.js): merges, page-break splits, notes, titles, headings in one
// section only, lost glyphs, 2 to 4 sections, many scripts. Thresholds are the figures
// measured on the dev set (bench/align.js prints them), rounded down, so a regression
// fails while the reported figures stay honest.
import { readdirSync, readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { alignSections } from '../src/align/align-sections.js'
import { pairLinks } from '../src/align/search/pair-links.js'
import type { Section } from '../src/model/memo.js'
import { checkPartition } from './data/align/check.js'
// @ts-expect-error plain JS helper shared with bench/align.js
import { goldLinks, linkSet, score, total } from './data/align/evaluate.js'
// @ts-expect-error plain JS helper shared with bench/align.js
import { toSections } from './data/align/udhr-docs.js'

const dir = new URL('./data/align/udhr/', import.meta.url)
const docs = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')))

function evaluate(doc: { units: Record<string, string[][]> }, sections: Section[]) {
  const rows = alignSections(sections, new VFile())
  const ids = sections.map((s) => s.id)
  const scores: Array<ReturnType<typeof score> & { pair: string }> = []
  for (let a = 0; a < ids.length; a++) {
    for (let b = a + 1; b < ids.length; b++) {
      const s = score(linkSet(pairLinks(sections, rows, ids[a], ids[b])), goldLinks(doc.units, ids[a], ids[b]))
      scores.push({ ...s, pair: `${ids[a]}/${ids[b]}` })
    }
  }
  return { rows, scores }
}

describe('alignSections on the UDHR documents', () => {
  const results = docs.map((doc) => ({ doc, sections: toSections(doc) as Section[] }))
  const dev = results.filter((r) => r.doc.set === 'dev')

  it('has at least six dev documents with 2 to 4 sections and the languages the issue names', () => {
    expect(dev.length).toBeGreaterThanOrEqual(6)
    const langs = new Set(dev.flatMap((r) => r.sections.map((s) => s.lang.split('-')[0])))
    for (const lang of ['zh', 'ru', 'en', 'de']) expect(langs.has(lang), lang).toBe(true)
  })

  for (const { doc, sections } of results) {
    it(`${doc.id}: every paragraph in exactly one row, in order`, () => {
      checkPartition(sections, alignSections(sections, new VFile()))
    })
  }

  for (const { doc, sections } of dev) {
    it(`${doc.id}: link F1 ≥ 0.97 on every pair`, () => {
      for (const s of evaluate(doc, sections).scores) expect(s.f1, s.pair).toBeGreaterThanOrEqual(0.97)
    })
  }

  it('dev set: micro-averaged link F1 ≥ 0.97', () => {
    const all = dev.flatMap(({ doc, sections }) => evaluate(doc, sections).scores)
    expect(total(all).f1).toBeGreaterThanOrEqual(0.97)
  })
})
