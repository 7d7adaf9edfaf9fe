// What the reader formats cost a batch: the same corpus (make-corpus.js) converted with
// -f md,json, then md,json,html, then md,json,html,tei, each into a new folder, one after the
// other in this process's run; wall, CPU and peak RSS as bench/batch.js measures them, and
// each row's ratio to the md,json run. The goal (issue "Read, compare, search"): the HTML and
// TEI writers add at most 20% to the 16,000-document batch. Figures only; nothing asserted.
//
//   npm run bench -- batch-formats           (after the build; 16,000 documents, ~6 minutes)
//   node bench/batch-formats.js [N]          (standalone)
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { measure } from './batch.js'
import { makeCorpus } from './make-corpus.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = join(root, 'bin/memo.js')
const work = join(root, 'bench/out/batch-formats') // git-ignored
const RUNS = ['md,json', 'md,json,html', 'md,json,html,tei']

export async function run({ n = 16000 } = {}) {
  mkdirSync(work, { recursive: true })
  const dir = join(work, String(n))
  // the previous run's folder is deleted after the measurements (bench/batch.js says why)
  const old = join(work, `.old-${process.pid}`)
  if (existsSync(dir)) renameSync(dir, old)
  const corpus = join(dir, 'corpus')
  const { bytes } = makeCorpus(corpus, n)
  console.log(`\nmemo batch by formats: ${n.toLocaleString('en')} dumps, ${(bytes / 1e6).toFixed(1)} MB; load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`)
  console.log('| -f | wall s | CPU s | peak RSS MB | wall vs md,json | CPU vs md,json |')
  console.log('|---|---:|---:|---:|---:|---:|')
  let base
  for (const formats of RUNS) {
    const r = await measure([bin, 'batch', corpus, '--out', join(dir, formats), '-f', formats, '--quiet'])
    if (r.code !== 0 && r.code !== 1) throw new Error(`memo batch -f ${formats} exited ${r.code}: ${r.stderr}`)
    base ??= r
    const ratio = (x, y) => (x === undefined || y === undefined ? '-' : `${(x / y).toFixed(3)}×`)
    console.log(`| ${formats} | ${r.seconds.toFixed(1)} | ${r.cpu?.toFixed(1) ?? '-'} | ${(r.peak / 2 ** 20).toFixed(0)} | ${ratio(r.seconds, base.seconds)} | ${ratio(r.cpu, base.cpu)} |`)
  }
  rmSync(old, { recursive: true, force: true })
  console.log(`\nload average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2])
  await run(n > 0 ? { n } : {})
}
