// Table-driven tests of the citation parser: each row is one citation sentence in a shape
// from LAYOUTS.md and the parts it must give. Rows list only the fields they check; a field
// the row leaves out is not asserted, but every row checks the archive and its position.
import fc from 'fast-check'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import type { ArchivalRef, Contributor } from '../src/model/memo.js'
import { parseCitation, parseReferenceAndCredits } from '../src/header/citation/parse-citation.js'
import { parseName, splitNames } from '../src/header/citation/parse-names.js'
import { parseSourceNote } from '../src/header/citation/parse-source-note.js'

const PUB = 'History and Public Policy Program Digital Archive'

function cite(title: string, date: string, reference: string, credits = ''): string {
  return `“${title},” ${date}, ${PUB}, ${reference}${credits ? ` ${credits}` : ''}`
}

interface Row {
  name: string
  citation: string
  title?: string
  issued?: [number, number?, number?]
  archive?: string
  place?: string
  location?: string
  archival: Partial<ArchivalRef>
  translator?: object[]
  contributors?: Contributor[]
  /** Rule ids the parse must report (and no other citation/ rule). */
  rules?: string[]
}

const rows: Row[] = [
  {
    name: 'the sample (layout A): AVP RF with full name, place, papka',
    citation: cite('Memorandum, Conversation of Mao and USSR Ambassador to China N.V. Roshchin on 1 January 1950', 'January 01, 1950',
      'Archive of Foreign Policy, Russian Federation (AVP RF), Moscow, f. 0100, op. 43, d. 10, papka 302, ll. 1-4.', 'Obtained by Odd Arne Westad and translated by Daniel Rozas.'),
    title: 'Memorandum, Conversation of Mao and USSR Ambassador to China N.V. Roshchin on 1 January 1950',
    issued: [1950, 1, 1],
    archive: 'Archive of Foreign Policy, Russian Federation (AVP RF)',
    place: 'Moscow',
    location: 'f. 0100, op. 43, d. 10, papka 302, ll. 1-4',
    archival: { abbreviation: 'AVP RF', fond: '0100', opis: '43', delo: '10', papka: '302', folios: '1-4', scheme: 'fond' },
    translator: [{ family: 'Rozas', given: 'Daniel' }],
    contributors: [
      { role: 'obtained', name: { family: 'Westad', given: 'Odd Arne' } },
      { role: 'translated', name: { family: 'Rozas', given: 'Daniel' } },
    ],
    rules: [],
  },
  {
    name: 'AVP RF by abbreviation only; "for NKIDP"',
    citation: cite('Record of a Conversation', 'March 5, 1956', 'AVP RF, f. 0100, op. 43, d. 10, papka 302, ll. 1-4.', 'Obtained and translated for NKIDP by Sergey Radchenko.'),
    issued: [1956, 3, 5],
    archive: 'Archive of Foreign Policy, Russian Federation (AVP RF)',
    place: 'Moscow',
    location: 'f. 0100, op. 43, d. 10, papka 302, ll. 1-4',
    archival: { repository: 'Archive of Foreign Policy, Russian Federation', fond: '0100', papka: '302', folios: '1-4' },
    translator: [{ family: 'Radchenko', given: 'Sergey' }],
    contributors: [
      { role: 'obtained', name: { family: 'Radchenko', given: 'Sergey' }, for: 'NKIDP' },
      { role: 'translated', name: { family: 'Radchenko', given: 'Sergey' }, for: 'NKIDP' },
    ],
  },
  {
    name: '"for the CWIHP" keeps its article',
    citation: cite('Cable from Stalin', '1950', 'APRF, fond 45, opis 1, delo 335, list 3.', 'Translated for the CWIHP by Gary Goldberg.'),
    issued: [1950],
    archive: 'Archive of the President, Russian Federation (APRF)',
    location: 'fond 45, opis 1, delo 335, list 3',
    archival: { fond: '45' },
    translator: [{ family: 'Goldberg', given: 'Gary' }],
    contributors: [{ role: 'translated', name: { family: 'Goldberg', given: 'Gary' }, for: 'the CWIHP' }],
  },
  {
    name: 'APRF with words for fond/opis/delo/list',
    citation: cite('Cable from Stalin', '1950', 'APRF, fond 45, opis 1, delo 335, list 3.', 'Translated for NKIDP by Gary Goldberg.'),
    issued: [1950],
    archive: 'Archive of the President, Russian Federation (APRF)',
    location: 'fond 45, opis 1, delo 335, list 3',
    archival: { fond: '45', opis: '1', delo: '335', folios: '3', scheme: 'fond' },
    translator: [{ family: 'Goldberg', given: 'Gary' }],
    contributors: [{ role: 'translated', name: { family: 'Goldberg', given: 'Gary' }, for: 'NKIDP' }],
  },
  {
    name: 'RGANI, contributed and translated by two people',
    citation: cite('Protocol No. 5', 'October 24, 1956', 'RGANI, f. 5, op. 49, d. 131, ll. 193-194.', 'Contributed by Mark Kramer and translated by Johanna Granville.'),
    archive: 'Russian State Archive of Contemporary History (RGANI)',
    location: 'f. 5, op. 49, d. 131, ll. 193-194',
    archival: { fond: '5', opis: '49', delo: '131', folios: '193-194' },
    translator: [{ family: 'Granville', given: 'Johanna' }],
    contributors: [
      { role: 'contributed', name: { family: 'Kramer', given: 'Mark' } },
      { role: 'translated', name: { family: 'Granville', given: 'Johanna' } },
    ],
  },
  {
    name: 'RGASPI; one person with three roles',
    citation: cite('Telegram', 'June 1, 1949', 'RGASPI, f. 558, op. 11, d. 97, ll. 67-70.', 'Contributed, transcribed, and translated by Sergey Radchenko.'),
    archive: 'Russian State Archive of Socio-Political History (RGASPI)',
    location: 'f. 558, op. 11, d. 97, ll. 67-70',
    archival: { fond: '558', opis: '11', delo: '97', folios: '67-70' },
    translator: [{ family: 'Radchenko', given: 'Sergey' }],
    contributors: ['contributed', 'transcribed', 'translated'].map((role) => ({ role, name: { family: 'Radchenko', given: 'Sergey' } }) as Contributor),
  },
  {
    name: 'Hungarian MOL box and registry number',
    citation: cite('Report, Embassy of Hungary in North Korea', 'March 14, 1955', 'MOL, XIX-J-1-j Korea, 4. doboz, 5/a, 004076/1955.', 'Obtained by Balázs Szalontai and translated by Balázs Szalontai.'),
    archive: 'Hungarian National Archives (MOL)',
    place: 'Budapest',
    location: 'XIX-J-1-j Korea, 4. doboz, 5/a, 004076/1955',
    archival: { series: 'XIX-J-1-j Korea', box: '4', item: '5/a', fileNumber: '004076/1955', scheme: 'hungarian' },
    translator: [{ family: 'Szalontai', given: 'Balázs' }],
  },
  {
    name: 'PRC FMA file number and pages; selected, edited, annotated; family-first name kept whole',
    citation: cite('Minutes of Conversation', 'April 2, 1960', 'PRC FMA 109-03984-02, 7-8.', 'Selected, edited, and annotated by Shen Zhihua and translated by Neil Silver.'),
    archive: 'PRC Foreign Ministry Archive (PRC FMA)',
    place: 'Beijing',
    location: '109-03984-02, 7-8',
    archival: { fileNumber: '109-03984-02', pages: '7-8', scheme: 'prc-fma' },
    translator: [{ family: 'Silver', given: 'Neil' }],
    contributors: [
      { role: 'selected', name: { literal: 'Shen Zhihua' } },
      { role: 'edited', name: { literal: 'Shen Zhihua' } },
      { role: 'annotated', name: { literal: 'Shen Zhihua' } },
      { role: 'translated', name: { family: 'Silver', given: 'Neil' } },
    ],
    rules: ['citation/literal-name'], // once per name, not once per role
  },
  {
    name: 'German signature and pages',
    citation: cite('Note for the Chancellor', 'May 1, 1961', 'BArch, B 136/59748, 297-301.', 'Obtained and translated by Bernd Schaefer.'),
    archive: 'German Federal Archives (BArch)',
    location: 'B 136/59748, 297-301',
    archival: { signature: 'B 136/59748', pages: '297-301', scheme: 'signature' },
    translator: [{ family: 'Schaefer', given: 'Bernd' }],
  },
  {
    name: 'Cyrillic reference, straight quotes and " ," (layout C)',
    citation: `"Letter from Khrushchev ," June 22, 1954, ${PUB}, АП РФ. Ф. 3. Оп. 47. Д. 273. Л. 8. Translated by Vladislav Zubok; translation by Mark Kramer slightly revised.`,
    title: 'Letter from Khrushchev',
    issued: [1954, 6, 22],
    archive: 'Archive of the President, Russian Federation (АП РФ)',
    location: 'Ф. 3. Оп. 47. Д. 273. Л. 8',
    archival: { abbreviation: 'АП РФ', fond: '3', opis: '47', delo: '273', folios: '8', scheme: 'fond' },
    translator: [{ family: 'Zubok', given: 'Vladislav' }, { family: 'Kramer', given: 'Mark' }],
  },
  {
    name: 'several names joined with commas and "and", initials kept',
    citation: cite('Conversation', 'January 1, 1950', 'RGASPI, f. 558, op. 11, d. 330, ll. 1-5.', 'Obtained by Kathryn Weathersby, James G. Hershberg, and N.V. Roshchin and translated by Daniel Rozas and Danny Rozas.'),
    archival: { fond: '558', delo: '330' },
    translator: [{ family: 'Rozas', given: 'Daniel' }, { family: 'Rozas', given: 'Danny' }],
    contributors: [
      { role: 'obtained', name: { family: 'Weathersby', given: 'Kathryn' } },
      { role: 'obtained', name: { family: 'Hershberg', given: 'James G.' } },
      { role: 'obtained', name: { family: 'Roshchin', given: 'N.V.' } },
      { role: 'translated', name: { family: 'Rozas', given: 'Daniel' } },
      { role: 'translated', name: { family: 'Rozas', given: 'Danny' } },
    ],
  },
  {
    name: 'unknown archive with abbreviation, known shape',
    citation: cite('Report', 'May 1953', 'Central State Archive of Albania (AQSh), f. 14, op. 2, d. 17, l. 5.', 'Obtained by Ana Lalaj.'),
    issued: [1953, 5],
    archive: 'Central State Archive of Albania (AQSh)',
    location: 'f. 14, op. 2, d. 17, l. 5',
    archival: { repository: 'Central State Archive of Albania', abbreviation: 'AQSh', fond: '14', folios: '5' },
    translator: [],
    rules: ['citation/unknown-archive'],
  },
  {
    name: 'unknown position shape stays as written',
    citation: cite('Diary entry', 'August 3, 1962', 'RGANI, Collection of the Commission, box 7, folder "Cuba".', 'Translated by Svetlana Savranskaya.'),
    archive: 'Russian State Archive of Contemporary History (RGANI)',
    location: 'Collection of the Commission, box 7, folder "Cuba"',
    archival: { location: 'Collection of the Commission, box 7, folder "Cuba"', scheme: undefined, fond: undefined },
    translator: [{ family: 'Savranskaya', given: 'Svetlana' }],
    rules: ['citation/unknown-reference'],
  },
  {
    name: 'spelled out in lower case, pages after the delo',
    citation: cite('Cable', 'May 2, 1958', 'AVPRF, fond 0102, opis 14, delo 9, p.21-37.', 'Translated by Ada Lind.'),
    // the abbreviation as the source writes it
    archive: 'Archive of Foreign Policy, Russian Federation (AVPRF)',
    location: 'fond 0102, opis 14, delo 9, p.21-37',
    archival: { fond: '0102', opis: '14', delo: '9', pages: '21-37', papka: undefined, folios: undefined, scheme: 'fond' },
    rules: [],
  },
  {
    name: '"p." before the delo is the papka',
    citation: cite('Cable', 'May 2, 1958', 'AVP RF, f. 0102, op. 11, p. 65, d. 45, ll. 1-3.'),
    archival: { fond: '0102', opis: '11', papka: '65', delo: '45', folios: '1-3', pages: undefined },
    rules: [],
  },
  {
    name: 'Hungarian registry number with a space after the slash',
    citation: cite('Report', 'March 9, 1955', 'MOL, XIX-J-1-j Korea, 7. doboz, 3/c, 002211/ 1955.', 'Translated by Ede Tamas.'),
    location: 'XIX-J-1-j Korea, 7. doboz, 3/c, 002211/ 1955',
    archival: { series: 'XIX-J-1-j Korea', box: '7', item: '3/c', fileNumber: '002211/1955', scheme: 'hungarian' },
    rules: [],
  },
  {
    name: 'an archive abbreviation with the country after it ("TsAMO RF")',
    citation: cite('Telegram', 'October 3, 1950', 'TsAMO RF, fond 5, opis 91870, delo 12, list 77.'),
    archive: 'Central Archive of the Ministry of Defense, Russian Federation (TsAMO RF)',
    location: 'fond 5, opis 91870, delo 12, list 77',
    archival: { fond: '5', opis: '91870', delo: '12', folios: '77' },
    rules: [],
  },
]

