// Where an output cannot go, as a user meets it (bin/memo.js spawned on real files): one
// line naming the path and what to do, exit 1, no stack trace, no partial or temporary
// file, nothing of the user's changed. And where it can go but is not a regular file (a
// symbolic link, a FIFO): written through, the link left a link. No test touches a real
// /dev path; /proc is read only by the kernel's refusal to make files in it.
import { spawn } from 'node:child_process'
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bin, fixturesDir, root } from './helpers/fixtures.js'
import { runCli } from './helpers/run-cli.js'

const sample = join(fixturesDir, 'wilson-110404/input.txt')
const tmp = () => mkdtempSync(join(tmpdir(), 'memo-out-'))

/** One error line, naming `path`, with this rule; never a stack trace or "a bug in memo". */
function expectOneError(stderr: string, path: string, rule: string) {
  const errors = stderr.split('\n').filter((l) => /\berror\b/.test(l))
  expect(errors, stderr).toHaveLength(1)
  expect(errors[0]).toContain(path)
  expect(errors[0].endsWith(`  ${rule}`), errors[0]).toBe(true)
  expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+|internal error|a bug in memo/)
}

/** The names in a folder, hidden ones included (a temporary file left would show). */
const names = (dir: string) => readdirSync(dir).sort()

// The user "permission denied" can be shown to: as root, chmod refuses nothing, so the
// command runs as nobody (uid 65534) where that is allowed; otherwise as ourselves.
const asRoot = process.getuid?.() === 0
const nobody = asRoot ? { uid: 65534, gid: 65534 } : {}
const canDrop = !asRoot || runCli(['--version'], nobody).status === 0
const deniedReason = canDrop ? '' : ' (skipped: running as root and cannot run memo as nobody, uid 65534, so chmod denies nothing)'

describe('memo extract -o where no file can be written', () => {
  it('a folder that does not exist: refused (-o makes no folders), nothing made', () => {
    const dir = tmp()
    const r = runCli(['extract', sample, '-o', join(dir, 'missing/dir/x.md')])
    expect(r.status).toBe(1)
    expectOneError(r.stderr, join(dir, 'missing/dir/x.md'), 'output/no-folder')
    expect(r.stderr).toContain('mkdir -p')
    expect(names(dir)).toEqual([])
    expect(r.stdout).toBe('')
  })

  it('a path through a regular file (file/x.md): refused, the file untouched', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'file'), 'mine\n')
    const r = runCli(['extract', sample, '-o', join(dir, 'file/x.md')])
    expect(r.status).toBe(1)
    expectOneError(r.stderr, join(dir, 'file/x.md'), 'output/no-folder')
    expect(readFileSync(join(dir, 'file'), 'utf8')).toBe('mine\n')
  })

  it('a folder as the target: refused, the folder as it was', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'kept.txt'), 'mine\n')
    const r = runCli(['extract', sample, '-o', dir])
    expect(r.status).toBe(1)
    expectOneError(r.stderr, dir, 'output/is-folder')
    expect(names(dir)).toEqual(['kept.txt'])
    expect(readdirSync(join(dir, '..')).filter((n) => n.startsWith(`.${dir.split('/').pop()}`))).toEqual([])
  })

  it('a symbolic link to a folder: refused, the link kept', () => {
    const dir = tmp()
    mkdirSync(join(dir, 'sub'))
    symlinkSync('sub', join(dir, 'link'))
    const r = runCli(['extract', sample, '-o', join(dir, 'link')])
    expect(r.status).toBe(1)
    expectOneError(r.stderr, join(dir, 'link'), 'output/is-folder')
    expect(lstatSync(join(dir, 'link')).isSymbolicLink()).toBe(true)
    expect(names(join(dir, 'sub'))).toEqual([])
  })

  it.skipIf(!canDrop)(`a folder memo may not write in: refused before the work, nothing made${deniedReason}`, () => {
    const dir = tmp()
    chmodSync(dir, 0o755)
    const ro = join(dir, 'ro')
    mkdirSync(ro)
    writeFileSync(join(ro, 'old.md'), 'mine\n')
    chmodSync(join(ro, 'old.md'), 0o644)
    chmodSync(ro, 0o555)
    for (const target of [join(ro, 'new.md'), join(ro, 'old.md')]) {
      const r = runCli(['extract', sample, '-o', target], nobody)
      expect(r.status, r.stderr).toBe(1)
      expectOneError(r.stderr, target, 'output/denied')
      expect(r.stderr).toContain('permission denied')
    }
    expect(names(ro)).toEqual(['old.md'])
    expect(readFileSync(join(ro, 'old.md'), 'utf8')).toBe('mine\n')
  })

  it.skipIf(!existsSync('/proc/self'))('a file below /proc, which takes no new files: refused, no hang', () => {
    for (const target of ['/proc/version', '/proc/memo-no-such/x.md']) {
      const r = runCli(['extract', sample, '-o', target])
      expect(r.status).toBe(1)
      expectOneError(r.stderr, target, target === '/proc/version' ? 'output/denied' : 'output/no-folder')
    }
  })

  it('a regular file: replaced whole, keeping its permissions', () => {
    const dir = tmp()
    const out = join(dir, 'x.md')
    writeFileSync(out, 'old\n')
    chmodSync(out, 0o640)
    const r = runCli(['extract', sample, '-o', out, '-q'])
    expect(r.status, r.stderr).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(runCli(['extract', sample, '-q']).stdout)
    expect(statSync(out).mode & 0o777).toBe(0o640)
    expect(names(dir)).toEqual(['x.md'])
  })
})

