// A saved page that lists documents (the archive's search results, a collection page) is
// not a document: memo says so in one line naming the file, exits 1 and writes nothing; a
// batch fails that input and converts the rest. A document's own page that also lists
// related documents is still read as a document. (Shapes written here, in our own words.)
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixtureInput } from './helpers/fixtures.js'
import { runCli } from './helpers/run-cli.js'

const searchPage = `Skip to content


1 - 3 of 3


March 3, 1957

Letter from the Embassy on Grain Deliveries

The embassy reports on the grain deliveries of the spring and on the quotas agreed with the ministry.

June 12, 1961

Record of a Conversation about River Shipping

Two officials talk over the shipping season on the river, the state of the ports and the crews needed.


Note on the Trade Fair (undated)

A short note on the stands at the autumn trade fair and on the visitors expected.
`

const collectionPage = `Search in

Digital Archive International History Declassified

No image found.

Talks on River Trade

Conversations held over a decade about the trade on the great rivers and the ports along them.

  • April 2, 1958

    Record of a Conversation on the Spring Floods

    The two delegations compare the damage the floods did to the quays.

  • October 9, 1958

    Memorandum on the Winter Convoys

    A plan for keeping the convoys moving once the river freezes.
`

const tmp = () => mkdtempSync(join(tmpdir(), 'memo-listing-'))

describe('a page that lists documents', () => {
  for (const [name, text, count] of [['search results', searchPage, 2], ['a collection page', collectionPage, 2]] as const) {
    it(`${name}: one line naming the file and saying what it is, exit 1, no output file`, () => {
      const dir = tmp()
      writeFileSync(join(dir, 'page.txt'), text)
      const r = runCli(['extract', 'page.txt', '-o', 'page.md'], { cwd: dir })
      expect(r.status).toBe(1)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
      expect(r.stderr).toContain('page.txt')
      expect(r.stderr).toContain(`a page listing ${count} documents`)
      expect(r.stderr).toMatch(/layout\/listing-page/u)
      expect(existsSync(join(dir, 'page.md'))).toBe(false)
    })
  }

  it('is read anyway when a layout is given', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'page.txt'), searchPage)
    const r = runCli(['extract', 'page.txt', '--layout', 'generic', '-f', 'json'], { cwd: dir })
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).sections.length).toBeGreaterThan(0)
  })

  it('a document whose page also lists related documents is still a document', () => {
    const dir = tmp()
    const related = '\n\nRelated Documents\n\n  • April 2, 1958\n\n    Record of a Conversation on the Spring Floods\n\n  • October 9, 1958\n\n    Memorandum on the Winter Convoys\n'
    writeFileSync(join(dir, 'doc.txt'), String(fixtureInput('wilson-110404')) + related)
    const r = runCli(['extract', 'doc.txt', '-f', 'json'], { cwd: dir })
    expect(r.status, r.stderr).toBe(0)
    expect(JSON.parse(r.stdout).record.csl.title).toMatch(/Roshchin/u)
  })

  it('in a batch: that input fails with the reason, the others are converted', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'page.txt'), collectionPage)
    writeFileSync(join(dir, 'doc.txt'), fixtureInput('contents-mismatch'))
    const r = runCli(['batch', 'page.txt', 'doc.txt', '--out', 'out'], { cwd: dir })
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/page\.txt.*a page listing 2 documents/u)
    const rows = JSON.parse(readFileSync(join(dir, 'out/index.json'), 'utf8')) as { path: string; status: string }[]
    expect(rows.find((x) => x.path.endsWith('page.txt'))?.status).toBe('failed')
    expect(rows.find((x) => x.path.endsWith('doc.txt'))?.status).not.toBe('failed')
  })
})
