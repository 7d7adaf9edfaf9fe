// memo's Chicago formatter, rule by rule: the shape of an archival entry and note (CMOS 17th
// ed., manuscript collections), the punctuation at the parts' edges, names, dates, ranges,
// credits, a document known from a published book, HTML, and the bibliography's order. Each
// record is made by hand or by the record stage from a citation sentence, as a dump gives it.
import { describe, expect, it } from 'vitest'
import { formatChicago, type ChicagoRecord } from '../src/cite/chicago/index.js'
import type { CslItem } from '../src/model/csl.js'
import { memoFromCitation } from './helpers/citation-memo.js'

const PUB = 'History and Public Policy Program Digital Archive'
const bib = (r: ChicagoRecord) => formatChicago([r], { format: 'text' }).trimEnd()
const note = (r: ChicagoRecord) => formatChicago([r], { format: 'text', note: true }).trimEnd()
const html = (r: ChicagoRecord, n = false) => formatChicago([r], { format: 'html', note: n })
const item = (fields: Partial<CslItem>): ChicagoRecord => ({ csl: { id: 'x', type: 'manuscript', ...fields } })

/** The record the header stage builds from a citation sentence. */
function fromCitation(citation: string): ChicagoRecord {
  const { record } = memoFromCitation('wilson-1', citation)
  return { ...record, csl: record.csl }
}

const sample = fromCitation(
  `“Memorandum, Conversation of Mao and USSR Ambassador to China N.V. Roshchin on 1 January 1950,” January 01, 1950, ${PUB}, Archive of Foreign Policy, Russian Federation (AVP RF), Moscow, f. 0100, op. 43, d. 10, papka 302, ll. 1-4. Obtained by Odd Arne Westad and translated by Daniel Rozas. http://digitalarchive.wilsoncenter.org/document/110404`,
)

describe('an archival document', () => {
  it('bibliography: the item, its date, the reference as written, the repository with its city, every credit, the online archive, the URL', () => {
    expect(bib(sample)).toBe(
      '“Memorandum, Conversation of Mao and USSR Ambassador to China N.V. Roshchin on 1 January 1950.” January 1, 1950. f. 0100, op. 43, d. 10, papka 302, ll. 1–4. Archive of Foreign Policy, Russian Federation (AVP RF), Moscow. Obtained by Odd Arne Westad. Translated by Daniel Rozas. History and Public Policy Program Digital Archive. http://digitalarchive.wilsoncenter.org/document/110404.',
    )
  })

  it('note: the same parts joined by commas, one final period, "trans." for the translator', () => {
    expect(note(sample)).toBe(
      '“Memorandum, Conversation of Mao and USSR Ambassador to China N.V. Roshchin on 1 January 1950,” January 1, 1950, f. 0100, op. 43, d. 10, papka 302, ll. 1–4, Archive of Foreign Policy, Russian Federation (AVP RF), Moscow, obtained by Odd Arne Westad, trans. Daniel Rozas, History and Public Policy Program Digital Archive, http://digitalarchive.wilsoncenter.org/document/110404.',
    )
  })

  it('never leads with the translator, never capitalises the fond, never splits off the city', () => {
    for (const out of [bib(sample), note(sample)]) {
      expect(out).not.toMatch(/^Rozas/u)
      expect(out).not.toContain('F. 0100')
      expect(out).not.toContain('. Moscow')
    }
  })

  it('keeps the repository without a city, and a city the name already ends with once', () => {
    expect(bib(item({ title: 'T', archive: 'Hoover Institution Archives' }))).toBe('“T.” n.d. Hoover Institution Archives.')
    expect(bib(item({ title: 'T', archive: 'Archives of the Central Committee, Sofia', 'archive-place': 'Sofia' }))).toBe('“T.” n.d. Archives of the Central Committee, Sofia.')
  })
})

