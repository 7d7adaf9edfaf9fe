// The small parts of memo batch on their own: ignore lines, shard arithmetic, progress output,
// output planning, temporary names, the UTF-8 encoding of outputs.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IgnoreMatcher } from '../dist/batch/ignore-matcher.js'
import { planOutputs } from '../dist/batch/plan-outputs.js'
import { Progress } from '../dist/batch/progress.js'
import { inShard, parseShard, shardOf } from '../dist/batch/shard.js'

describe('IgnoreMatcher (.memoignore lines)', () => {
  const cases: [string[], string, string, boolean][] = [
    // lines, base of the .memoignore, path below the input root, ignored?
    [['*.bak.txt'], '', 'a/b/c.bak.txt', true],
    [['*.bak.txt'], '', 'c.txt', false],
    [['drafts/'], '', 'drafts/x.txt', true],
    [['drafts/'], '', 'a/drafts/x.txt', true],
    [['drafts/'], '', 'drafts.txt', false],
    [['/top.txt'], '', 'top.txt', true],
    [['/top.txt'], '', 'sub/top.txt', false],
    [['a/b.txt'], '', 'a/b.txt', true],
    [['a/b.txt'], '', 'x/a/b.txt', false],
    [['*.txt', '!keep.txt'], '', 'keep.txt', false],
    [['*.txt', '!keep.txt'], '', 'other.txt', true],
    [['!keep.txt', '*.txt'], '', 'keep.txt', true], // the last matching line wins
    [['# comment', '', '   '], '', 'x.txt', false],
    [['\\#hash.txt'], '', '#hash.txt', true],
    [['local.txt'], 'sub', 'sub/local.txt', true],
    [['local.txt'], 'sub', 'local.txt', false], // a .memoignore applies below its own folder
    [['/local.txt'], 'sub', 'sub/deeper/local.txt', false],
    [['**/tmp/**'], '', 'a/tmp/b/c.txt', true],
  ]
  it.each(cases)('%j in "%s" → %s ignored: %s', (lines, base, path, ignored) => {
    const m = new IgnoreMatcher()
    m.add(lines, base)
    expect(m.ignores(path)).toBe(ignored)
  })
})

describe('--shard K/N', () => {
  it('parses K/N and refuses the rest', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 })
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 })
    for (const bad of ['0/3', '4/3', '1/0', '-1/3', '1.5/3', 'a/b', '1', '']) expect(parseShard(bad), bad).toBeUndefined()
  })

  it('puts every key in exactly one shard, spread evenly, the same on every call', () => {
    const keys = Array.from({ length: 4000 }, (_, i) => `folder-${i % 13}/doc-${i}.txt`)
    const counts = [0, 0, 0, 0, 0]
    for (const key of keys) {
      const owners = [1, 2, 3, 4, 5].filter((k) => inShard(key, { index: k, count: 5 }))
      expect(owners).toHaveLength(1)
      expect(shardOf(key, 5)).toBe(owners[0])
      counts[owners[0] - 1]++
    }
    for (const c of counts) expect(c).toBeGreaterThan(4000 / 5 * 0.85)
    expect(inShard('anything', undefined)).toBe(true)
  })
})

describe('planOutputs', () => {
  const input = (key: string, path = `in/${key}`) => ({ abs: `/x/${path}`, path, key })
  it('replaces the extension and reports outputs two inputs would share', () => {
    const { planned, collisions } = planOutputs([input('a.txt'), input('a.text'), input('b'), input('B.txt', 'other/B.txt'), input('b.txt')], ['.md', '.csl.json'])
    expect(planned.map((p: { outputs: string[] }) => p.outputs)).toEqual([['a.md', 'a.csl.json'], ['b.md', 'b.csl.json']])
    expect(collisions.map((c: { input: { path: string }; output: string; owner: string }) => [c.input.path, c.output, c.owner])).toEqual([
      ['in/a.text', 'a.md', 'in/a.txt'],
      ['other/B.txt', 'B.md', 'in/b'], // case-insensitive file systems would merge them
      ['in/b.txt', 'b.md', 'in/b'],
    ])
  })
  it('keeps the combined files for itself', () => {
    const { collisions } = planOutputs([input('library.txt'), input('sub/index.txt')], ['.json'])
    expect(collisions.map((c: { owner: string }) => c.owner)).toEqual(['the combined library.json'])
  })
})

describe('Progress', () => {
  const sink = (isTTY: boolean) => {
    const chunks: string[] = []
    return { chunks, stream: { isTTY, columns: 100, write: (s: string) => (chunks.push(s), true) } as unknown as NodeJS.WritableStream }
  }

  it('draws a bar in place on a terminal and prints lines above it', () => {
    let t = 0
    const { chunks, stream } = sink(true)
    const p = new Progress(stream, { mode: 'bar', now: () => t })
    t = 2000
    p.update({ done: 40, total: 100, warned: 3, failed: 1 })
    p.log('a.txt  warning  something  x/y\n')
    p.finish()
    const text = chunks.join('')
    expect(text).toContain('\r\x1b[K[')
    expect(text).toContain('40/100 files · 20/s · ETA 3s · 3 warned · 1 failed')
    expect(text).toContain('a.txt  warning  something')
    expect(text.endsWith('\r\x1b[K')).toBe(true) // the bar is gone at the end
  })

  it('prints a plain line every few seconds when not on a terminal, and nothing animated', async () => {
    const { chunks, stream } = sink(false)
    const p = new Progress(stream, { mode: 'lines', every: 0.05 })
    p.update({ done: 5, total: 10, warned: 0, failed: 0 })
    await new Promise((r) => setTimeout(r, 130))
    p.finish()
    expect(chunks.length).toBeGreaterThanOrEqual(1)
    for (const c of chunks) expect(c).toMatch(/^memo batch: 5\/10 files · .* · 0 warned · 0 failed\n$/)
    expect(chunks.join('')).not.toContain('\r')
  })

  it('prints nothing when off (--quiet)', () => {
    const { chunks, stream } = sink(true)
    const p = new Progress(stream, { mode: 'off' })
    p.update({ done: 1, total: 2, warned: 0, failed: 0 })
    p.finish()
    expect(chunks).toEqual([])
  })
})

