// `npm run bench -- writers`: what each writer costs per document, beside the pipeline that
// feeds it, on every fixture (the sample and the small cases), so the share -f tei and
// -f html add to a batch's work can be read off: (tei + html) / (process + md + json).
// The batch bench (bench/batch.js) measures whole runs; this isolates the writers.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { processBytes } from '../dist/process.js'
import { writerNamed } from '../dist/writers/index.js'

const ROUNDS = 20
const NAMES = ['md', 'json', 'tei', 'html']

async function time(fn) {
  await fn() // warm: first calls load modules and compile
  const t = performance.now()
  for (let k = 0; k < ROUNDS; k++) await fn()
  return (performance.now() - t) / ROUNDS
}

export async function run() {
  const dir = 'fixtures'
  const cases = readdirSync(dir).filter((d) => existsSync(join(dir, d, 'input.txt'))).sort()
  const totals = { process: 0, md: 0, json: 0, tei: 0, html: 0 }
  let sample
  for (const name of cases) {
    const bytes = readFileSync(join(dir, name, 'input.txt'))
    const path = join(dir, name, 'input.txt')
    const row = { process: await time(() => processBytes(bytes, path)) }
    const { memo } = await processBytes(bytes, path)
    for (const w of NAMES) row[w] = await time(() => writerNamed(w).write(memo, {}))
    for (const k of Object.keys(totals)) totals[k] += row[k]
    if (name === 'wilson-110404') sample = row
  }
  const share = (r, added) => ((added / (r.process + r.md + r.json)) * 100).toFixed(1)
  const line = (label, r, n = 1) => `| ${label} | ${[r.process, r.md, r.json, r.tei, r.html].map((v) => (v / n).toFixed(3)).join(' | ')} | ${share(r, r.html)}% | ${share(r, r.tei + r.html)}% |`
  console.log(`\nWriters, ms per document (mean of ${ROUNDS} after a warm-up), and what html, and tei + html, add to process + md + json:\n`)
  console.log('| documents | process | md | json | tei | html | + html | + tei + html |')
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
  console.log(line('the sample (wilson-110404)', sample))
  console.log(line(`all ${cases.length} fixtures, mean`, totals, cases.length))
}

if (import.meta.url === `file://${process.argv[1]}`) await run()