describe('parseCitation', () => {
  it.each(rows)('$name', (row) => {
    const file = new VFile()
    const got = parseCitation(row.citation, file)
    if (row.title !== undefined) expect(got.title).toBe(row.title)
    if (row.issued !== undefined) expect(got.issued).toEqual({ 'date-parts': [row.issued] })
    expect(got.publisher).toBe(PUB)
    if (row.archive !== undefined) expect(got.archive).toBe(row.archive)
    if (row.place !== undefined) expect(got['archive-place']).toBe(row.place)
    if (row.location !== undefined) expect(got.archive_location).toBe(row.location)
    expect(got.archival).toMatchObject(Object.fromEntries(Object.entries(row.archival).filter(([, v]) => v !== undefined)))
    for (const [k, v] of Object.entries(row.archival)) if (v === undefined) expect(got.archival).not.toHaveProperty(k)
    if (row.translator !== undefined) expect(got.translator).toEqual(row.translator)
    if (row.contributors !== undefined) expect(got.contributors).toEqual(row.contributors)
    if (row.rules !== undefined) {
      expect(file.messages.map((m) => `${m.source}/${m.ruleId}`)).toEqual(row.rules)
    }
  })

  it('gives each archive of a source that names several its own reference', () => {
    const file = new VFile()
    const got = parseReferenceAndCredits('AVP RF, f. 0102, op. 9, d. 3, l. 5; RGANI, fond 5, opis 30, delo 77. Translated by Ada Lind.', file)
    expect(got.archives?.map((a) => [a.abbreviation, a.location, a.fond, a.delo])).toEqual([['AVP RF', 'f. 0102, op. 9, d. 3, l. 5', '0102', '3'], ['RGANI', 'fond 5, opis 30, delo 77', '5', '77']])
    expect(got.archival).toEqual(got.archives?.[0])
    expect(got.archive_location).toBe('f. 0102, op. 9, d. 3, l. 5')
    expect(got.translator).toEqual([{ family: 'Lind', given: 'Ada' }])
    expect(file.messages).toEqual([])
    // one archive: no list
    expect(parseReferenceAndCredits('RGANI, f. 5, op. 30, d. 77.', new VFile()).archives).toBeUndefined()
  })

  it('keeps the credits as the note, and the title and date out of it', () => {
    const got = parseCitation(rows[0].citation, new VFile())
    expect(got.note).toBe('Obtained by Odd Arne Westad and translated by Daniel Rozas.')
  })

  it('takes a URL off the end (layout C variant) and needs no final period (layout B)', () => {
    const got = parseCitation(`"Cable ," June 22, 1954, ${PUB}, RGANI, f. 5, op. 30, d. 1, l. 2. Translated by Gary Goldberg https://digitalarchive.wilsoncenter.org/document/123`, new VFile())
    expect(got.URL).toBe('https://digitalarchive.wilsoncenter.org/document/123')
    expect(got.archival).toMatchObject({ fond: '5', opis: '30', delo: '1', folios: '2' })
    expect(got.translator).toEqual([{ family: 'Goldberg', given: 'Gary' }])
  })

  it('reports a sentence it cannot read and keeps going', () => {
    const file = new VFile()
    const got = parseCitation('Some words that are no citation at all', file)
    expect(got.contributors).toEqual([])
    expect(file.messages.map((m) => `${m.source}/${m.ruleId}`)).toEqual(['citation/no-title', 'citation/unknown-shape'])
  })

  it('keeps text after the names that is no credit, and says so', () => {
    const file = new VFile()
    const got = parseCitation(cite('T', 'May 1, 1961', 'RGANI, f. 5, op. 1, d. 2, l. 3.', 'Translated by Gary Goldberg. Published in Cold War History 3.'), file)
    expect(got.translator).toEqual([{ family: 'Goldberg', given: 'Gary' }])
    expect(got.note).toContain('Published in Cold War History 3')
    expect(file.messages.map((m) => `${m.source}/${m.ruleId}`)).toEqual(['citation/unknown-credit'])
  })
})

