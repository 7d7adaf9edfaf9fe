// The whole batch against another build's, on the same generated dumps (make-corpus.js,
// -f md,json,csl, a worker per core): pairs of runs, the builds taking turns (this build
// first in odd pairs, the other first in even ones), each into an output folder of its own.
// It prints every run and the medians of the paired ratios. A figure written down in another
// hour is no baseline: the README at 62ae00d, the build issue 18 was filed at, gave 59.6 s
// for 16,000 dumps, and the same build took 37–39 s here on 2026-12-07, so
// only runs taken side by side say whether the batch got slower. No output folder is
// deleted before the last run (the reason is at the top of batch.js). Not part of
// `npm run bench`: it needs the other build.
//
//   node bench/batch-since.js OTHER_CHECKOUT [N] [PAIRS]     (default 16000 dumps, 2 pairs)
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { measure } from './batch.js'
import { makeCorpus } from './make-corpus.js'
import { median } from './median.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const work = join(root, 'bench/out/batch-since') // git-ignored
const [otherArg, nArg = '16000', pairsArg = '2'] = process.argv.slice(2)
if (!otherArg) {
  console.error('usage: node bench/batch-since.js OTHER_CHECKOUT [N] [PAIRS]')
  process.exit(2)
}
const other = resolve(otherArg)
const n = Number(nArg)
const pairs = Number(pairsArg)
if (!existsSync(join(other, 'bin/memo.js')) || !existsSync(join(other, 'dist'))) {
  console.error(`${other} has no built memo (bin/memo.js and dist/): check it out and run npm ci and npm run build there first`)
  process.exit(2)
}
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(pairs) || pairs < 1) {
  console.error('N and PAIRS are whole numbers of at least 1')
  process.exit(2)
}

// the last run's folders, moved aside now and deleted at the end (see the top of batch.js)
const trash = `${work}.old-${process.pid}`
if (existsSync(work)) renameSync(work, trash)
mkdirSync(work, { recursive: true })
const corpus = join(work, 'corpus')
makeCorpus(corpus, n)
const builds = { this: root, other }
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ')
console.log(`\nmemo batch on ${n.toLocaleString('en')} dumps (md + json + csl), this build against ${other}; load average before: ${load()}\n`)
console.log('| pair | build | wall s | CPU s | peak RSS MB |')
console.log('|---:|---|---:|---:|---:|')
const ratios = { wall: [], cpu: [] }
let runs = 0
for (let p = 1; p <= pairs; p++) {
  const order = p % 2 === 1 ? ['this', 'other'] : ['other', 'this']
  const got = {}
  for (const name of order) {
    const out = join(work, `out-${runs++}`)
    const r = await measure([join(builds[name], 'bin/memo.js'), 'batch', corpus, '--out', out, '-q', '-f', 'md,json,csl'], { cwd: work })
    if (r.code !== 0) {
      console.error(`the ${name} build's batch exited with ${r.code}:\n${r.stderr}`)
      process.exit(1)
    }
    got[name] = r
    console.log(`| ${p} | ${name} | ${r.seconds.toFixed(1)} | ${r.cpu === undefined ? '–' : r.cpu.toFixed(1)} | ${(r.peak / 2 ** 20).toFixed(0)} |`)
  }
  ratios.wall.push(got.this.seconds / got.other.seconds)
  if (got.this.cpu !== undefined) ratios.cpu.push(got.this.cpu / got.other.cpu)
}
console.log(`\nthis build / the other, median of ${pairs} pair${pairs > 1 ? 's' : ''}: wall ${median(ratios.wall).toFixed(2)}×${ratios.cpu.length ? `, CPU ${median(ratios.cpu).toFixed(2)}×` : ''}; load average after: ${load()}`)
rmSync(work, { recursive: true, force: true })
// with any a run stopped before its end left behind
const outDir = dirname(work)
for (const name of readdirSync(outDir)) if (name.startsWith('batch-since.old-')) rmSync(join(outDir, name), { recursive: true, force: true })
