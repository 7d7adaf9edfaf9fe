// Real consumers of the Chicago formatter's HTML: Python's expat (a strict XML parser) finds
// every entry and note well-formed, and pandoc's HTML reader gives back exactly the plain
// text form, with a published book's title as emphasis; over every fixture's record and a
// fixed sample of generated ones. Without python3 or pandoc the tests that need them are
// skipped with a message saying so.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { formatChicago, type ChicagoRecord } from '../src/cite/chicago/index.js'
import { chicagoRecordOf } from '../src/writers/chicago.js'
import { record } from './helpers/chicago-records.js'
import { memoOfFixture } from './helpers/citation-memo.js'
import { fixtureCases } from './helpers/fixtures.js'

function has(tool: string, versionFlag = '--version'): boolean {
  const ok = spawnSync(tool, [versionFlag], { encoding: 'utf8' }).status === 0
  if (!ok) console.warn(`${tool} is not installed; the Chicago consumer tests that need it are skipped.`)
  return ok
}
const hasPython = has('python3')
const hasPandoc = has('pandoc')

const FORMS = [false, true] as const
let records: ChicagoRecord[]
let dir: string

beforeAll(async () => {
  const fixtures = await Promise.all(fixtureCases().map(async (name) => chicagoRecordOf(await memoOfFixture(name))))
  // a fixed sample: the same records on every run
  const generated = fc.sample(record, { numRuns: 300, seed: 16 }).map((g) => g.record)
  records = [...fixtures, ...generated]
  dir = mkdtempSync(join(tmpdir(), 'memo-chicago-'))
})

describe('the HTML of every entry and note', () => {
  it.skipIf(!hasPython)('is well-formed XML for expat', () => {
    const documents = records.flatMap((r) => FORMS.map((note) => formatChicago([r], { format: 'html', note })))
    const path = join(dir, 'entries.json')
    writeFileSync(path, JSON.stringify(documents))
    const script = [
      'import json, sys, xml.dom.minidom as m',
      'bad = []',
      'for d in json.load(open(sys.argv[1], encoding="utf-8")):',
      '    try: m.parseString(d.encode("utf-8"))',
      '    except Exception as e: bad.append([str(e), d])',
      'print(json.dumps(bad))',
    ].join('\n')
    const r = spawnSync('python3', ['-c', script, path], { encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toEqual([])
    expect(documents.length).toBeGreaterThan(600)
  })

  it.skipIf(!hasPandoc)('reads back in pandoc as exactly the plain text form', () => {
    for (const note of FORMS) {
      // one document, one div a record: one pandoc run for all of them
      const html = records.map((r) => `<div>${formatChicago([r], { format: 'html', note }).trim()}</div>`).join('\n')
      const path = join(dir, `all-${note}.html`)
      writeFileSync(path, `<html><body>\n${html}\n</body></html>\n`)
      const r = spawnSync('pandoc', ['-f', 'html', '-t', 'plain', '--wrap=none', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      expect(r.stderr).toBe('')
      // each note is the one item of an ordered list, which pandoc numbers "1."
      const back = r.stdout.trim().split(/\n\n+/u).map((b) => (note ? b.replace(/^1\. +/u, '') : b))
      const texts = records.map((rec) => formatChicago([rec], { format: 'text', note }).trim())
      expect(back).toEqual(texts)
    }
  })

  it.skipIf(!hasPandoc)('gives pandoc a published book’s title as emphasis, the document’s title as quoted text', async () => {
    const rec = chicagoRecordOf(await memoOfFixture('pdf-published-source'))
    const path = join(dir, 'book.html')
    writeFileSync(path, formatChicago([rec], { format: 'html' }))
    const r = spawnSync('pandoc', ['-f', 'html', '-t', 'json', path], { encoding: 'utf8' })
    const ast = JSON.stringify(JSON.parse(r.stdout).blocks)
    expect(ast).toMatch(/"t":"Emph","c":\[\{"t":"Str","c":"River"\}/u)
    expect(ast).toContain('{"t":"Str","c":"“Minutes"}')
  })
})