describe('memo extract -o onto what is not a regular file: written through', () => {
  it('a symbolic link to a stand-in file: the link stays a link, its target gets the output', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'stand-in'), 'old bytes\n')
    symlinkSync('stand-in', join(dir, 'link'))
    const r = runCli(['extract', sample, '-o', join(dir, 'link'), '-q'])
    expect(r.status, r.stderr).toBe(0)
    expect(lstatSync(join(dir, 'link')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(dir, 'link'))).toBe('stand-in')
    expect(readFileSync(join(dir, 'stand-in'), 'utf8')).toBe(runCli(['extract', sample, '-q']).stdout)
    expect(names(dir)).toEqual(['link', 'stand-in'])
  })

  it('a FIFO: a reader gets the whole output, the FIFO stays a FIFO', async () => {
    const dir = tmp()
    const fifo = join(dir, 'fifo')
    const made = spawn('mkfifo', [fifo])
    const status = await new Promise<number | null>((done) => made.on('close', done).on('error', () => done(null)))
    if (status !== 0) return console.warn('mkfifo is not available; the FIFO case is skipped')
    // the reader (cat) and memo run at once: opening a FIFO to write waits for a reader
    const reader = spawn('cat', [fifo])
    const chunks: Buffer[] = []
    reader.stdout.on('data', (c: Buffer) => chunks.push(c))
    const read = new Promise((done) => reader.on('close', done))
    const memo = spawn(process.execPath, [bin, 'extract', sample, '-o', fifo, '-q'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } })
    const code = await new Promise((done) => memo.on('close', done))
    await read
    expect(code).toBe(0)
    expect(Buffer.concat(chunks).toString('utf8')).toBe(runCli(['extract', sample, '-q']).stdout)
    expect(lstatSync(fifo).isFIFO()).toBe(true)
    expect(names(dir)).toEqual(['fifo'])
  })
})