describe('titles', () => {
  it('a title ending in a question mark takes no period or comma after it', () => {
    const r = item({ title: 'Who Lost China?', issued: { 'date-parts': [[1950]] } })
    expect(bib(r)).toBe('“Who Lost China?” 1950.')
    expect(note(r)).toBe('“Who Lost China?” 1950.')
    expect(note({ csl: { ...r.csl, archive: 'RGANI' } })).toBe('“Who Lost China?” 1950, RGANI.')
  })

  it('a title ending in an abbreviation takes no second period, but keeps the note’s comma', () => {
    const r = item({ title: 'Letter to the Ambassador of the U.S.', archive: 'PRC FMA' })
    expect(bib(r)).toBe('“Letter to the Ambassador of the U.S.” n.d. PRC FMA.')
    expect(note(r)).toBe('“Letter to the Ambassador of the U.S.,” n.d., PRC FMA.')
  })

  it('a quotation inside the title takes single quotation marks, and the closing period goes inside both', () => {
    expect(bib(item({ title: 'On the “Open Door” Policy' }))).toBe('“On the ‘Open Door’ Policy.” n.d.')
    expect(bib(item({ title: 'Report on "Operation Thunder"', archive: 'GARF' }))).toBe('“Report on ‘Operation Thunder.’” n.d. GARF.')
    expect(note(item({ title: 'Report on "Operation Thunder"', archive: 'GARF' }))).toBe('“Report on ‘Operation Thunder,’” n.d., GARF.')
    // an apostrophe at the end is no quotation
    expect(bib(item({ title: 'Notes on the Allies’' }))).toBe('“Notes on the Allies’.” n.d.')
  })

  it('a devised title (in square brackets) takes no quotation marks', () => {
    expect(bib(item({ title: '[Untitled document wilson-5]' }))).toBe('[Untitled document wilson-5]. n.d.')
    expect(note(item({ title: '[Untitled document wilson-5]' }))).toBe('[Untitled document wilson-5], n.d.')
  })
})

describe('dates', () => {
  it.each([
    [{ 'date-parts': [[1950, 1, 1]] }, 'January 1, 1950'],
    [{ 'date-parts': [[1955, 3]] }, 'March 1955'],
    [{ 'date-parts': [[1955]] }, '1955'],
    [undefined, 'n.d.'],
    [{ 'date-parts': [[1950, 1, 1], [1950, 1, 5]] }, 'January 1–5, 1950'],
    [{ 'date-parts': [[1950, 1, 30], [1950, 2, 2]] }, 'January 30–February 2, 1950'],
    [{ 'date-parts': [[1949, 12, 30], [1950, 1, 2]] }, 'December 30, 1949–January 2, 1950'],
    [{ 'date-parts': [[1949], [1951]] }, '1949–1951'],
    [{ 'date-parts': [['1961', '8']] }, 'August 1961'],
    [{ 'date-parts': [[1950]], circa: true }, 'ca. 1950'],
    [{ literal: 'Spring 1953' }, 'Spring 1953'],
  ] as [CslItem['issued'], string][])('%j is written "%s"', (issued, written) => {
    expect(bib(item({ title: 'T', issued }))).toBe(`“T.” ${written}.`.replace('n.d..', 'n.d.'))
    expect(note(item({ title: 'T', issued, archive: 'A' }))).toBe(`“T,” ${written}, A.`)
  })
})

describe('authors', () => {
  const withAuthors = (author: CslItem['author']) => item({ title: 'T', author, issued: { 'date-parts': [[1957]] } })
  const person = (family: string, given: string) => ({ family, given })

  it('a person: inverted in the bibliography, in natural order in the note', () => {
    expect(bib(withAuthors([person('Puzanov', 'Aleksandr')]))).toBe('Puzanov, Aleksandr. “T.” 1957.')
    expect(note(withAuthors([person('Puzanov', 'Aleksandr')]))).toBe('Aleksandr Puzanov, “T,” 1957.')
  })

  it('a body as written, in both forms', () => {
    expect(bib(withAuthors([{ literal: 'Soviet Embassy in Pyongyang' }]))).toBe('Soviet Embassy in Pyongyang. “T.” 1957.')
    expect(note(withAuthors([{ literal: 'Soviet Embassy in Pyongyang' }]))).toBe('Soviet Embassy in Pyongyang, “T,” 1957.')
  })

  it('several: "and" with a comma after an inverted name, the serial comma, et al. from four (note) and beyond ten (bibliography)', () => {
    const two = [person('Hartwell', 'Margaret'), person('Osgood', 'Leonard')]
    expect(bib(withAuthors(two))).toBe('Hartwell, Margaret, and Leonard Osgood. “T.” 1957.')
    expect(note(withAuthors(two))).toBe('Margaret Hartwell and Leonard Osgood, “T,” 1957.')
    const three = [...two, person('Ito', 'Ken')]
    expect(note(withAuthors(three))).toMatch(/^Margaret Hartwell, Leonard Osgood, and Ken Ito, /u)
    const four = [...three, person('Ruiz', 'Ana')]
    expect(note(withAuthors(four))).toMatch(/^Margaret Hartwell et al., “T,”/u)
    expect(bib(withAuthors(four))).toMatch(/^Hartwell, Margaret, Leonard Osgood, Ken Ito, and Ana Ruiz\. /u)
    const eleven = Array.from({ length: 11 }, (_, i) => person(`Family${i + 1}`, 'G.'))
    expect(bib(withAuthors(eleven))).toMatch(/^Family1, G\., G\. Family2, G\. Family3, G\. Family4, G\. Family5, G\. Family6, G\. Family7, et al\. “T\.”/u)
  })

  it('a name ending in an initial takes no second period', () => {
    expect(bib(withAuthors([person('Smith', 'John Q.')]))).toBe('Smith, John Q. “T.” 1957.')
  })
})

