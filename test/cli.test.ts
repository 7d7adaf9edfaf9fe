// The CLI as a user meets it: spawn bin/memo.js, check stdout, stderr and the exit code.
import iconv from 'iconv-lite'
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixtureInput } from './helpers/fixtures.js'
import { runCli } from './helpers/run-cli.js'

const sample = 'fixtures/wilson-110404/input.txt'
const sampleText = fixtureInput('wilson-110404').toString('utf8')
const tmp = () => mkdtempSync(join(tmpdir(), 'memo-cli-'))

/** No stack trace: no "at file:line" frames, no Error class names. */
function expectNoStack(stderr: string) {
  expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
  expect(stderr).not.toMatch(/TypeError|ReferenceError|FatalError/)
}

describe('memo --help and --version', () => {
  it('prints help with the commands and exits 0', () => {
    const r = runCli(['--help'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('extract')
    expect(r.stdout).toContain('Exit codes')
  })
  it('extract --help lists the formats and layouts from the registries', () => {
    const r = runCli(['extract', '--help'])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/md\s+Markdown/)
    expect(r.stdout).toMatch(/json\s+the whole document model/)
    expect(r.stdout).toContain('wilson-pdf')
  })
  it('prints the package version', () => {
    const r = runCli(['--version'])
    expect(r.status).toBe(0)
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })
})

describe('memo extract', () => {
  it('writes Markdown to stdout by default and diagnostics to stderr', () => {
    const r = runCli(['extract', sample])
    expect(r.status).toBe(0)
    expect(r.stdout).toBe(readFileSync('fixtures/wilson-110404/memo.md', 'utf8'))
    expect(r.stderr).toMatch(/^fixtures\/wilson-110404\/input\.txt:\d+:\d+ {2}warning {2}Chinese Translation: \d+ dropped glyphs.* {2}paragraphs\/dropped-glyphs$/m)
  })
  it('writes JSON with -f json that parses', () => {
    const r = runCli(['extract', sample, '-f', 'json'])
    expect(r.status).toBe(0)
    const memo = JSON.parse(r.stdout)
    expect(memo.sections.map((s: { lang: string }) => s.lang)).toEqual(['en', 'zh', 'ru'])
  })
  it('--quiet keeps stderr free of infos and warnings', () => {
    const r = runCli(['extract', sample, '--quiet'])
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
  })
  it('--frail exits 1 when there are warnings, and still writes the output', () => {
    const r = runCli(['extract', sample, '--frail'])
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('title: "Memorandum')
  })
  it('reads standard input with "-"', () => {
    const r = runCli(['extract', '-', '-f', 'json'], { input: sampleText })
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).id).toBe('wilson-110404')
    expect(r.stderr).toContain('<stdin>:')
  })
  it('--output writes the file and nothing to stdout', () => {
    const dir = tmp()
    const out = join(dir, 'out.md')
    const r = runCli(['extract', sample, '-o', out])
    expect(r.status).toBe(0)
    expect(r.stdout).toBe('')
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('fixtures/wilson-110404/memo.md', 'utf8'))
    expect(readdirSync(dir)).toEqual(['out.md'])
  })
  it('colours diagnostics only when asked (FORCE_COLOR) and never with NO_COLOR', () => {
    const plain = runCli(['extract', sample], { env: { NO_COLOR: '1' } })
    expect(plain.stderr).not.toContain('\u001b[')
    const coloured = runCli(['extract', sample], { env: { NO_COLOR: '', FORCE_COLOR: '1' } })
    expect(coloured.stderr).toContain('\u001b[')
  })
})

describe('usage errors exit 2', () => {
  it('unknown format', () => {
    const r = runCli(['extract', sample, '-f', 'docx'])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('docx')
    expect(r.stdout).toBe('')
  })
  it('unknown flag', () => {
    const r = runCli(['extract', sample, '--frobnicate'])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('--frobnicate')
  })
  it('missing argument', () => {
    expect(runCli(['extract']).status).toBe(2)
  })
  it('unknown command', () => {
    expect(runCli(['extrakt', sample]).status).toBe(2)
  })
})

