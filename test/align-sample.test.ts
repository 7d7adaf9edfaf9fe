// The aligner on the real sample (wilson-110404: English, Chinese, Russian), checked the
// way a reader would: every paragraph lands in exactly one row, rows follow the text, the
// rows agree with the hand alignment, and the figures that differ between translations are
// flagged while those that agree are not.
import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { alignSections } from '../src/align/align-sections.js'
import { findDiscrepancies } from '../src/align/checks/discrepancies.js'
import { pairLinks } from '../src/align/search/pair-links.js'
import type { Section } from '../src/model/memo.js'
import { checkPartition } from './data/align/check.js'
// @ts-expect-error plain JS helper shared with bench/align.js
import { goldLinks, linkSet, score } from './data/align/evaluate.js'
// @ts-expect-error plain JS helper shared with bench/align.js
import { sampleSections } from './data/align/sample-sections.js'

const sections: Section[] = sampleSections()
const gold = JSON.parse(readFileSync(new URL('./data/align/wilson-110404.gold.json', import.meta.url), 'utf8'))
const file = new VFile({ path: 'wilson-110404.txt' })
const rows = alignSections(sections, file)

describe('alignSections on the sample', () => {
  it('puts every paragraph of every section in exactly one row, in order', () => {
    expect(sections.map((s) => s.paragraphs.length)).toEqual([23, 22, 21])
    checkPartition(sections, rows)
  })

  it('agrees with the hand alignment on every language pair (link F1 ≥ 0.97)', () => {
    const ids = sections.map((s) => s.id)
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        const result = score(linkSet(pairLinks(sections, rows, ids[a], ids[b])), goldLinks(gold.units, ids[a], ids[b]))
        expect(result.f1, `${ids[a]} / ${ids[b]}`).toBeGreaterThanOrEqual(0.97)
      }
    }
  })

  it('leaves the English header and the Chinese source note and archive line unpaired', () => {
    const rowOf = (id: string, p: number) => rows.find((r) => r.cells[id]?.includes(p))!
    for (const [id, p] of [['en-translation', 0], ['en-translation', 1], ['zh-translation', 0], ['zh-translation', 21]] as const) {
      const row = rowOf(id, p)
      const others = Object.entries(row.cells).filter(([k, v]) => k !== id && v.length > 0)
      expect(others, `${id} ${p}`).toEqual([])
    }
  })

  it('keeps the Chinese merge of English 12-13 in one row with Russian 10-11', () => {
    const row = rows.find((r) => r.cells['zh-translation']?.includes(11))!
    expect(row.cells['en-translation']).toEqual([12, 13])
    expect(row.cells['ru-transcription']).toEqual([10, 11])
  })

  it('pairs the signature lines with each other', () => {
    const row = rows.find((r) => r.cells['en-translation']?.includes(22))!
    expect(row.cells['zh-translation']).toEqual([20])
    expect(row.cells['ru-transcription']).toEqual([20])
  })
})

describe('discrepancy flags on the sample', () => {
  const found = findDiscrepancies(sections, rows)
  const messages = file.messages.filter((m) => m.ruleId === 'discrepancy').map((m) => m.reason)

  it('flags the "two-year resting period" against the two weeks of the Russian and the Chinese', () => {
    const twoYear = found.filter((d) => d.a.quantity.text === 'two-year')
    expect(twoYear.map((d) => d.b.section).sort()).toEqual(['ru-transcription', 'zh-translation'])
    expect(twoYear.find((d) => d.b.section === 'ru-transcription')!.b.quantity.text).toBe('двухнедельного')
    expect(messages.some((m) => m.includes('two-year') && m.includes('двухнедельного') && m.includes('line 48') && m.includes('line 136'))).toBe(true)
  })

  it('does not flag the figures that agree (400 thousand, 30-40 thousand, 30 thousand)', () => {
    for (const m of messages) expect(m).not.toMatch(/400|40 万|30-40|3-4|30 тыс|3 万/)
  })

  it('raises no other discrepancy on the sample', () => {
    // Both flags concern the same sentence (en 8 / zh 7 / ru 6).
    expect(found.every((d) => d.a.paragraph === 8 && d.a.section === 'en-translation')).toBe(true)
  })
})

describe('alignSections on the pipeline’s sections', () => {
  it('aligns the sample as read by processText exactly as the hand alignment says', async () => {
    const { processText } = await import('../src/process.js')
    const path = '/work/shared/corpus/wilson-110404.txt'
    const memo = await processText(readFileSync(path, 'utf8'), path, new VFile({ path }))
    const live = memo.sections.filter((s) => !s.absent)
    // the pipeline keeps the English letterhead's two lines apart, where the hand split has
    // them as one paragraph; neither line has a counterpart
    expect(live.map((s) => s.paragraphs.length)).toEqual([24, 22, 21])
    expect(live[0].paragraphs.slice(0, 2).map((p) => p.text)).toEqual(['FROM THE DIARY OF Secret', 'ROSHCHIN N.V. Copy No.2'])
    const units = { ...gold.units, 'en-translation': [[], ...gold.units['en-translation']] }
    const aligned = alignSections(live, new VFile({ path }))
    checkPartition(live, aligned)
    for (const [a, b] of [[0, 1], [0, 2], [1, 2]]) {
      const ids = [live[a].id, live[b].id]
      const result = score(linkSet(pairLinks(live, aligned, ids[0], ids[1])), goldLinks(units, sections[a].id, sections[b].id))
      expect(result.f1, ids.join('/')).toBeGreaterThanOrEqual(0.97)
    }
  })
})
