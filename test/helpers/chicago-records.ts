// Generated records for the Chicago formatter's properties: every shape a memo record takes
// (author or none, a person or a body; a full, partial, spanned or missing date; an archive
// reference in each scheme memo reads, or a published book instead; any mix of credits),
// with titles that end in "?", "!" or an abbreviation and hold quotations, and text that HTML
// must escape. Title words, archive words, authors and credited people come from separate
// pools, so a test can find a credited name in the output without meeting it elsewhere.
import fc from 'fast-check'
import type { ChicagoRecord } from '../../src/cite/chicago/index.js'
import type { CslItem, CslName } from '../../src/model/csl.js'
import type { Contributor } from '../../src/model/memo.js'

const AUTHOR_FAMILIES = ['Puzanov', 'Roshchin', 'Hartwell', 'Воронов']
const AUTHOR_GIVENS = ['Aleksandr', 'N. V.', 'Margaret', 'John Q.']
const CREDIT_FAMILIES = ['Westad', 'Rozas', 'Kovács', 'Lindahl', 'Ostrowski', 'Szalontai', 'Park', 'Чен']
const CREDIT_GIVENS = ['Odd Arne', 'Daniel', 'Anna', 'Gary', 'Lena', 'Balázs', 'Sun-hee', 'Mei']
const BODIES = ['Soviet Embassy in Pyongyang', 'Hungarian Embassy in Hanoi', 'CC CPSU Presidium']
const TITLE_WORDS = ['Memorandum', 'of', 'Conversation', 'with', 'the', 'Ambassador', 'on', 'Harvest', 'Tariffs', '&', '<b>', 'Railway', 'Draft', 'Cable', 'Relief', 'Port']
const ROLES: Contributor['role'][] = ['obtained', 'translated', 'contributed', 'edited', 'transcribed', 'annotated', 'selected']

const words = (pool: string[], min: number, max: number) => fc.array(fc.constantFrom(...pool), { minLength: min, maxLength: max }).map((w) => w.join(' '))

/** A title: words, maybe a quotation inside ("…" or "…"), maybe ending in ?, ! or an
 * abbreviation's period, or a devised title in brackets. */
export const title: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      head: words(TITLE_WORDS, 1, 5),
      quoted: fc.option(fc.record({ words: words(TITLE_WORDS, 1, 3), straight: fc.boolean(), atEnd: fc.boolean() }), { nil: undefined }),
      end: fc.constantFrom('', '', '?', '!', ' of the U.S.'),
    })
    .map(({ head, quoted, end }) => {
      if (!quoted) return head + end
      const q = quoted.straight ? `"${quoted.words}"` : `“${quoted.words}”`
      return quoted.atEnd ? `${head} ${q}` : `${head} ${q} ${head}${end}`
    }),
  fc.constant('[Untitled document wilson-1]'),
)

const author: fc.Arbitrary<CslName> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ family: fc.constantFrom(...AUTHOR_FAMILIES), given: fc.constantFrom(...AUTHOR_GIVENS) }) },
  { weight: 1, arbitrary: fc.constantFrom(...BODIES).map((literal) => ({ literal })) },
)
const creditee: fc.Arbitrary<CslName> = fc.record({ family: fc.constantFrom(...CREDIT_FAMILIES), given: fc.constantFrom(...CREDIT_GIVENS) })

const year = fc.integer({ min: 1917, max: 1991 })
const parts: fc.Arbitrary<[number, number?, number?]> = fc.oneof(
  fc.tuple(year),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })),
  fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })),
)
export const issued: fc.Arbitrary<CslItem['issued']> = fc.oneof(
  fc.constant(undefined),
  parts.map((p) => ({ 'date-parts': [p] })),
  fc.tuple(parts, parts).map(([a, b]) => ({ 'date-parts': [a, b] })),
)

/** A reference in one of the schemes memo reads, with its folio or page range when it has one. */
export const location: fc.Arbitrary<{ written: string; range?: string }> = fc.oneof(
  fc.tuple(fc.nat(999), fc.nat(99), fc.nat(999), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 40 })).map(([f, op, d, l, n]) => ({ written: `f. ${f}, op. ${op}, d. ${d}, ll. ${l}-${l + n}`, range: `${l}-${l + n}` })),
  fc.tuple(fc.nat(99), fc.nat(999)).map(([box, n]) => ({ written: `XIX-J-1-j Korea, ${box}. doboz, 5/a, ${String(n).padStart(6, '0')}/1955` })),
  fc.tuple(fc.integer({ min: 100, max: 999 }), fc.integer({ min: 10000, max: 99999 })).map(([a, b]) => ({ written: `${a}-${b}-02` })),
  fc.integer({ min: 1, max: 500 }).map((p) => ({ written: `RG 59, box 2481, pp. ${p}-${p + 3}`, range: `${p}-${p + 3}` })),
)

const archive = fc.constantFrom('Archive of Foreign Policy, Russian Federation (AVP RF)', 'Hungarian National Archives (MOL)', 'RGANI', 'PRC FMA')
const place = fc.constantFrom('Moscow', 'Budapest', 'Beijing')

export const contributor: fc.Arbitrary<Contributor> = fc.record(
  { role: fc.constantFrom(...ROLES), name: creditee, for: fc.constantFrom('NKIDP', 'CWIHP') },
  { requiredKeys: ['role', 'name'] },
)

const book: fc.Arbitrary<CslItem> = fc.record({
  id: fc.constant('b'),
  type: fc.constant('book'),
  title: words(TITLE_WORDS, 1, 6),
  'publisher-place': fc.constantFrom('Hong Kong', 'Beijing', 'Moscow'),
  publisher: fc.constantFrom('Harbour Academic Press', 'World Affairs Press'),
  issued: year.map((y) => ({ 'date-parts': [[y]] as [number][] })),
  page: fc.integer({ min: 1, max: 600 }).map((p) => `${p}-${p + 5}`),
})

export interface Generated {
  record: ChicagoRecord
  /** The reference's folio or page range as written ("1-4"), when it has one. */
  range?: string
}

export const record: fc.Arbitrary<Generated> = fc
  .record({
    title,
    author: fc.array(author, { maxLength: 12 }),
    issued,
    archived: fc.boolean(),
    location: fc.option(location, { nil: undefined }),
    archive: fc.option(archive, { nil: undefined }),
    place: fc.option(place, { nil: undefined }),
    contributors: fc.array(contributor, { maxLength: 5 }),
    publisher: fc.option(fc.constantFrom('History and Public Policy Program Digital Archive', 'Wilson Center Digital Archive'), { nil: undefined }),
    URL: fc.option(fc.integer({ min: 1, max: 999999 }).map((n) => `https://digitalarchive.wilsoncenter.org/document/${n}`), { nil: undefined }),
    book: fc.option(book, { nil: undefined }),
  })
  .map((g) => {
    const csl: CslItem = { id: 'x', type: 'manuscript', title: g.title }
    if (g.author.length) csl.author = g.author
    if (g.issued) csl.issued = g.issued
    if (g.archived) {
      if (g.archive) csl.archive = g.archive
      if (g.place) csl['archive-place'] = g.place
      if (g.location) csl.archive_location = g.location.written
    }
    if (g.publisher) csl.publisher = g.publisher
    if (g.URL) csl.URL = g.URL
    const rec: ChicagoRecord = { csl, contributors: g.contributors, ...(g.book && { related: [g.book] }) }
    return { record: rec, ...(g.archived && g.location?.range && { range: g.location.range }) }
  })