describe('memo batch --out where no folder can be made or written', () => {
  it('an existing regular file: one line, exit 1, the file untouched', () => {
    const dir = tmp()
    const file = join(dir, 'corpus')
    writeFileSync(file, 'mine\n')
    const r = runCli(['batch', sample, '--out', file])
    expect(r.status).toBe(1)
    expect(r.stderr.trim().split('\n')).toEqual([`memo batch: --out ${file} is a file, not a folder; give a folder (memo batch makes it when it is missing), the file is left as it is`])
    expect(readFileSync(file, 'utf8')).toBe('mine\n')
    expect(names(dir)).toEqual(['corpus'])
  })

  it.skipIf(!canDrop)(`a folder memo may not write in (the lock file fails): one line, exit 1, nothing made${deniedReason}`, () => {
    const dir = tmp()
    chmodSync(dir, 0o755)
    const ro = join(dir, 'ro')
    mkdirSync(ro)
    chmodSync(ro, 0o555)
    for (const out of [ro, join(ro, 'sub')]) {
      const r = runCli(['batch', sample, '--out', out], nobody)
      expect(r.status, r.stderr).toBe(1)
      const lines = r.stderr.trim().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain(out)
      expect(lines[0]).toContain('permission denied')
    }
    expect(names(ro)).toEqual([])
  })

  it.skipIf(!existsSync('/proc/self'))('a folder below /proc: one line, exit 1, no hang (Node\'s own recursive mkdir never returns there)', () => {
    const r = runCli(['batch', sample, '--out', '/proc/memo-no-such/corpus'])
    expect(r.status).toBe(1)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain('/proc/memo-no-such/corpus')
  })
})

describe('rule ids and options that do nothing', () => {
  it('--output naming the input is output/is-input; an unreadable input is read/permission', () => {
    const dir = tmp()
    const input = join(dir, 'in.txt')
    writeFileSync(input, readFileSync(sample))
    expectOneError(runCli(['extract', input, '-o', input]).stderr, input, 'output/is-input')
    if (!canDrop) return console.warn(`read/permission not checked${deniedReason}`)
    chmodSync(dir, 0o755)
    chmodSync(input, 0o600)
    const r = runCli(['extract', input], nobody)
    expect(r.status).toBe(1)
    expectOneError(r.stderr, input, 'read/permission')
  })

  it('--parallel with -f json and --granularity sentence with -f ris: a warning each, the output as without them', () => {
    const json = runCli(['extract', sample, '-f', 'json', '--parallel'])
    expect(json.status).toBe(0)
    expect(json.stderr).toContain('warning  --parallel changes only -f md; it was ignored for -f json  flags/not-applicable')
    expect(json.stdout).toBe(runCli(['extract', sample, '-f', 'json']).stdout)
    const ris = runCli(['extract', sample, '-f', 'ris', '--granularity', 'sentence'])
    expect(ris.stderr).toContain('--granularity sentence changes only -f json or -f tmx; it was ignored for -f ris  flags/not-applicable')
    // where a format reads it, no warning
    expect(runCli(['extract', sample, '--parallel']).stderr).not.toContain('flags/not-applicable')
    expect(runCli(['extract', sample, '-f', 'tmx', '--granularity', 'sentence']).stderr).not.toContain('flags/not-applicable')
  })
})

describe('diagnostics a person can read', () => {
  it('the sample saved 200 times into one file: no printed line lists every section, the JSON keeps the whole message', () => {
    const dir = tmp()
    const input = join(dir, 'many.txt')
    writeFileSync(input, readFileSync(sample, 'utf8').repeat(200))
    const r = runCli(['extract', input, '-f', 'json'])
    expect(r.status).toBe(0)
    const lines = r.stderr.trim().split('\n')
    const mismatch = lines.find((l) => l.endsWith('sections/contents-mismatch'))!
    expect(mismatch).toMatch(/the text has English, Chinese, Russian, English, Chinese, Russian, English, … and 591 more …, Chinese, Russian; sections follow the text/)
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(400)
    const full = (JSON.parse(r.stdout) as { diagnostics: { ruleId: string; message: string }[] }).diagnostics.find((d) => d.ruleId === 'sections/contents-mismatch')!
    expect(full.message.split(', ')).toHaveLength(600 + 2)
  })
})
