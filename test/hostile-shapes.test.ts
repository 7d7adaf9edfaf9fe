// Input shapes of the issue that cli.test.ts does not already cover, as a user meets them
// (bin/memo.js spawned): each finishes with output or one clear line naming the file, exit
// 1 and no output file. Sizes are the where a test can afford them; the full-size
// shapes, with times, are in `npm run fuzz`. No test here measures time.
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { processBytes } from '../dist/process.js'
import { fixtureInput, root } from './helpers/fixtures.js'
import { runCli } from './helpers/run-cli.js'

const sample = fixtureInput('wilson-110404').toString('utf8')
const header = sample.split('FROM THE DIARY')[0]
const para = 'The talks began the same afternoon and lasted four hours; both sides agreed that the protocol should be signed. '
const tmp = () => mkdtempSync(join(tmpdir(), 'memo-hostile-'))

function write(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

/** Output or one clear error; never a stack trace. */
function expectClean(stderr: string) {
  expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
  expect(stderr).not.toMatch(/TypeError|RangeError|ReferenceError|FatalError|a bug in memo/)
}

describe('shapes that give a document', () => {
  const cases: [string, () => string, (memo: { sections: { paragraphs: { text: string }[] }[] }) => void][] = [
    ['a single 5 MB line', () => para.repeat(Math.ceil((5 * 1024 * 1024) / para.length)), (memo) => {
      const text = memo.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('')
      expect(text.length).toBeGreaterThan(5_000_000)
    }],
    ['a truncated header (cut in the summary)', () => sample.slice(0, sample.indexOf('Summary:') + 40), (memo) => {
      // what is there is read: the title, and the summary as far as it goes
      const m = memo as unknown as { record: { csl: { title: string; abstract: string } } }
      expect(m.record.csl.title).toBe('Memorandum, Conversation of Mao and USSR Ambassador to China N.V. Roshchin on 1 January 1950')
      expect(m.record.csl.abstract).toBe(sample.slice(sample.indexOf('Summary:') + 10, sample.indexOf('Summary:') + 40))
      // and the missing body is said, not silent
      const d = memo as unknown as { diagnostics: { ruleId: string; severity: string }[] }
      expect(d.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'layout/no-body', severity: 'warning' }))
    }],
    ['hundreds of thousands of blank lines', () => `${header}FROM THE DIARY\n${'\n'.repeat(500_000)}The end.\n`, (memo) => {
      expect(memo.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toContain('The end.')
    }],
    ['hundreds of thousands of page markers', () => `${header}FROM THE DIARY\n${' // \n'.repeat(300_000)}The end.\n`, (memo) => {
      const texts = memo.sections.flatMap((s) => s.paragraphs.map((p) => p.text))
      expect(texts.join('\n')).toContain('The end.')
      expect(texts.join('\n')).not.toContain('//')
    }],
  ]
  it.each(cases)('%s', (_label, make, check) => {
    const dir = tmp()
    const input = write(dir, 'input.txt', make())
    const r = runCli(['extract', input, '-f', 'json', '--quiet'])
    expectClean(r.stderr)
    expect(r.status, r.stderr).toBe(0)
    check(JSON.parse(r.stdout))
  })
})

describe('shapes that cannot be processed: one line naming the file, exit 1, no output file', () => {
  it('a 30 MB dump over --max-size is refused before it is read', () => {
    const dir = tmp()
    const input = write(dir, 'big.txt', Buffer.alloc(30 * 1024 * 1024, 'a'))
    const out = join(dir, 'out.md')
    const r = runCli(['extract', input, '--max-size', '16MB', '-o', out])
    expect(r.status).toBe(1)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/big\.txt {2}error {2}is 30\.0 MB, larger than the limit of 16\.0 MB; raise it with --max-size {2}read\/too-large/)
    expect(existsSync(out)).toBe(false)
  })

  it('a small limit is named in kB or bytes, not as 0.0 MB', () => {
    const dir = tmp()
    const input = write(dir, 'small.txt', Buffer.alloc(3000, 'a'))
    const r = runCli(['extract', input, '--max-size', '1000'])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/small\.txt {2}error {2}is 2\.9 kB, larger than the limit of 1000 bytes; raise it with --max-size {2}read\/too-large/)
    expect(r.stdout).toBe('')
  })

  it('standard input over --max-size is refused', () => {
    const r = runCli(['extract', '-', '--max-size', '1k'], { input: sample })
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/^<stdin> {2}error {2}standard input is larger than the limit/)
    expect(r.stdout).toBe('')
  })

  it('a bad --max-size is a usage error', () => {
    const r = runCli(['extract', 'x.txt', '--max-size', 'lots'])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('give a size such as 50MB')
  })

  it('a file name with a line break and an escape character still gives one printable line', () => {
    const dir = tmp()
    const name = 'bad\nname\u001b[31m.txt'
    write(dir, name, '')
    const r = runCli(['extract', join(dir, name)])
    expect(r.status).toBe(1)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain('bad\\u000Aname\\u001B[31m.txt  error  the file holds no text')
    expect(r.stderr).not.toContain('\u001b')
  })
})

