// A dump holding one document saved many times over runs on into dozens of sections; the
// joint alignment must not try them all at once (it grew with the cube of the count).
import { describe, expect, it } from 'vitest'
import { processBytes } from '../dist/process.js'
import { MAX_SECTIONS } from '../dist/align/align-sections.js'
import { fixtureInput } from './helpers/fixtures.js'

describe('alignment of a dump with too many sections', () => {
  it('keeps every paragraph in exactly one row and says why it did not align', async () => {
    const text = fixtureInput('wilson-110404').toString('utf8').repeat(4)
    const { memo } = await processBytes(Buffer.from(text), 'repeated.txt')
    const sections = memo!.sections.filter((s) => s.paragraphs.length > 0)
    expect(sections.length).toBeGreaterThan(MAX_SECTIONS)
    const seen = new Map<string, number[]>()
    for (const row of memo!.alignment) for (const [id, ps] of Object.entries(row.cells)) seen.set(id, [...(seen.get(id) ?? []), ...ps])
    for (const s of sections) expect(seen.get(s.id)).toEqual(s.paragraphs.map((_, p) => p))
    expect(memo!.diagnostics.filter((d) => d.ruleId === 'align/too-many-sections')).toHaveLength(1)
  })
})