describe('credits', () => {
  const cite = (credits: string) => fromCitation(`“T,” 1950, ${PUB}, RGANI, f. 5, op. 30, d. 1, l. 2. ${credits}`)

  it('one person with two roles is one clause; the note spells out a role CMOS does not abbreviate', () => {
    const r = cite('Obtained and translated by Anna Kovacs.')
    expect(bib(r)).toContain('. Obtained and translated by Anna Kovacs. ')
    expect(note(r)).toContain(', obtained and translated by Anna Kovacs, ')
  })

  it('several people with one role share a clause; several clauses keep the sentence’s order', () => {
    const r = cite('Selected, edited, and annotated by Marta Kovalenko and translated by Gary Lindahl and Mei Chen.')
    expect(bib(r)).toContain('. Selected, edited, and annotated by Marta Kovalenko. Translated by Gary Lindahl and Mei Chen. ')
    expect(note(r)).toContain(', selected, edited, and annotated by Marta Kovalenko, trans. Gary Lindahl and Mei Chen, ')
  })

  it('keeps "for NKIDP", spelled out in the note', () => {
    const r = cite('Obtained and translated for NKIDP by Sun-hee Park.')
    expect(bib(r)).toContain('. Obtained and translated for NKIDP by Sun-hee Park. ')
    expect(note(r)).toContain(', obtained and translated for NKIDP by Sun-hee Park, ')
  })

  it('keeps "for the CWIHP" with its article', () => {
    const r = cite('Translated for the CWIHP by Gary Goldberg.')
    expect(bib(r)).toContain('. Translated for the CWIHP by Gary Goldberg. ')
    expect(note(r)).toContain(', translated for the CWIHP by Gary Goldberg, ')
  })

  it('"ed. and trans." when every role has CMOS’s abbreviation', () => {
    const r: ChicagoRecord = { csl: { id: 'x', type: 'manuscript', title: 'T' }, contributors: [{ role: 'edited', name: { family: 'Shen', given: 'Zhihua' } }, { role: 'translated', name: { family: 'Shen', given: 'Zhihua' } }] }
    expect(note(r)).toBe('“T,” n.d., ed. and trans. Zhihua Shen.')
    expect(bib(r)).toBe('“T.” n.d. Edited and translated by Zhihua Shen.')
  })

  it('a bare CSL item is credited from its translators and editors', () => {
    const r = item({ title: 'T', translator: [{ family: 'Rozas', given: 'Daniel' }], editor: [{ literal: 'NKIDP' }] })
    expect(bib(r)).toBe('“T.” n.d. Edited by NKIDP. Translated by Daniel Rozas.')
    expect(note(r)).toBe('“T,” n.d., ed. NKIDP, trans. Daniel Rozas.')
  })
})

describe('folio and page ranges', () => {
  const loc = (archive_location: string, archival?: ChicagoRecord['archival']) => bib({ csl: { id: 'x', type: 'manuscript', title: 'T', archive_location }, archival })

  it.each([
    ['f. 0100, op. 43, d. 10, papka 302, ll. 1-4', 'f. 0100, op. 43, d. 10, papka 302, ll. 1–4'],
    ['f. 5, op. 30, d. 1, ll. 5-6, 9-10', 'f. 5, op. 30, d. 1, ll. 5–6, 9–10'],
    ['Ф. 3. Оп. 47. Д. 273. Л. 8-9', 'Ф. 3. Оп. 47. Д. 273. Л. 8–9'],
    ['RG 59, box 2481, pp. 3-5', 'RG 59, box 2481, pp. 3–5'],
    ['fond 89, list 12-14', 'fond 89, list 12–14'],
    // not ranges: a file number, a record group, a decimal file
    ['109-03984-02', '109-03984-02'],
    ['XIX-J-1-j Korea, 4. doboz, 5/a, 004076/1955', 'XIX-J-1-j Korea, 4. doboz, 5/a, 004076/1955'],
    ['611.93/4-1256', '611.93/4-1256'],
  ])('%s → %s', (written, shown) => {
    expect(loc(written)).toBe(`“T.” n.d. ${shown}.`)
  })

  it('pages memo parsed out of a reference without a page word are a range too', () => {
    expect(loc('B 136/59748, 297-301', { signature: 'B 136/59748', pages: '297-301', scheme: 'signature' })).toBe('“T.” n.d. B 136/59748, 297–301.')
    expect(loc('B 136/59748, 297-301')).toBe('“T.” n.d. B 136/59748, 297-301.')
  })
})

