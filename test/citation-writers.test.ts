// The bibliographic writers on hand-made memos: escaping, case protection, keys, RIS lines,
// combining a batch. The real consumers (pandoc, biber, a RIS reader) are in
// citation-consumers.test.ts; the sample's full outputs are golden files.
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { buildRecord } from '../src/header/record.js'
import type { CslItem } from '../src/model/csl.js'
import type { DocumentRecord, Memo } from '../src/model/memo.js'
import { biblatex } from '../src/writers/biblatex.js'
import { bibtex } from '../src/writers/bibtex.js'
import { citationKey, uniqueKeys } from '../src/writers/citation-key.js'
import { csl } from '../src/writers/csl.js'
import { ris } from '../src/writers/ris.js'
import { escapeTex, protectCase } from '../src/writers/tex.js'
import { joinLibrary } from './helpers/libraries.js'

function memo(over: Partial<Memo> & { ref?: Partial<CslItem>; record?: Partial<DocumentRecord> } = {}): Memo {
  const { ref, record, ...rest } = over
  return {
    schemaVersion: 2,
    id: 'wilson-123',
    layout: 'test',
    record: { csl: { id: 'wilson-123', type: 'manuscript', title: 'Telegram from Mao to Stalin', issued: { 'date-parts': [[1950, 2, 3]] }, ...ref }, ...record },
    contents: [],
    sections: [],
    alignment: [],
    diagnostics: [],
    ...rest,
  }
}

describe('TeX escaping', () => {
  it('escapes every special character once and keeps UTF-8', () => {
    expect(escapeTex('50% & $5 #1 a_b ~x ^y \\z {w}')).toBe('50\\% \\& \\$5 \\#1 a\\_b \\textasciitilde{}x \\textasciicircum{}y \\textbackslash{}z \\{w\\}')
    expect(escapeTex('Рощин 毛泽东 Ölwechsel')).toBe('Рощин 毛泽东 Ölwechsel')
  })

  it('protects acronyms, initials and capitalised words, not the plain first word', () => {
    expect(protectCase('Memorandum of USSR Ambassador N.V. Roshchin on the POWs')).toBe('Memorandum of {USSR} {Ambassador} {N.V.} {Roshchin} on the {POWs}')
    expect(protectCase('USSR and China')).toBe('{USSR} and {China}')
    expect(protectCase('A & B')).toBe('A \\& {B}')
  })
})

describe('citation keys', () => {
  it('are made of two title words, the year and the document number', () => {
    expect(citationKey(memo())).toBe('telegramMao1950-123')
    expect(citationKey(memo({ ref: { title: 'The Ölwechsel of 1956', issued: undefined } }))).toBe('olwechsel' + 'nd-123')
  })

  it('keep a word with a curly apostrophe whole, and a file name whole when there is no document number', () => {
    expect(citationKey(memo({ ref: { title: 'The Chancellor’s Visit to Bonn', issued: { 'date-parts': [[1991]] } } }))).toBe('chancellorsVisit1991-123')
    // an id from the file "report-embassy-web2013.txt": its digits are not a document number
    expect(citationKey(memo({ id: 'report-embassy-web2013', ref: { title: 'Report from the Embassy', issued: { 'date-parts': [[1953]] } } }))).toBe('reportEmbassy1953-report-embassy-web2013')
  })

  it('do not depend on anything but the document', () => {
    const a = memo({ ref: { abstract: 'one' } })
    const b = memo({ ref: { abstract: 'two' }, sections: [] })
    expect(citationKey(a)).toBe(citationKey(b))
  })

  it('are made unique in a batch in order of appearance', () => {
    expect(uniqueKeys(['a', 'b', 'a', 'a', 'a-2'])).toEqual(['a', 'b', 'a-2-2', 'a-3', 'a-2'])
    expect(new Set(uniqueKeys(['x', 'x', 'x-2'])).size).toBe(3)
  })
})

const archived = memo({
  ref: {
    title: 'Cable on the 50% & $ question_1',
    publisher: 'History and Public Policy Program Digital Archive',
    archive: 'Archive of Foreign Policy, Russian Federation (AVP RF)',
    archive_location: 'f. 0100, op. 43, d. 10, papka 302, ll. 1-4',
    'archive-place': 'Moscow',
    translator: [{ family: 'Rozas', given: 'Daniel' }, { literal: 'Shen Zhihua' }],
    language: 'en',
    abstract: 'Line one\nline two,   with spaces. '.repeat(20),
    URL: 'http://digitalarchive.wilsoncenter.org/document/123',
    note: 'Obtained by Odd Arne Westad and translated by Daniel Rozas.',
  },
  record: { originalLanguage: 'ru' },
})

