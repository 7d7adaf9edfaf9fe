// memo batch as a user meets it: spawn bin/memo.js over small trees of dumps and check the
// files it writes, what it says and its exit code.
import { existsSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { mismatch, noHeader, numbered, readJson, type Row, sample, snapshot, tree, undated, removeTrees } from './helpers/batch-tree.js'
import { runCli } from './helpers/run-cli.js'

afterAll(removeTrees)

const batch = (cwd: string, ...args: string[]) => runCli(['batch', '--jobs', '2', ...args], { cwd })

describe('memo batch: outputs and combined files', () => {
  const dir = tree({
    'in/a.txt': sample,
    'in/sub/b.txt': mismatch,
    'in/sub/deep/c.txt': undated,
    'in/notes.md': '# not a dump: folders give *.txt only\n',
  })
  const r = batch(dir, 'in', '--out', 'out', '-f', 'md,json,csl,bibtex')

  it('exits 0 and mirrors each input path under --out in every format', () => {
    expect(r.stderr).toMatch(/3 files: \d converted, \d warned, 0 skipped, 0 failed/)
    expect(r.status).toBe(0)
    for (const stem of ['a', 'sub/b', 'sub/deep/c']) {
      for (const ext of ['.md', '.json', '.csl.json', '.bib']) expect(existsSync(join(dir, 'out', stem + ext)), stem + ext).toBe(true)
    }
    expect(existsSync(join(dir, 'out/notes.md'))).toBe(false)
  })

  it('runs the same pipeline as memo extract (same JSON, same Markdown)', () => {
    const json = runCli(['extract', 'in/a.txt', '-f', 'json'], { cwd: dir })
    expect(readFileSync(join(dir, 'out/a.json'), 'utf8')).toBe(json.stdout)
    const md = runCli(['extract', 'in/sub/b.txt'], { cwd: dir })
    expect(readFileSync(join(dir, 'out/sub/b.md'), 'utf8')).toBe(md.stdout)
  })

  it('writes library.json: a CSL-JSON array, unique ids, one manuscript per document', () => {
    const items = readJson<{ id: string; type: string; title?: string }[]>(join(dir, 'out/library.json'))
    expect(Array.isArray(items)).toBe(true)
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length)
    expect(items.filter((i) => i.type === 'manuscript').map((i) => i.title)).toEqual([
      'Memorandum, Conversation of Mao and USSR Ambassador to China N.V. Roshchin on 1 January 1950',
      'Letter from the Embassy in Budapest on the Harvest Plan',
      'Note on a Conversation about Shipping Schedules',
    ])
  })

  it('writes library.bib: one entry per document, unique keys', () => {
    const bib = readFileSync(join(dir, 'out/library.bib'), 'utf8')
    const keys = [...bib.matchAll(/^@(\w+)\{([^,]+),$/gmu)].map((m) => m[2])
    expect(keys).toHaveLength(3)
    expect(new Set(keys).size).toBe(3)
    // braces balance: each entry closes
    expect(bib.split('{').length).toBe(bib.split('}').length)
  })

  it('writes library.biblatex.bib: the BibLaTeX entries, with the same unique keys as library.bib', () => {
    const keysOf = (file: string) => [...readFileSync(join(dir, 'out', file), 'utf8').matchAll(/^@(\w+)\{([^,]+),$/gmu)].map((m) => m[2])
    const bib = readFileSync(join(dir, 'out/library.biblatex.bib'), 'utf8')
    expect(keysOf('library.biblatex.bib')).toEqual(keysOf('library.bib'))
    // BibLaTeX, not a second BibTeX: ISO dates and biblatex's translator field
    expect(bib).toContain('  date         = {1950-01-01},')
    expect(bib).toContain('  translator   = {Rozas, Daniel},')
    expect(bib).not.toMatch(/^\s*(year|editortype)\s*=/mu)
  })

  it('writes index.json: one row per input in path order, with sections and counts', () => {
    const rows = readJson<Row[]>(join(dir, 'out/index.json'))
    expect(rows.map((r) => r.path)).toEqual(['in/a.txt', 'in/sub/b.txt', 'in/sub/deep/c.txt'])
    const [a, b, c] = rows
    expect(a).toMatchObject({ id: 'wilson-110404', date: '1950-01-01', languages: ['en', 'zh', 'ru'], errors: 0 })
    expect(a.sections.map((s) => [s.id, s.paragraphs > 0])).toEqual([['en-translation', true], ['zh-translation', true], ['ru-transcription', true]])
    expect(a.warnings).toBeGreaterThan(0)
    expect(a.outputs).toEqual(['a.md', 'a.json', 'a.csl.json', 'a.bib'])
    expect(b).toMatchObject({ id: 'wilson-999001', languages: ['en', 'hu'] })
    expect(c).toMatchObject({ id: 'wilson-999002', errors: 0 })
    // "warned" exactly when the file had warnings
    for (const row of rows) expect(row.status).toBe(row.warnings > 0 ? 'warned' : 'converted')
    expect(c.date).toBeUndefined()
    // every row's citekey is an id in library.json, and the bib uses the same keys
    const ids = new Set(readJson<{ id: string }[]>(join(dir, 'out/library.json')).map((i) => i.id))
    const bib = readFileSync(join(dir, 'out/library.bib'), 'utf8')
    for (const row of rows) {
      expect(ids.has(row.citekey!)).toBe(true)
      expect(bib).toContain(`{${row.citekey},`)
    }
  })

  it('leaves no temporary file and no lock behind', () => {
    const names = [...snapshot(join(dir, 'out')).keys()]
    expect(names.filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'))).toEqual([])
    expect(names).toContain('.memo-manifest.jsonl')
  })
})

describe('memo batch: reruns', () => {
  it('skips unchanged inputs, redoes changed ones and lost outputs, and --force redoes all', () => {
    const dir = tree({ 'in/a.txt': mismatch, 'in/b.txt': undated, 'in/c.txt': noHeader })
    expect(batch(dir, 'in', '--out', 'out').status).toBe(0)
    const first = snapshot(join(dir, 'out'))

    const again = batch(dir, 'in', '--out', 'out')
    expect(again.status).toBe(0)
    expect(again.stderr).toMatch(/3 files: 0 converted, 0 warned, 3 skipped, 0 failed/)
    // the combined files come out the same from the manifest as from a fresh run
    expect(snapshot(join(dir, 'out'))).toEqual(first)

    writeFileSync(join(dir, 'in/b.txt'), undated.toString('utf8').replace('The captain of the port', 'The harbour master'))
    rmSync(join(dir, 'out/c.md'))
    const changed = batch(dir, 'in', '--out', 'out')
    const [, converted, warned] = /3 files: (\d) converted, (\d) warned, 1 skipped, 0 failed/.exec(changed.stderr) ?? []
    expect(Number(converted) + Number(warned), changed.stderr).toBe(2)
    expect(readFileSync(join(dir, 'out/b.md'), 'utf8')).toContain('The harbour master')
    expect(existsSync(join(dir, 'out/c.md'))).toBe(true)

    const forced = batch(dir, 'in', '--out', 'out', '--force')
    expect(forced.stderr).toMatch(/3 files: \d converted, \d warned, 0 skipped, 0 failed/)

    // asking for another format set redoes the files (their outputs differ)
    const more = batch(dir, 'in', '--out', 'out', '-f', 'md,json,bibtex')
    expect(more.stderr).toMatch(/0 skipped/)
    expect(existsSync(join(dir, 'out/a.bib'))).toBe(true)
  })

  it('redoes an input whose manifest line was written before library.biblatex.bib existed', () => {
    const dir = tree({ 'in/a.txt': mismatch, 'in/b.txt': undated })
    expect(batch(dir, 'in', '--out', 'out').status).toBe(0)
    const first = snapshot(join(dir, 'out'))
    const path = join(dir, 'out/.memo-manifest.jsonl')
    const lines = readFileSync(path, 'utf8').split('\n')
    // the second entry as an older build wrote it: no "biblatex" field
    const k = lines.findIndex((l, i) => i > 0 && l.includes('"biblatex"') && l.includes('b.txt'))
    const { biblatex: _dropped, ...older } = JSON.parse(lines[k]) as Record<string, unknown>
    lines[k] = JSON.stringify(older)
    writeFileSync(path, lines.join('\n'))
    // --merge of such a folder says which documents its library lacks
    const merged = runCli(['batch', '--merge', 'out', '--out', 'merged'], { cwd: dir })
    expect(merged.status).toBe(0)
    expect(merged.stderr).toMatch(/: 1 document \(first \S*b\.txt\) converted by an older memo lack an entry in some library; run memo batch again/u)
    expect(readFileSync(join(dir, 'merged/library.biblatex.bib'), 'utf8').match(/^@/gmu)).toHaveLength(1)
    const again = batch(dir, 'in', '--out', 'out')
    expect(again.stderr).toMatch(/2 files: \d converted, \d warned, 1 skipped, 0 failed/)
    expect(readFileSync(join(dir, 'out/library.biblatex.bib'), 'utf8')).toBe(first.get('library.biblatex.bib')!.toString('utf8'))
  })

  it('gives byte-identical outputs, manifest included, whatever the number of workers', () => {
    const files: Record<string, Buffer> = { 'in/x/a.txt': sample, 'in/b.txt': undated, 'in/c.txt': noHeader }
    for (let i = 0; i < 12; i++) files[`in/many/d${i}.txt`] = numbered(i)
    const dir = tree(files)
    expect(batch(dir, 'in', '--out', 'one', '-f', 'md,json,csl,bibtex').status).toBe(0)
    expect(runCli(['batch', '--jobs', '1', 'in', '--out', 'two', '-f', 'md,json,csl,bibtex'], { cwd: dir }).status).toBe(0)
    const one = snapshot(join(dir, 'one'))
    const two = snapshot(join(dir, 'two'))
    expect([...two.keys()]).toEqual([...one.keys()])
    for (const [name, bytes] of one) expect(two.get(name)!.equals(bytes), name).toBe(true)
  })
})

describe('memo batch: bad inputs never stop the batch', () => {
  const dir = tree({
    'in/good.txt': mismatch,
    'in/empty.txt': '',
    'in/binary.txt': Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0xff, 0xfe, 0, 7]),
    'in/blank.txt': '  \n\n \t\n',
    'in/x.txt/inside.txt': undated, // a folder with a file's name
    'in/résumé — copy (2).txt': noHeader,
  })
  const r = batch(dir, 'in', 'in/missing.txt', '--out', 'out')

  it('exits 1, converts the good files and names each failure with its reason', () => {
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/7 files: \d converted, \d warned, 0 skipped, 4 failed/)
    expect(r.stderr).toMatch(/failed: in\/empty\.txt: .*no text/)
    expect(r.stderr).toMatch(/failed: in\/blank\.txt: .*no text/)
    expect(r.stderr).toMatch(/failed: in\/binary\.txt: .*binary/)
    expect(r.stderr).toMatch(/failed: in\/missing\.txt: no such file/)
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/) // no stack trace
    for (const out of ['good.md', 'x.txt/inside.md', 'résumé — copy (2).md']) expect(existsSync(join(dir, 'out', out)), out).toBe(true)
    for (const out of ['empty.md', 'binary.md', 'blank.json', 'missing.md']) expect(existsSync(join(dir, 'out', out)), out).toBe(false)
  })

  it('lists failed inputs in index.json with status and reason, and keeps them out of the library', () => {
    const rows = readJson<Row[]>(join(dir, 'out/index.json'))
    expect(rows).toHaveLength(7)
    const failed = rows.filter((row) => row.status === 'failed')
    expect(failed.map((row) => row.path).sort()).toEqual(['in/binary.txt', 'in/blank.txt', 'in/empty.txt', 'in/missing.txt'])
    for (const row of failed) expect(row).toMatchObject({ errors: 1, outputs: [], reason: expect.any(String) })
    expect(readJson<unknown[]>(join(dir, 'out/library.json')).filter((i: any) => i.type === 'manuscript')).toHaveLength(3)
  })

  it('removes the outputs of an input that turned bad since the last run', () => {
    writeFileSync(join(dir, 'in/good.txt'), '')
    const again = batch(dir, 'in', '--out', 'out')
    expect(again.status).toBe(1)
    expect(existsSync(join(dir, 'out/good.md'))).toBe(false)
    expect(existsSync(join(dir, 'out/good.json'))).toBe(false)
  })
})

