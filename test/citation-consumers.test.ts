// The real consumers of memo's bibliographies: pandoc's citeproc renders the CSL-JSON, the
// BibTeX and the BibLaTeX of every fixture (and of hand-made records with awkward
// characters) and the bibliography must show the title, the year, the archive and the
// position; biber validates the BibLaTeX against its data model with zero warnings;
// astrocite-ris reads the RIS back with the archive, the position and the translator intact.
// pandoc and biber are Debian packages (.ci/run installs them); without them these tests are
// skipped with a message saying so.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseRis } from 'astrocite-ris'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CslItem } from '../src/model/csl.js'
import type { Memo } from '../src/model/memo.js'
import { biblatex } from '../src/writers/biblatex.js'
import { bibtex } from '../src/writers/bibtex.js'
import { cslItemsOf } from '../src/writers/csl.js'
import { csl } from '../src/writers/csl.js'
import { ris } from '../src/writers/ris.js'
import { memoFromCitation, memoOfFixture } from './helpers/citation-memo.js'
import { translatorWarnings } from './helpers/biber.js'
import { fixtureCases } from './helpers/fixtures.js'

function has(tool: string): boolean {
  const ok = spawnSync(tool, ['--version'], { encoding: 'utf8' }).status === 0
  if (!ok) console.warn(`${tool} is not installed (Debian package "${tool}"); the tests that need it are skipped. .ci/run installs it.`)
  return ok
}
const hasPandoc = has('pandoc')
const hasBiber = has('biber')

const PUB = 'History and Public Policy Program Digital Archive'
const handMade: [string, () => Memo][] = [
  ['special characters and a Cyrillic reference', () => memoFromCitation('wilson-900001', `“Report on the 50% Quota & the $ Question #2 (USSR_GDR) {draft},” May 1, 1961, ${PUB}, АП РФ. Ф. 3. Оп. 47. Д. 273. Л. 8. Translated by Gary Goldberg and Shen Zhihua.`)],
  ['Hungarian box and an accented translator', () => memoFromCitation('wilson-900002', `“Report, Embassy of Hungary in North Korea,” March 14, 1955, ${PUB}, MOL, XIX-J-1-j Korea, 4. doboz, 5/a, 004076/1955. Obtained and translated for NKIDP by Balázs Szalontai.`)],
]

const cases: [string, () => Promise<Memo> | Memo][] = [...fixtureCases().map((name) => [`fixture ${name}`, () => memoOfFixture(name)] as [string, () => Promise<Memo>]), ...handMade]

const flat = (s: string) => s.replace(/\s+/gu, ' ')

/** What a reader must find in the rendered bibliography for this item. */
function mustShow(item: CslItem): string[] {
  const year = item.issued?.['date-parts']?.[0]?.[0]
  return [item.title, year === undefined ? undefined : String(year), item.archive, item.archive_location].filter((x): x is string => typeof x === 'string')
}

function pandocBibliography(dir: string, bibFile: string): string {
  const md = join(dir, 'doc.md')
  writeFileSync(md, '---\nnocite: "@*"\n---\n')
  const r = spawnSync('pandoc', [md, '--citeproc', '--bibliography', bibFile, '-t', 'plain', '--wrap=none'], { encoding: 'utf8' })
  expect(r.stderr).toBe('')
  expect(r.status).toBe(0)
  return flat(r.stdout)
}

