// Peak memory of `memo extract` on one huge dump: the sample saved N times into one file
// (2,000 copies, 47.7 MB, by default), one fresh process per format, the output written
// with -o. The peak is the process's own maximum resident set (getrusage, read at exit by
// a preload, so no sampling can miss it). Figures only; nothing is asserted.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const sample = join(root, 'fixtures/wilson-110404/input.txt')
const bin = join(root, 'bin/memo.js')

export async function run({ copies = Number(process.env.MEMO_BENCH_COPIES ?? 2000), formats = ['csl', 'md', 'json'] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'memo-bench-memory-'))
  try {
    const input = join(dir, 'huge.txt')
    writeFileSync(input, readFileSync(sample, 'utf8').repeat(copies))
    const inputMb = statSync(input).size / 1e6
    // written at exit: the largest resident set the process had, in kB
    const preload = join(dir, 'peak.mjs')
    writeFileSync(preload, `import { writeFileSync } from 'node:fs'\nprocess.on('exit', () => writeFileSync(process.env.MEMO_PEAK_FILE, String(process.resourceUsage().maxRSS)))\n`)
    console.log(`\nmemo extract on the sample ${copies.toLocaleString('en')} times in one file (${inputMb.toFixed(1)} MB), output with -o\n`)
    console.log('| format | wall s | output MB | peak RSS MB | peak ÷ input |')
    console.log('|---|---:|---:|---:|---:|')
    for (const format of formats) {
      const out = join(dir, `out.${format}`)
      const peakFile = join(dir, `peak-${format}`)
      const started = process.hrtime.bigint()
      const r = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, bin, 'extract', input, '-f', format, '-o', out, '-q'], { env: { ...process.env, MEMO_PEAK_FILE: peakFile }, stdio: ['ignore', 'ignore', 'pipe'] })
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      if (r.status !== 0) throw new Error(`memo extract -f ${format} exited ${r.status}: ${r.stderr}`)
      const peakMb = (Number(readFileSync(peakFile, 'utf8')) * 1024) / 1e6
      console.log(`| ${format} | ${seconds.toFixed(1)} | ${(statSync(out).size / 1e6).toFixed(1)} | ${peakMb.toFixed(0)} | ${(peakMb / inputMb).toFixed(1)}× |`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run()