describe('memo batch: nothing converted', () => {
  it('leaves no output folder when it made the folder and every input failed', () => {
    const dir = tree({ 'in/empty.txt': '', 'in/binary.txt': Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0xff, 0xfe, 0, 7]) })
    const r = batch(dir, 'in', 'in/missing.txt', '--out', 'out')
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/3 files: 0 converted, 0 warned, 0 skipped, 3 failed/)
    expect(r.stderr).toMatch(/failed: in\/missing\.txt: no such file/)
    expect(r.stderr).not.toMatch(/wrote out\//)
    expect(r.stderr).toMatch(/nothing was converted, so out, which this run made, is taken away again/)
    expect(existsSync(join(dir, 'out'))).toBe(false)
  })
  it('takes away every folder it made for --out', () => {
    const dir = tree({ 'in/empty.txt': '' })
    const r = batch(dir, 'in', '--out', 'new/deeper/out')
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/nothing was converted, so new, which this run made, is taken away again/)
    expect(existsSync(join(dir, 'new'))).toBe(false)
    expect(existsSync(join(dir, 'in/empty.txt'))).toBe(true)
  })
  it('leaves no output folder when no input was found', () => {
    const dir = tree({ 'in/notes.md': 'not a dump' })
    const r = batch(dir, 'in', '--out', 'out')
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/no input files found/)
    expect(existsSync(join(dir, 'out'))).toBe(false)
  })
  it('writes the index of a folder that was there before, failures and all', () => {
    const dir = tree({ 'in/empty.txt': '', 'out/keep.txt': 'the user\'s own file' })
    const r = batch(dir, 'in', '--out', 'out')
    expect(r.status).toBe(1)
    expect(readJson<Row[]>(join(dir, 'out/index.json')).map((row) => row.status)).toEqual(['failed'])
    expect(readFileSync(join(dir, 'out/keep.txt'), 'utf8')).toBe("the user's own file")
  })
})