describe('parseName / splitNames', () => {
  it.each([
    ['N.V. Roshchin', { family: 'Roshchin', given: 'N.V.' }],
    ['Odd Arne Westad', { family: 'Westad', given: 'Odd Arne' }],
    ['James G. Hershberg', { family: 'Hershberg', given: 'James G.' }],
    ['Charles van der Wee', { family: 'van der Wee', given: 'Charles' }],
    ['Н.В. Рощин', { family: 'Рощин', given: 'Н.В.' }],
    ['Karskiy', { literal: 'Karskiy' }],
    ['Kim Il Sung', { literal: 'Kim Il Sung' }],
    ['NKIDP Staff', { literal: 'NKIDP Staff' }],
  ])('%s', (text, name) => {
    expect(parseName(text).name).toEqual(name)
  })

  it('splits commas, "and" and the Oxford comma, but keeps "Jr." with its name', () => {
    expect(splitNames('A B, C D, and E F')).toEqual(['A B', 'C D', 'E F'])
    expect(splitNames('A B and C D')).toEqual(['A B', 'C D'])
    expect(splitNames('Martin Luther King, Jr.')).toEqual(['Martin Luther King, Jr.'])
  })
})

describe('parseSourceNote', () => {
  it('reads the sample\'s Chinese source note, keeps the lost glyphs lost and warns', () => {
    const file = new VFile()
    const item = parseSourceNote('[源：中 与 系文 (1949 年10 月-1951 年12 月) (北京：世界知 出版社, 2009), 80-83.]', file, undefined, { id: 'wilson-110404-source-1' })
    expect(item).toEqual({
      id: 'wilson-110404-source-1',
      type: 'book',
      language: 'zh',
      title: '中 与 系文 (1949 年10 月-1951 年12 月)',
      'publisher-place': '北京',
      publisher: '世界知 出版社',
      issued: { 'date-parts': [[2009]] },
      page: '80-83',
      note: 'Han characters lost in text extraction are left as spaces.',
    })
    expect(file.messages.map((m) => `${m.source}/${m.ruleId}`)).toEqual(['citation/missing-glyphs'])
    expect(file.messages[0].fatal).toBe(false) // a warning
  })

  it('reads a complete note without a warning', () => {
    const file = new VFile()
    const item = parseSourceNote('[源：中苏关系文件 (北京：世界知识出版社, 2009), 80.]', file)
    expect(item).toMatchObject({ title: '中苏关系文件', publisher: '世界知识出版社', page: '80' })
    expect(item).not.toHaveProperty('note')
    expect(file.messages).toEqual([])
  })

  it('is undefined for a line that is no source note, and keeps an odd note as a title', () => {
    expect(parseSourceNote('遵照 外交部 辛斯基同志的指示', new VFile())).toBeUndefined()
    const file = new VFile()
    expect(parseSourceNote('[源：某档案]', file)).toMatchObject({ title: '某档案' })
    expect(file.messages.map((m) => `${m.source}/${m.ruleId}`)).toEqual(['citation/bad-source-note'])
  })
})