describe('an input is never overwritten', () => {
  function setup() {
    const dir = tmp()
    mkdirSync(join(dir, 'sub'))
    const input = write(dir, 'doc.txt', sample)
    return { dir, input }
  }
  it('not through a symbolic link that --output names', () => {
    const { dir, input } = setup()
    const link = join(dir, 'link.md')
    symlinkSync(input, link)
    const r = runCli(['extract', input, '-o', link])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('never overwrites its input')
    expect(readFileSync(input, 'utf8')).toBe(sample)
  })
  it('not through another spelling of the same path', () => {
    const { dir, input } = setup()
    for (const spelling of [join(dir, 'sub', '..', 'doc.txt'), `${dir}//./doc.txt`, relative(root, input)]) {
      const r = runCli(['extract', input, '-o', spelling])
      expect(r.status, spelling).toBe(1)
      expect(r.stderr).toContain('never overwrites its input')
    }
    expect(readFileSync(input, 'utf8')).toBe(sample)
  })
  it('not when the input is reached through a symbolic link and --output names the file itself', () => {
    const { dir, input } = setup()
    const link = join(dir, 'sub', 'alias.txt')
    symlinkSync(input, link)
    const r = runCli(['extract', link, '-o', input])
    expect(r.status).toBe(1)
    expect(readFileSync(input, 'utf8')).toBe(sample)
  })
  it('a hard link that --output names gets a new file; the input keeps its bytes', () => {
    const { dir, input } = setup()
    const hard = join(dir, 'hard.md')
    linkSync(input, hard)
    const r = runCli(['extract', input, '-o', hard])
    expect(r.status).toBe(0)
    expect(readFileSync(input, 'utf8')).toBe(sample)
    expect(readFileSync(hard, 'utf8')).toContain('title: "Memorandum')
    expect(statSync(input).ino).not.toBe(statSync(hard).ino)
  })
})

describe('in process: hostile shapes give a document or one fatal message', () => {
  const shapes: [string, () => Buffer][] = [
    ['only page markers', () => Buffer.from(' // \n'.repeat(50_000))],
    ['only a header, no body', () => Buffer.from(header)],
    ['header labels with nothing after them', () => Buffer.from('Citation:\n\nSummary:\n\nOriginal Language:\n\nContents:\n\n')],
    ['a BOM and nothing else', () => Buffer.from([0xef, 0xbb, 0xbf])],
    ['a UTF-16 BOM and one odd byte', () => Buffer.from([0xff, 0xfe, 0x41])],
    ['CR line endings only', () => Buffer.from(sample.replace(/\n/g, '\r'))],
    ['a 1 MB line of spaces between two words', () => Buffer.from(`a${' '.repeat(1 << 20)}b`)],
    ['a line of 100,000 mojibake sequences', () => Buffer.from('VerdeÈ› '.repeat(100_000))],
    ['invalid UTF-8 mixed into the sample', () => Buffer.concat([Buffer.from(sample.slice(0, 2000)), Buffer.from([0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from(sample.slice(2000))])],
  ]
  it.each(shapes)('%s', async (_label, make) => {
    const { memo, file } = await processBytes(make(), 'shape.txt')
    const fatal = file.messages.filter((m) => m.fatal === true)
    if (!memo) expect(fatal).toHaveLength(1)
    else expect(fatal).toHaveLength(0)
  })
})

describe('memo batch writes only under --out', () => {
  it('whatever the inputs: a file above the working folder, a symlinked folder, a hostile title', () => {
    const base = tmp()
    const work = join(base, 'work')
    const outside = join(base, 'outside')
    mkdirSync(join(work, 'in'), { recursive: true })
    mkdirSync(outside)
    write(outside, 'far.txt', sample)
    symlinkSync(outside, join(work, 'in', 'linked'))
    write(join(work, 'in'), 'evil.txt', sample.replace('Memorandum, Conversation of Mao and USSR', '../../../../etc/passwd'))
    write(join(work, 'in'), '..dots.txt', sample)
    const before = listAll(base)
    const r = runCli(['batch', 'in', '../outside/far.txt', '--out', 'out', '-q'], { cwd: work })
    expectClean(r.stderr)
    const created = listAll(base).filter((p) => !before.includes(p))
    expect(created.length).toBeGreaterThan(0)
    for (const p of created) expect(p.startsWith(`work${'/'}out/`) || p === 'work/out', p).toBe(true)
  })
})

function listAll(dir: string, prefix = ''): string[] {
  const out: string[] = []
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${d.name}` : d.name
    out.push(rel)
    if (d.isDirectory()) out.push(...listAll(join(dir, d.name), rel))
  }
  return out
}