describe('bibtex', () => {
  it('writes an escaped @misc with the archive in howpublished and literal names braced', () => {
    const out = bibtex.write(archived, {}) as string
    expect(out).toMatch(/^@misc\{cableQuestion1950-123,\n/u)
    expect(out).toContain('title        = {Cable on the 50\\% \\& \\$ question\\_1},')
    expect(out).toContain('translator   = {Rozas, Daniel and {Shen Zhihua}},')
    expect(out).toContain('howpublished = {History and Public Policy Program Digital Archive, Archive of Foreign Policy, Russian Federation (AVP RF), Moscow, f. 0100, op. 43, d. 10, papka 302, ll. 1-4},')
    expect(out).toContain('month        = feb,')
    expect(out).toContain('url          = {http://digitalarchive.wilsoncenter.org/document/123},')
    // braces balance, so BibTeX never runs one field into the next
    const depth = [...out.replace(/\\[{}]/gu, '')].reduce((d, c) => (d < 0 ? d : c === '{' ? d + 1 : c === '}' ? d - 1 : d), 0)
    expect(depth).toBe(0)
  })

  it('combines a batch with unique keys', () => {
    const one = bibtex.write(archived, {}) as string
    const combined = joinLibrary(bibtex.library!, [one, one])
    expect([...combined.matchAll(/^@misc\{([^,]+),/gmu)].map((m) => m[1])).toEqual(['cableQuestion1950-123', 'cableQuestion1950-123-2'])
  })
})

describe('biblatex', () => {
  it('uses biblatex\'s translator field (not editor + editortype) and an ISO date', () => {
    const out = biblatex.write(archived, {}) as string
    expect(out).toMatch(/^@misc\{/u)
    expect(out).toContain('translator   = {Rozas, Daniel and {Shen Zhihua}},')
    expect(out).not.toMatch(/^\s*(editor|editortype)\s*=/mu)
    expect(out).toContain('date         = {1950-02-03},')
    expect(out).toContain('library      = {Archive of Foreign Policy, Russian Federation (AVP RF), Moscow, f. 0100, op. 43, d. 10, papka 302, ll. 1-4},')
    expect(out).toContain('Original language: Russian.')
    expect(out).not.toMatch(/^\s*origlanguage\s*=/mu) // not in @misc's data model
  })

  it('keeps a partial date partial', () => {
    const out = biblatex.write(memo({ ref: { issued: { 'date-parts': [[1955, 7]] } } }), {}) as string
    expect(out).toContain('date         = {1955-07},')
  })
})

describe('ris', () => {
  it('follows Zotero\'s manuscript mapping and never wraps a value', () => {
    const out = ris.write(archived, {}) as string
    const lines = out.replace(/\n$/u, '').split('\n')
    expect(lines[0]).toBe('TY  - MANSCPT')
    expect(lines.at(-1)).toBe('ER  - ')
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /u)
    expect(lines).toContain('DB  - Archive of Foreign Policy, Russian Federation (AVP RF)')
    expect(lines).toContain('AN  - f. 0100, op. 43, d. 10, papka 302, ll. 1-4')
    expect(lines.filter((l) => l.startsWith('A4  - '))).toEqual(['A4  - Rozas, Daniel', 'A4  - Shen Zhihua'])
    expect(lines).toContain('DA  - 1950/02/03/')
    const ab = lines.find((l) => l.startsWith('AB  - '))!
    expect(ab.length).toBeGreaterThan(500) // the long abstract stays on one line
    expect(ab.slice(6)).not.toMatch(/ {2}/u)
  })
})

describe('csl', () => {
  it('writes a CSL-JSON array with the archive fields, the related items after', () => {
    const m = memo({ ref: archived.record.csl, record: { related: [{ id: 'x', type: 'book', title: '中苏关系文件', publisher: '世界知识出版社' }] } })
    const items = JSON.parse(csl.write(m, {}) as string)
    expect(items).toHaveLength(2)
    expect(items[0]).toMatchObject({ id: 'cableQuestion1950-123', type: 'manuscript', archive: archived.record.csl.archive, archive_location: archived.record.csl.archive_location, 'archive-place': 'Moscow' })
    expect(items[1]).toMatchObject({ id: 'cableQuestion1950-123-source-1', title: '中苏关系文件' })
  })
})

describe('the record (header/record.ts), which every bibliographic writer starts from', () => {
  const header = { id: 'wilson-123', contents: [], announced: [] }

  it('names the digital archive a URL points into as the CSL source', () => {
    const record = buildRecord({ ...header, url: 'http://digitalarchive.wilsoncenter.org/document/123' }, {}, [], new VFile())
    expect(record.csl).toMatchObject({ URL: 'http://digitalarchive.wilsoncenter.org/document/123', source: 'Wilson Center Digital Archive' })
    expect(buildRecord({ ...header, url: 'https://example.org/doc/1' }, {}, [], new VFile()).csl.source).toBeUndefined()
  })

  it('fills the archive fields from the parsed reference and the translators from the credits', () => {
    const source = 'Hungarian National Archives (MOL), XIX-J-1-j Korea, 4. doboz. Obtained by Anna Berg and translated by Daniel Rozas.'
    const span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
    const record = buildRecord(header, { source: { value: source, position: span } }, [], new VFile())
    expect(record.archival).toMatchObject({ repository: 'Hungarian National Archives', abbreviation: 'MOL', place: 'Budapest', location: 'XIX-J-1-j Korea, 4. doboz' })
    expect(record.contributors).toEqual([{ role: 'obtained', name: { family: 'Berg', given: 'Anna' } }, { role: 'translated', name: { family: 'Rozas', given: 'Daniel' } }])
    const [item] = JSON.parse(csl.write(memo({ ref: record.csl, record }), {}) as string)
    expect(item).toMatchObject({ archive: 'Hungarian National Archives (MOL)', archive_location: 'XIX-J-1-j Korea, 4. doboz', 'archive-place': 'Budapest', translator: [{ family: 'Rozas', given: 'Daniel' }] })
  })
})
