// Start-up and single-file speed: `memo --help` and `memo extract` of the sample (JSON and
// Markdown) against bare `node -e ''`, each the median of cold runs in fresh processes.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'
import { median } from './median.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const sample = join(root, 'fixtures/wilson-110404/input.txt')
const bin = join(root, 'bin/memo.js')

function time(args, runs) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'ignore'] })
    times.push(Number(process.hrtime.bigint() - t) / 1e6)
    if (r.status !== 0 && !args.includes('--help')) throw new Error(`${args.join(' ')} exited ${r.status}`)
  }
  return median(times)
}

export async function run({ runs = 15 } = {}) {
  const cases = [
    ["node -e ''", ['-e', '']],
    ['memo --help', [bin, '--help']],
    ['memo extract sample -f json', [bin, 'extract', sample, '-f', 'json']],
    ['memo extract sample (Markdown)', [bin, 'extract', sample]],
  ]
  // one warm-up of each so the file system cache is the same for all
  for (const [, args] of cases) time(args, 1)
  const rows = cases.map(([label, args]) => [label, time(args, runs)])
  const base = rows[0][1]
  console.log(`\nStart-up (median of ${runs} runs each, fresh processes)\n`)
  console.log('| command | median ms | × node |')
  console.log('|---|---:|---:|')
  for (const [label, ms] of rows) console.log(`| ${label} | ${ms.toFixed(1)} | ${(ms / base).toFixed(2)} |`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run()