describe('properties', () => {
  // Any text gives a record or messages, never an exception; nothing is invented: the
  // position and the title are always taken from the input.
  const pieces = fc.constantFrom('“', '”', '"', ',', '.', ' ', ';', '(', ')', 'f.', 'op.', 'd.', 'll.', ' by ', ' and ', 'Translated', 'Obtained', 'for NKIDP', PUB, 'AVP RF', 'Moscow', '4. doboz', '109-03984-02', 'B 136/5', 'Ф.', 'January 01, 1950', '1-4', 'N.V. Roshchin', 'Chen Jian', '源', '：')
  const sentence = fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((a) => a.join(''))

  it('parseCitation never throws and takes its parts from the input', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        const got = parseCitation(s, new VFile())
        const flat = s.replace(/\s+/gu, ' ')
        if (got.title !== undefined) expect(flat).toContain(got.title)
        if (got.archive_location !== undefined) expect(flat).toContain(got.archive_location)
        for (const c of got.contributors) expect(c.role).toMatch(/^(obtained|translated|contributed|edited|transcribed|annotated|selected)$/u)
      }),
      { numRuns: 300 },
    )
  })

  it('parseSourceNote never throws', () => {
    fc.assert(fc.property(sentence, (s) => { parseSourceNote(`[源：${s}]`, new VFile()) }), { numRuns: 300 })
  })
})

describe('parseReferenceAndCredits (layout D\'s "Source" line)', () => {
  it.each([
    ['RGANI, f. 5, op. 30, d. 1, l. 2. Translated by Gary Goldberg.', { fond: '5', folios: '2' }, [{ family: 'Goldberg', given: 'Gary' }]],
    ['Translated by Gary Goldberg.', undefined, [{ family: 'Goldberg', given: 'Gary' }]],
    ['BArch, B 136/59748, 297-301', { signature: 'B 136/59748' }, []],
  ] as const)('%s', (line, archival, translator) => {
    const got = parseReferenceAndCredits(line, new VFile())
    if (archival) expect(got.archival).toMatchObject(archival)
    else expect(got.archival).toBeUndefined()
    expect(got.translator).toEqual(translator)
  })
})