describe('bad input: one clear line naming the file, exit 1, no stack trace, no output file', () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    ['a missing path', (d) => join(d, 'nope.txt'), /nope\.txt {2}error {2}no such file {2}read\/missing/],
    ['a directory', (d) => d, /error {2}is a folder, not a file; to convert a whole folder use `memo batch` {2}read\/directory/],
    ['an empty file', (d) => write(d, 'empty.txt', ''), /empty\.txt {2}error {2}the file holds no text/],
    ['white space only', (d) => write(d, 'blank.txt', '\n \n\t\n'), /blank\.txt {2}error {2}the file holds no text/],
    ['a binary file (PNG header and NULs)', (d) => write(d, 'image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0])), /image\.png {2}error {2}binary data/],
    ['random bytes', (d) => write(d, 'random.bin', randomBytes(4096)), /random\.bin {2}error {2}(binary data|not text)/],
  ]
  it.each(cases)('%s', (_label, make, pattern) => {
    const dir = tmp()
    const input = make(dir)
    const out = join(tmp(), 'out.md')
    const r = runCli(['extract', input, '-o', out])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(pattern)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expectNoStack(r.stderr)
    expect(r.stdout).toBe('')
    expect(existsSync(out)).toBe(false)
  })

  it('an unreadable file says permission denied', () => {
    if (process.getuid?.() === 0) {
      // root reads every file; the message path is covered by the missing-path case
      expect(process.getuid()).toBe(0)
      return
    }
    const dir = tmp()
    const input = write(dir, 'secret.txt', 'text')
    chmodSync(input, 0o000)
    const r = runCli(['extract', input])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/secret\.txt {2}error {2}permission denied/)
  })

  it('refuses --output naming the input, and leaves the input as it was', () => {
    const dir = tmp()
    const input = write(dir, 'doc.txt', sampleText)
    const r = runCli(['extract', input, '-o', input])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('never overwrites its input')
    expect(readFileSync(input, 'utf8')).toBe(sampleText)
  })

  it('refuses a file over --max-size', () => {
    const r = runCli(['extract', sample, '--max-size', '1k'])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/larger than the limit of 0\.0 MB|larger than the limit/)
  })

  it('a dump without a header still yields sections, with a warning', () => {
    const r = runCli(['extract', 'fixtures/no-header/input.txt', '-f', 'json'])
    expect(r.status).toBe(0)
    const memo = JSON.parse(r.stdout)
    expect(memo.sections.map((s: { lang: string }) => s.lang)).toEqual(['en', 'ru'])
    expect(r.stderr).toMatch(/warning {2}no header found/)
  })
})

describe('encodings and line endings read the same as UTF-8', () => {
  const expectedJson = runCli(['extract', sample, '-f', 'json']).stdout
  const variants: [string, () => Buffer, string | undefined][] = [
    ['UTF-8 with BOM and CRLF', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sampleText.replace(/\n/g, '\r\n'))]), undefined],
    ['UTF-16 LE with BOM', () => iconv.encode(sampleText, 'utf-16le', { addBOM: true }), 'utf-16le'],
    ['UTF-16 BE with BOM', () => iconv.encode(sampleText, 'utf-16be', { addBOM: true }), 'utf-16be'],
    ['UTF-16 LE without BOM', () => iconv.encode(sampleText, 'utf-16le'), 'utf-16le'],
    ['UTF-16 BE without BOM', () => iconv.encode(sampleText, 'utf-16be'), 'utf-16be'],
  ]
  it.each(variants)('%s', (_label, make, encoding) => {
    const dir = tmp()
    const input = write(dir, 'input.txt', make())
    const r = runCli(['extract', input, '-f', 'json'])
    expect(r.status).toBe(0)
    const got = JSON.parse(r.stdout)
    const want = JSON.parse(expectedJson)
    // the same document; only the encoding note differs
    expect(got.sections).toEqual(want.sections)
    expect(got.record).toEqual(want.record)
    if (encoding) expect(r.stderr).toContain(`decoded as ${encoding}`)
  })

  // Legacy single-byte and CJK encodings cannot hold the whole trilingual sample, so each
  // test takes the part of the sample its encoding can hold.
  const english = sampleText.split('[源：')[0]
  const russianDoc = english.replace(/- Chinese Translation\n/, '') + sampleText.slice(sampleText.indexOf('По указанию'))
  const chineseDoc = english.replace(/- Russian Transcription\n/, '') + sampleText.slice(sampleText.indexOf('[源：'), sampleText.indexOf('По указанию'))
  const legacy: [string, string, string, string][] = [
    ['Windows-1251', russianDoc, 'windows-1251', 'ru'],
    ['KOI8-R', russianDoc, 'koi8-r', 'ru'],
    ['GB18030', chineseDoc, 'gb18030', 'zh'],
  ]
  it.each(legacy)('%s is detected and decoded', (_label, text, encoding, lang) => {
    const dir = tmp()
    const input = write(dir, 'input.txt', iconv.encode(text, encoding))
    const r = runCli(['extract', input, '-f', 'json'])
    expect(r.status).toBe(0)
    expect(r.stderr).toContain(`decoded as ${encoding} (detected)`)
    const memo = JSON.parse(r.stdout)
    expect(memo.sections.map((s: { lang: string }) => s.lang)).toEqual(['en', lang])
    // what the encoding could hold of the text ("«" is not in KOI8-R), read as UTF-8
    const representable = iconv.decode(iconv.encode(text, encoding), encoding)
    const direct = JSON.parse(runCli(['extract', '-', '-f', 'json'], { input: representable }).stdout)
    expect(memo.sections).toEqual(direct.sections)
  })
})