describe('memo batch: collisions and duplicates', () => {
  it('reports two inputs that would write one output and writes only the first', () => {
    const dir = tree({ 'in/x.txt': mismatch, 'other/x.txt': undated, 'in2/index.txt': noHeader })
    const r = batch(dir, 'in/x.txt', 'other/x.txt', 'in2/index.txt', '--out', 'out')
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/other\/x\.txt {2}error {2}its output x\.md would overwrite the output of in\/x\.txt.*batch\/output-collision/)
    expect(r.stderr).toMatch(/failed: in2\/index\.txt: its output index\.json would overwrite the combined index\.json/)
    expect(readFileSync(join(dir, 'out/x.md'), 'utf8')).toContain('Harvest Plan')
    const rows = readJson<Row[]>(join(dir, 'out/index.json'))
    expect(rows.map((row) => [row.path, row.status])).toEqual([
      ['in2/index.txt', 'failed'],
      ['in/x.txt', expect.stringMatching(/^(converted|warned)$/)],
      ['other/x.txt', 'failed'],
    ])
  })

  it('reports one document id in two inputs and keeps library ids and keys unique', () => {
    const dir = tree({ 'in/a.txt': sample, 'in/copy/a-again.txt': sample })
    const r = batch(dir, 'in', '--out', 'out', '-f', 'json')
    expect(r.status).toBe(0)
    expect(r.stderr).toContain('duplicate document id wilson-110404: in/a.txt, in/copy/a-again.txt')
    const items = readJson<{ id: string; type: string }[]>(join(dir, 'out/library.json'))
    const manuscripts = items.filter((i) => i.type === 'manuscript').map((i) => i.id)
    expect(manuscripts).toEqual(['memorandumConversation1950-110404', 'memorandumConversation1950-110404-2'])
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length)
    const keys = [...readFileSync(join(dir, 'out/library.bib'), 'utf8').matchAll(/^@\w+\{([^,]+),/gmu)].map((m) => m[1])
    expect(keys).toEqual(['memorandumConversation1950-110404', 'memorandumConversation1950-110404-2'])
    expect(readJson<Row[]>(join(dir, 'out/index.json')).map((row) => row.citekey)).toEqual(keys)
  })
})