describe.each(cases)('%s', (_name, make) => {
  let memo: Memo
  let item: CslItem
  let dir: string
  beforeAll(async () => {
    memo = await make()
    item = cslItemsOf(memo, { related: false })[0]
    dir = mkdtempSync(join(tmpdir(), 'memo-citation-'))
  })

  // pandoc reads .json as CSL-JSON, .bibtex as BibTeX and .bib as BibLaTeX.
  it.skipIf(!hasPandoc).each([
    ['CSL-JSON', csl, 'memo.json'],
    ['BibTeX', bibtex, 'memo.bibtex'],
    ['BibLaTeX', biblatex, 'memo.bib'],
  ] as const)('pandoc --citeproc renders the %s with title, year, archive and reference', async (_format, writer, fileName) => {
    const path = join(dir, fileName)
    writeFileSync(path, await writer.write(memo, {}))
    const out = pandocBibliography(dir, path)
    expect(out.trim()).not.toBe('')
    // Chicago (pandoc's default style) capitalises a position that starts a sentence ("F. 0100"),
    // and gives a quotation inside a title single quotation marks ("the ‘Open Door’ Question"):
    // case and the kind of quotation mark are the style's, the words are the record's.
    const comparable = (s: string) => flat(s).toLowerCase().replace(/["“”‘’]/gu, '"')
    for (const piece of mustShow(item)) expect(comparable(out)).toContain(comparable(piece))
    // a translator is shown as one ("Rozas, Daniel, trans."), never as an editor
    if (item.translator?.length) expect(out).toMatch(/, trans\.| Translated by /u)
    expect(out).not.toMatch(/, eds?\./u)
  })

  it.skipIf(!hasBiber)('biber validates the BibLaTeX against its data model: no warning but translator in @misc', async () => {
    const path = join(dir, 'memo.biblatex.bib')
    const bib = await biblatex.write(memo, {})
    writeFileSync(path, bib)
    const r = spawnSync('biber', ['--tool', '--validate-datamodel', '--output-file', join(dir, 'out.bib'), path], { encoding: 'utf8', cwd: dir })
    const log = r.stdout + r.stderr
    expect(log.split('\n').filter((l) => /^(WARN|ERROR)/u.test(l))).toEqual(translatorWarnings(bib, path))
    expect(r.status).toBe(0)
    // biber read the entry (a file it could not parse would give an empty output)
    expect(readFileSync(join(dir, 'out.bib'), 'utf8')).toContain('@MISC{')
    if (log.includes('WARN')) console.log(log)
  })

  it('astrocite-ris reads the RIS back with archive, location and translator intact', async () => {
    const text = await ris.write(memo, {})
    const [back] = parseRis(text) as CslItem[]
    expect(back.type).toBe('manuscript')
    expect(back.title).toBe(item.title)
    // astrocite reads Zotero's tags by the RIS specification's names: DB (Zotero: archive)
    // as `source`, AN (Zotero: loc. in archive) as `number`, A4 (Zotero: translator) as an
    // author. The values must arrive whole, unwrapped and unsplit.
    if (item.archive) expect(back.source).toBe(item.archive)
    if (item.archive_location) expect(back.number).toBe(item.archive_location)
    for (const t of item.translator ?? []) {
      if (t.literal !== undefined) {
        // A name kept whole has no "Family, Given" form; RIS writes it as it is, which
        // Zotero reads as a one-field name but astrocite cannot parse, so check the line.
        expect(text.split('\n')).toContain(`A4  - ${t.literal}`)
      } else {
        expect(back.author).toContainEqual({ family: t.family, given: t.given })
      }
    }
  })
})

describe('the sample record', () => {
  it('has the parts the consumers are checked for', async () => {
    // Guards the tests above against passing on an empty record.
    const item = cslItemsOf(await memoOfFixture('wilson-110404'), { related: false })[0]
    expect(mustShow(item)).toHaveLength(4)
    expect(item.translator).toEqual([{ family: 'Rozas', given: 'Daniel' }])
  })
})

describe('the record\'s language, as citeproc reads it', () => {
  // citeproc title-cases a title only when the item's language is English: CSL `language` is
  // the record's own (the English translation's), the original language a field of its own.
  it.skipIf(!hasPandoc)('an English record with a lower-case title is title-cased; the same record marked Russian is not', async () => {
    const sample = await memoOfFixture('wilson-110404')
    expect(sample.record.csl.language).toBe('en')
    expect(sample.record.originalLanguage).toBe('ru')
    const dir = mkdtempSync(join(tmpdir(), 'memo-language-'))
    const render = async (language: string) => {
      const memo: Memo = { ...sample, record: { ...sample.record, csl: { ...sample.record.csl, title: 'report on the harvest in the northern provinces', language } } }
      const path = join(dir, `${language}.json`)
      writeFileSync(path, await csl.write(memo, {}))
      return pandocBibliography(dir, path)
    }
    expect(await render('en')).toContain('Report on the Harvest in the Northern Provinces')
    expect(await render('ru')).toContain('report on the harvest in the northern provinces')
  })
})