function write(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

function randomBytes(n: number): Buffer {
  // a fixed pseudo-random sequence: the test is the same on every run
  const out = Buffer.alloc(n)
  let x = 0x9e3779b9
  for (let i = 0; i < n; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = x & 0xff
  }
  return out
}

describe('memo cite', () => {
  it('prints a Chicago bibliography entry by default', () => {
    const r = runCli(['cite', sample, '--quiet'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('“Memorandum, Conversation of Mao and USSR Ambassador to China N.V. Roshchin on 1 January 1950.”')
    // Changed with memo's own Chicago formatter: the reference as written ("f.", not
    // citeproc's "F."), the folio range with an en dash, the repository with its city.
    expect(r.stdout).toContain('January 1, 1950. f. 0100, op. 43, d. 10, papka 302, ll. 1–4. Archive of Foreign Policy, Russian Federation (AVP RF), Moscow. ')
    expect(r.stdout).toContain('. Obtained by Odd Arne Westad. Translated by Daniel Rozas. History and Public Policy Program Digital Archive. http://digitalarchive.wilsoncenter.org/document/110404.')
    expect(r.stderr).toBe('')
  })
  it('prints the full note with --note, the same as -f chicago-note', () => {
    const r = runCli(['cite', sample, '--note', '--quiet'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain(', Moscow, obtained by Odd Arne Westad, trans. Daniel Rozas, History and Public Policy Program Digital Archive, http://digitalarchive.wilsoncenter.org/document/110404.')
    expect(r.stdout).toBe(runCli(['extract', sample, '-f', 'chicago-note', '--quiet']).stdout)
  })
  it('renders APA as HTML', () => {
    const r = runCli(['cite', sample, '--style', 'apa', '--format', 'html', '--quiet'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('class="csl-bib-body"')
    expect(r.stdout).toContain('(1950)')
  })
  it('an unknown style is a usage error, one line, found before any file is read', () => {
    // without --quiet: the sample's warnings would be printed if the file were read first,
    // and a missing file would fail with its own message
    for (const file of [sample, 'no/such/file.txt']) {
      const r = runCli(['cite', file, '--style', 'no-such-style'])
      expect(r.status).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toBe('memo: unknown style "no-such-style": give chicago, apa, a CSL style id, or a path to a .csl file\n')
    }
  })
  it('prints only the diagnostics that concern the citation, not the text\'s', () => {
    const r = runCli(['cite', sample])
    expect(r.status).toBe(0)
    const rules = r.stderr.trimEnd().split('\n').map((l) => l.split('  ').at(-1))
    // the sample's source note lost Han characters (a citation warning); the alignment,
    // dropped-glyph and page-break messages that extract prints are left out
    expect(rules).toEqual(['citation/missing-glyphs'])
    const all = runCli(['extract', sample, '-f', 'json']).stderr
    expect(all).toContain('align/discrepancy')
    expect(all).toContain('paragraphs/dropped-glyphs')
  })
  it('cites the good files and fails on the bad one', () => {
    const r = runCli(['cite', sample, 'no/such/file.txt', '--quiet'])
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('Memorandum')
    expect(r.stderr).toMatch(/no\/such\/file\.txt {2}error {2}no such file/)
  })
})