describe('writeCombined', () => {
  it('writes what the csl and bibtex writers’ libraries give joined whole, one document at a time', async () => {
    const { writeCombined } = await import('../dist/batch/combine.js')
    const { processBytes } = await import('../dist/process.js')
    const { writerNamed } = await import('../dist/writers/index.js')
    const { mkdtempSync, readFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { fixtureInput } = await import('./helpers/fixtures.js')
    const { bibEntries, cslArray, joinLibrary } = await import('./helpers/libraries.js')
    const csl = writerNamed('csl')
    const bibtex = writerNamed('bibtex')
    // the sample twice (same keys: must be made unique), two more, and a failed input
    const names = ['wilson-110404', 'contents-mismatch', 'wilson-110404', 'scan-undated']
    const docs = []
    for (const name of names) {
      const { memo } = await processBytes(fixtureInput(name), `${name}.txt`)
      docs.push({ csl: await csl.write(memo, {}), bib: await bibtex.write(memo, {}), id: memo.id })
    }
    const row = (path: string, status: string, id?: string) => ({ path, id, languages: [], sections: [], warnings: 0, errors: 0, status, outputs: [] })
    const items = [
      ...docs.map((d, i) => ({ status: 'converted', load: () => ({ row: row(`in/${i}.txt`, 'converted', d.id), libraries: { csl: d.csl, bib: d.bib } }) })),
      { status: 'failed', load: () => ({ row: row('in/bad.txt', 'failed') }) },
    ]
    const dir = mkdtempSync(join(tmpdir(), 'memo-combine-'))
    const result = writeCombined(dir, items)
    expect(readFileSync(join(dir, 'library.json'), 'utf8')).toBe(cslArray(docs.map((d) => d.csl)))
    expect(readFileSync(join(dir, 'library.bib'), 'utf8')).toBe(bibEntries(docs.map((d) => d.bib)))
    // the writers' library declarations, joined in memory, give the same bytes
    expect(joinLibrary(csl.library, docs.map((d) => d.csl))).toBe(cslArray(docs.map((d) => d.csl)))
    expect(joinLibrary(bibtex.library, docs.map((d) => d.bib))).toBe(bibEntries(docs.map((d) => d.bib)))
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'))
    expect(index.map((r: { citekey?: string }) => r.citekey)).toEqual(['memorandumConversation1950-110404', 'letterEmbassy1955-999001', 'memorandumConversation1950-110404-2', 'noteConversation-nd-999002'.replace('-nd', 'nd'), undefined])
    expect(result.duplicates).toEqual([{ id: 'wilson-110404', paths: ['in/0.txt', 'in/2.txt'] }])

    const empty = mkdtempSync(join(tmpdir(), 'memo-combine-'))
    writeCombined(empty, [])
    expect(readFileSync(join(empty, 'library.json'), 'utf8')).toBe(cslArray([]))
    expect(readFileSync(join(empty, 'library.bib'), 'utf8')).toBe(bibEntries([]))
    expect(readFileSync(join(empty, 'index.json'), 'utf8')).toBe('[]\n')
  })
})

describe('temporaryPathFor', () => {
  it('gives distinct names beside the target, of the shape removeStrays clears after a kill', async () => {
    const { temporaryPathFor } = await import('../dist/io/write-atomic.js')
    const { removeStrays } = await import('../dist/batch/remove-strays.js')
    const { mkdtempSync, readdirSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { dirname, join } = await import('node:path')
    const dir = mkdtempSync(join(tmpdir(), 'memo-tmpnames-'))
    const target = join(dir, 'doc.md')
    const names = Array.from({ length: 3000 }, () => temporaryPathFor(target))
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(dirname(name)).toBe(dir)
    for (const name of names.slice(0, 50)) writeFileSync(name, 'half a file')
    writeFileSync(target, 'a finished output')
    expect((await removeStrays(dir)).length).toBe(50)
    expect(readdirSync(dir)).toEqual(['doc.md'])
  })
})

describe('utf8 (the encoding of an output before its atomic write)', () => {
  it('gives the bytes Buffer.from gives, lone surrogates and sizes past its scratch included', async () => {
    const { utf8 } = await import('../dist/io/write-atomic-sync.js')
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(2000), (text, times) => {
        // repeated, so some texts outgrow the scratch and make it grow
        const long = text.repeat(1 + (times % 3 === 0 ? times : 0))
        expect(Buffer.from(utf8(long)).equals(Buffer.from(long, 'utf8'))).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
