// memo batch interrupted: kill -9 in the middle of a run, or Ctrl-C (SIGINT), then run
// again. The second run must not redo the files the first one finished, and no temporary
// or lock file may be left behind.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { mismatch, noHeader, numbered, readJson, type Row, snapshot, tree, undated, removeTrees } from './helpers/batch-tree.js'
import { bin } from './helpers/fixtures.js'
import { runCli } from './helpers/run-cli.js'

afterAll(removeTrees)

const N = 600

function corpus(): string {
  const files: Record<string, Buffer> = {}
  const bases = [mismatch, undated, noHeader]
  for (let i = 0; i < N; i++) files[`in/${String(i % 7)}/doc-${String(i).padStart(4, '0')}.txt`] = numbered(i, bases[i % 3])
  return tree(files)
}

/** Keys the manifest holds (lines cut short by a kill are skipped, as memo skips them). */
function manifestKeys(out: string): string[] {
  const path = join(out, '.memo-manifest.jsonl')
  if (!existsSync(path)) return []
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .flatMap((line) => {
      try {
        return [JSON.parse(line).key as string]
      } catch {
        return []
      }
    })
}

/** Start a batch, and send `signal` once the manifest holds at least `after` finished files. */
function interruptAfter(dir: string, after: number, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; sentAt: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'batch', 'in', '--out', 'out', '--jobs', '2'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } })
    let stderr = ''
    let sentAt = -1
    child.stderr.on('data', (d) => (stderr += d))
    const timer = setInterval(() => {
      const done = manifestKeys(join(dir, 'out')).length
      if (sentAt < 0 && done >= after) {
        sentAt = done
        child.kill(signal)
      }
    }, 10)
    child.on('exit', (code, sig) => {
      clearInterval(timer)
      if (sentAt < 0) reject(new Error(`the batch finished before it could be interrupted (raise N): ${stderr}`))
      else resolve({ code, signal: sig, stderr, sentAt })
    })
  })
}

const strays = (out: string) => [...snapshot(out).keys()].filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'))

describe('memo batch after kill -9', () => {
  it('resumes without redoing finished files and leaves no stray files', async () => {
    const dir = corpus()
    const out = join(dir, 'out')
    const killed = await interruptAfter(dir, 25, 'SIGKILL')
    expect(killed.signal).toBe('SIGKILL')
    const finished = manifestKeys(out)
    expect(finished.length).toBeGreaterThanOrEqual(25)
    expect(finished.length).toBeLessThan(N)
    const mtimes = new Map(finished.map((k) => [k, statSync(join(out, k.replace(/\.txt$/u, '.md'))).mtimeMs]))

    // what a kill during writeAtomic leaves: a hidden temporary file beside its target
    writeFileSync(join(out, '0', '.doc-0000.md.4194304.0badc0de.tmp'), 'half a file')
    const again = runCli(['batch', 'in', '--out', 'out', '--jobs', '2'], { cwd: dir })
    expect(again.status).toBe(0)
    expect(again.stderr).toMatch(/removed \d+ temporary files? left in out by an interrupted run/)
    expect(again.stderr).toContain(`${N} files:`)
    expect(again.stderr).toContain(`, ${new Set(finished).size} skipped, 0 failed`)
    for (const [key, mtime] of mtimes) expect(statSync(join(out, key.replace(/\.txt$/u, '.md'))).mtimeMs, key).toBe(mtime)
    expect(strays(out)).toEqual([])
    const rows = readJson<Row[]>(join(out, 'index.json'))
    expect(rows).toHaveLength(N)
    expect(rows.every((r) => r.status === 'converted' || r.status === 'warned')).toBe(true)
  })
})

describe('memo batch after Ctrl-C', () => {
  it('finishes the files the workers are on, writes the combined files and the summary, exits 130; a rerun completes', async () => {
    const dir = corpus()
    const out = join(dir, 'out')
    const stopped = await interruptAfter(dir, 20, 'SIGINT')
    expect(stopped.code).toBe(130)
    expect(stopped.stderr).toContain('interrupted: the files the workers were on were finished')
    expect(stopped.stderr).toMatch(/not started/)
    expect(strays(out)).toEqual([])

    const done = new Set(manifestKeys(out))
    const rows = readJson<Row[]>(join(out, 'index.json'))
    expect(rows).toHaveLength(N)
    expect(rows.filter((r) => r.status !== 'pending')).toHaveLength(done.size)
    expect(rows.filter((r) => r.status === 'pending').length).toBeGreaterThan(0)
    const manuscripts = readJson<{ type: string }[]>(join(out, 'library.json')).filter((i) => i.type === 'manuscript')
    expect(manuscripts).toHaveLength(done.size)

    const again = runCli(['batch', 'in', '--out', 'out', '--jobs', '2'], { cwd: dir })
    expect(again.status).toBe(0)
    expect(again.stderr).toContain(`, ${done.size} skipped, 0 failed`)
    expect(readJson<Row[]>(join(out, 'index.json')).filter((r) => r.status === 'pending')).toEqual([])
  })
})