describe('a document known from a published book', () => {
  const r: ChicagoRecord = {
    csl: { id: 'x', type: 'manuscript', title: 'Minutes of the Second Session', issued: { 'date-parts': [[1956, 8, 14]] }, publisher: PUB, translator: [{ family: 'Chen', given: 'Mei' }] },
    related: [{ id: 's', type: 'book', title: 'River Navigation: Selected Documents', 'publisher-place': 'Hong Kong', publisher: 'Harbour Press', issued: { 'date-parts': [[2004]] }, page: '112-118' }],
  }

  it('bibliography: "In" the italic title with its pages, then place, publisher and year', () => {
    expect(bib(r)).toBe('“Minutes of the Second Session.” August 14, 1956. In River Navigation: Selected Documents, 112–118. Hong Kong: Harbour Press, 2004. Translated by Mei Chen. History and Public Policy Program Digital Archive.')
    expect(html(r)).toContain('In <i>River Navigation: Selected Documents</i>, 112–118. Hong Kong: Harbour Press, 2004.')
  })

  it('note: "in" the title, the facts of publication in parentheses, then the pages', () => {
    expect(note(r)).toBe('“Minutes of the Second Session,” August 14, 1956, in River Navigation: Selected Documents (Hong Kong: Harbour Press, 2004), 112–118, trans. Mei Chen, History and Public Policy Program Digital Archive.')
    expect(html(r, true)).toContain('in <i>River Navigation: Selected Documents</i> (Hong Kong: Harbour Press, 2004), 112–118,')
  })

  it('is not cited when the document has an archive (the book is then a section’s own source)', () => {
    const archived = { ...r, csl: { ...r.csl, archive: 'GARF' } }
    expect(bib(archived)).not.toContain('River Navigation')
  })
})

describe('HTML', () => {
  it('is one csl-entry per entry in a csl-bib-body; notes are an ordered list', () => {
    expect(html(sample)).toMatch(/^<div class="csl-bib-body">\n {2}<div class="csl-entry">“Memorandum, .*<\/div>\n<\/div>\n$/u)
    expect(html(sample, true)).toMatch(/^<ol class="csl-notes">\n {2}<li class="csl-note">“Memorandum, .*<\/li>\n<\/ol>\n$/u)
  })

  it('escapes the record’s text and links only a web address', () => {
    const r = item({ title: 'Report on <b>Tariffs</b> & "Quotas"', URL: 'http://example.org/?a=1&b=2' })
    const out = html(r)
    expect(out).toContain('“Report on &lt;b&gt;Tariffs&lt;/b&gt; &amp; ‘Quotas.’”')
    expect(out).toContain('<a href="http://example.org/?a=1&amp;b=2">http://example.org/?a=1&amp;b=2</a>.')
    expect(html(item({ title: 'T', URL: 'javascript:alert(1)' }))).not.toContain('<a ')
  })
})

describe('several entries', () => {
  const a = item({ title: 'The Agreement on the Railway' })
  const b = item({ title: 'Telegram from Roshchin', author: [{ family: 'Roshchin', given: 'N. V.' }] })
  const c = item({ title: 'Cable on Flood Relief' })

  it('a bibliography is alphabetical by its first word that is not an article, quotation marks aside', () => {
    expect(formatChicago([b, c, a], { format: 'text' })).toBe('“The Agreement on the Railway.” n.d.\n“Cable on Flood Relief.” n.d.\nRoshchin, N. V. “Telegram from Roshchin.” n.d.\n')
  })

  it('notes keep the order they are given in', () => {
    expect(formatChicago([b, c, a], { format: 'text', note: true }).split('\n').map((l) => l.slice(0, 12))).toEqual(['N. V. Roshch', '“Cable on Fl', '“The Agreeme', ''])
  })
})
