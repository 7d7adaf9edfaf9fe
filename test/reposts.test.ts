// Reposts: a PDF export's header run together on one line, a viewer's controls around it,
// and a passage in another language inside the text.
import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { processText } from '../dist/process.js'
import { isViewerChrome } from '../dist/text/viewer-chrome.js'

const ONE_LINE = 'fixtures/repost-pdf-header-one-line/input.txt'

async function read(path: string, layout?: string) {
  return processText(readFileSync(path, 'utf8'), path, new VFile({ path }), { layout })
}

describe('a PDF export header run together on one line', () => {
  it.each([[undefined], ['wilson-pdf']])('is read field by field (layout forced: %s)', async (layout) => {
    const memo = await read(ONE_LINE, layout)
    const csl = memo.record.csl
    expect(memo.layout).toBe('wilson-pdf')
    expect(csl.title).toBe('Record of a Talk with the Director of the Port')
    expect(csl.issued).toEqual({ 'date-parts': [[1956, 3, 3]] })
    expect(csl.URL).toBe('http://digitalarchive.wilsoncenter.org/document/990017')
    expect(csl.abstract).toBe("The director of the port describes the winter's shipping and asks for two more cranes.")
    expect(memo.record.originalLanguage).toBe('ru')
    expect(memo.contents).toEqual(['English Translation'])
    expect(csl.archive_location).toBe('f. 0100, op. 49, d. 9, papka 410, ll. 12-14')
  })

  it('leaves the viewer controls out of the text', async () => {
    const memo = await read(ONE_LINE)
    const all = memo.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n')
    expect(all).not.toMatch(/Size: px|Start display|Download|Page 1 of 2/)
  })
})

describe('viewer controls', () => {
  it.each([
    ['Size: px', true],
    ['Size: px Start display at page:', true],
    ['Start display at page: 1', true],
    ['Page 3 of 12', true],
    ['Download', true],
    ['Download the full report from the ministry before Monday.', false],
    ['The size of the port is small.', false],
  ])('%j is chrome: %s', (line, expected) => {
    expect(isViewerChrome(line)).toBe(expected)
  })
})

describe('a passage in another language', () => {
  it('becomes its own section between the English before and after it', async () => {
    const memo = await read('fixtures/repost-vietnamese-run/input.txt')
    expect(memo.sections.map((s) => [s.lang, s.paragraphs.length])).toEqual([['en', 4], ['vi', 3], ['en', 1]])
  })

  it('does not split an English text whose paragraphs franc misreads now and then', async () => {
    const english = [
      'The delegation arrived on Monday and was met at the station by the deputy minister and two officials of the ministry.',
      'On Tuesday the talks began in the old building of the ministry; the delegation raised the question of the harbour.',
      'Och aye, the wee lads were braw and bonnie the day, ken, and the lassies were fair trig at the ceilidh in the glen.',
      'Aye the wee bairns were braw the nicht, ken, an the auld folk were fair chuffed wi the ceilidh doon the glen.',
      'On Wednesday the two sides agreed on a text, which the ministers signed in the evening in the presence of the press.',
      'The delegation left on Thursday morning; the deputy minister saw it off at the same station where he had met it.',
    ].join('\n\n')
    const memo = await processText(english, 'en.txt', new VFile({ path: 'en.txt' }))
    expect(memo.sections.map((s) => s.lang)).not.toContain('vi')
    expect(new Set(memo.sections.map((s) => s.lang)).size).toBe(1)
  })
})

describe('a provenance note where the position goes', () => {
  it('is no archive location', async () => {
    const { parseArchiveRef } = await import('../dist/header/citation/parse-archive-ref.js')
    const ref = parseArchiveRef('AVP RF; copy obtained by a television company, provided to a library, and on file at the National Security Archive, Washington, D.C.')
    expect(ref.archive).toBe('Archive of Foreign Policy, Russian Federation (AVP RF)')
    expect(ref.location).toBeUndefined()
    expect(ref.provenance).toMatch(/^copy obtained/)
  })

  it('leaves a position without digits that is not such a note as written', async () => {
    const { parseArchiveRef } = await import('../dist/header/citation/parse-archive-ref.js')
    expect(parseArchiveRef('SAPMO-BArch, Nachlass Pieck').location).toBe('Nachlass Pieck')
  })
})