describe('memo batch: which files are read', () => {
  it('honours .memoignore files (nested, folders, negation) and --ignore', () => {
    const dir = tree({
      'in/.memoignore': '# drafts and old copies\ndrafts/\n*-old.txt\n!keep-old.txt\n',
      'in/a.txt': numbered(1),
      'in/drafts/d.txt': numbered(2),
      'in/a-old.txt': numbered(3),
      'in/keep-old.txt': numbered(4),
      'in/sub/.memoignore': '/local.txt\n',
      'in/sub/local.txt': numbered(5),
      'in/sub/deeper/local.txt': numbered(6),
      'in/sub/skip-me.txt': numbered(7),
      'in/.hidden/h.txt': numbered(8),
    })
    const r = batch(dir, 'in', '--out', 'out', '--ignore', 'skip-*.txt', '-f', 'json')
    expect(r.status).toBe(0)
    const rows = readJson<Row[]>(join(dir, 'out/index.json'))
    expect(rows.map((row) => row.path)).toEqual(['in/a.txt', 'in/keep-old.txt', 'in/sub/deeper/local.txt'])
  })

  it('never reads the output folder, even inside the input folder', () => {
    const dir = tree({ 'in/a.txt': numbered(1), 'in/b.txt': numbered(2) })
    // --ext txt,md,json would take memo's own outputs if it walked into in/out
    expect(batch(dir, 'in', '--out', 'in/out', '--ext', 'txt,md,json').status).toBe(0)
    writeFileSync(join(dir, 'in/out/planted.txt'), numbered(3))
    const again = batch(dir, 'in', '--out', 'in/out', '--ext', 'txt,md,json')
    expect(again.status).toBe(0)
    expect(again.stderr).toMatch(/2 files: 0 converted, 0 warned, 2 skipped/)
    expect(readJson<Row[]>(join(dir, 'in/out/index.json')).map((row) => row.path)).toEqual(['in/a.txt', 'in/b.txt'])
    // a glob that reaches into it is filtered too
    const globbed = batch(dir, 'in/**/*.txt', '--out', 'in/out')
    expect(globbed.stderr).toMatch(/2 files:/)
  })

  it('takes globs, and says so when nothing matches', () => {
    const dir = tree({ 'in/a.txt': numbered(1), 'in/deep/b.txt': numbered(2), 'in/c.text': numbered(3) })
    const r = batch(dir, 'in/**/*.t*t', '--out', 'out', '-f', 'json')
    expect(r.status).toBe(0)
    expect(existsSync(join(dir, 'out/deep/b.json'))).toBe(true)
    expect(readJson<Row[]>(join(dir, 'out/index.json'))).toHaveLength(3)
    const none = batch(dir, 'in/**/*.pdf', '--out', 'out2')
    expect(none.status).toBe(1)
    expect(none.stderr).toContain('no input files found')
  })
})

