// The TEI parallel edition (-f tei) read as a TEI user would: jing validates every fixture's
// edition against the TEI P5 tei_all schema (schemas/tei_all.rng), and the edition holds
// every paragraph of the model under its xml:id with its page breaks, one link per aligned
// row with the row's confidence, and the archive reference in msIdentifier. Without jing
// (Debian's `jing`, which .ci/run installs) the validation is skipped with a message.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Memo } from '../src/model/memo.js'
import { teiOf } from '../src/writers/tei.js'
import { memoOfFixture } from './helpers/citation-memo.js'
import { fixtureCases, fixturesDir, root } from './helpers/fixtures.js'

const schema = join(root, 'schemas/tei_all.rng')
const hasJing = spawnSync('jing', [], { encoding: 'utf8' }).error === undefined
if (!hasJing) console.warn('jing is not installed (apt-get install jing); the TEI validation tests are skipped.')

/** jing's verdict on some files: its exit status and its messages (Debian's wrapper script
 * warns about optional jars on stderr; those lines are not about the files). */
function jing(files: string[]): { status: number | null; messages: string } {
  const run = spawnSync('jing', [schema, ...files], { encoding: 'utf8' })
  const messages = (run.stdout + run.stderr).split('\n').filter((l) => l && !l.startsWith('[warning] /usr/bin/jing')).join('\n')
  return { status: run.status, messages }
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')

let memos: Map<string, Memo>
let dir: string
beforeAll(async () => {
  memos = new Map(await Promise.all(fixtureCases().map(async (name) => [name, await memoOfFixture(name)] as const)))
  dir = mkdtempSync(join(tmpdir(), 'memo-tei-'))
})

describe('the TEI edition', () => {
  it.skipIf(!hasJing)('of every fixture is valid against tei_all, the committed editions too', () => {
    const files = [...memos].map(([name, memo]) => {
      const path = join(dir, `${name}.tei.xml`)
      writeFileSync(path, teiOf(memo))
      return path
    })
    const golden = fixtureCases().flatMap((name) => readdirSync(join(fixturesDir, name)).filter((f) => f === 'memo.tei.xml').map((f) => join(fixturesDir, name, f)))
    expect(golden.length).toBeGreaterThanOrEqual(5)
    expect(jing([...files, ...golden])).toEqual({ status: 0, messages: '' })
  })

  it.skipIf(!hasJing)('is checked by a validator that rejects what TEI does not allow', () => {
    // a link needs its target and may hold nothing; a paragraph may not sit in teiHeader
    const edition = teiOf(memos.get('wilson-110404')!)
    expect(edition).toContain('<link xml:id="')
    const broken = edition.replace('<link xml:id="', '<link><p>no</p></link><link xml:id="')
    const path = join(dir, 'broken.tei.xml')
    writeFileSync(path, broken)
    const verdict = jing([path])
    expect(verdict.status).not.toBe(0)
    expect(verdict.messages).toMatch(/element "p" not allowed/)
  })

  it('holds every paragraph of every section under its xml:id, with a pb at each page break', () => {
    for (const [name, memo] of memos) {
      const tei = teiOf(memo)
      for (const section of memo.sections) {
        expect(tei, name).toContain(`<div type="${section.role}" xml:lang="${section.lang}"`)
        section.paragraphs.forEach((p, i) => {
          const m = new RegExp(`<p xml:id="${section.id}-p${i + 1}">(.*?)</p>`, 's').exec(tei)
          expect(m, `${name} ${section.id} ${i + 1}`).not.toBeNull()
          expect(m![1].split('<pb/>').length - 1).toBe(p.pageBreaks?.length ?? 0)
          expect(unescape(m![1].replaceAll('<pb/>', ''))).toBe(p.text)
        })
      }
    }
  })

  it('links each row that pairs two or more sections, with its confidence as cert', () => {
    const memo = memos.get('wilson-110404')!
    const tei = teiOf(memo)
    const links = [...tei.matchAll(/<link xml:id="align-(\d+)" n="\d+" target="([^"]+)" cert="([\d.]+)"\/>/g)]
    const paired = memo.alignment.map((row, r) => ({ row, r })).filter(({ row }) => Object.values(row.cells).filter((c) => c.length).length >= 2)
    expect(links.map((l) => Number(l[1]) - 1)).toEqual(paired.map((p) => p.r))
    for (const [, n, target, cert] of links) {
      const row = memo.alignment[Number(n) - 1]
      expect(Number(cert)).toBeCloseTo(row.confidence, 3)
      const expected = Object.entries(row.cells).flatMap(([id, list]) => list.map((p) => `#${id}-p${p + 1}`))
      expect(target.split(' ')).toEqual(expected)
    }
    expect(tei).toContain('<linkGrp type="translation">')
  })

  it('names the archive and each part of the reference in msIdentifier, and the credits as respStmt', () => {
    const memo = memos.get('wilson-110404')!
    const tei = teiOf(memo)
    const { archival, contributors } = memo.record
    const ident = /<msIdentifier>(.*?)<\/msIdentifier>/s.exec(tei)![1]
    expect(ident).toContain(`<settlement>${archival!.place}</settlement>`)
    expect(ident).toContain(`<repository>${memo.record.csl.archive}</repository>`)
    for (const part of ['fond', 'opis', 'delo', 'folios'] as const) expect(ident).toContain(`<idno type="${part}">${archival![part]}</idno>`)
    for (const c of contributors!) expect(tei).toMatch(new RegExp(`<respStmt>\\s*<resp[^>]*>${c.role} by</resp>\\s*<persName><forename>${c.name.given}</forename> <surname>${c.name.family}</surname>`))
  })
})