describe('memo batch --shard and --merge', () => {
  const files: Record<string, Buffer> = {}
  for (let i = 0; i < 24; i++) files[`in/${i % 3}/doc-${i}.txt`] = numbered(i, i % 2 ? mismatch : undated)
  const dir = tree(files)
  const shards = [1, 2, 3].map((k) => batch(dir, 'in', '--out', `shard-${k}`, '--shard', `${k}/3`, '-f', 'json'))

  it('partitions the inputs: every input in exactly one shard', () => {
    for (const s of shards) expect(s.status).toBe(0)
    const paths = [1, 2, 3].map((k) => readJson<Row[]>(join(dir, `shard-${k}/index.json`)).map((row) => row.path))
    for (const p of paths) expect(p.length).toBeGreaterThan(0)
    const all = paths.flat().sort()
    expect(all).toEqual(Object.keys(files).sort())
    expect(new Set(all).size).toBe(24)
  })

  it('is the same partition on every run (a hash of the path below the input folder)', () => {
    const again = batch(dir, 'in', '--out', 'shard-2-again', '--shard', '2/3', '-f', 'json')
    expect(again.status).toBe(0)
    expect(readFileSync(join(dir, 'shard-2-again/index.json'), 'utf8')).toBe(readFileSync(join(dir, 'shard-2/index.json'), 'utf8'))
  })

  it('--merge joins the shard libraries into what one unsharded run writes', () => {
    expect(batch(dir, 'in', '--out', 'whole', '-f', 'json').status).toBe(0)
    const merged = runCli(['batch', '--merge', 'shard-1', 'shard-2', 'shard-3', '--out', 'merged'], { cwd: dir })
    expect(merged.status).toBe(0)
    expect(merged.stderr).toContain('24 inputs: 24 documents')
    for (const f of ['library.json', 'library.bib', 'library.biblatex.bib', 'index.json']) expect(readFileSync(join(dir, 'merged', f), 'utf8'), f).toBe(readFileSync(join(dir, 'whole', f), 'utf8'))
  })

  it('refuses a malformed --shard with a usage error', () => {
    for (const bad of ['4/3', '0/3', '1/0', 'a/b', '1']) {
      const r = batch(dir, 'in', '--out', 'x', '--shard', bad)
      expect(r.status, bad).toBe(2)
      expect(r.stderr).toContain('--shard takes K/N')
    }
    expect(existsSync(join(dir, 'x'))).toBe(false)
  })
})

describe('memo batch: usage and quiet', () => {
  it('prints nothing with --quiet when all is well, and each failure once otherwise', () => {
    const dir = tree({ 'in/a.txt': sample, 'in/empty.txt': '' })
    const r = batch(dir, 'in/a.txt', '--out', 'out', '--quiet')
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
    const bad = batch(dir, 'in', '--out', 'out', '--quiet')
    expect(bad.status).toBe(1)
    expect(bad.stderr.trim().split('\n')).toEqual(['in/empty.txt  error  the file holds no text (empty or only white space)  read/empty'])
  })

  it('rejects an unknown format and a missing --out', () => {
    const dir = tree({ 'in/a.txt': sample })
    expect(batch(dir, 'in', '--out', 'out', '-f', 'md,docx').status).toBe(2)
    expect(batch(dir, 'in').status).toBe(2)
    expect(statSync(dir).isDirectory()).toBe(true)
  })
})
