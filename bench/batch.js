// memo batch: speed and memory for N = 1,000 and N = 16,000 generated dumps (make-corpus.js),
// formats md + json + csl, beside two baselines measured in the same run:
//   (a) one `memo extract` process per file and format (md, json, csl: three processes,
//       as extract writes one format a run), run as many at a time as there are cores,
//       on an evenly spaced sample of files, extrapolated to N
//   (b) the I/O floor: a plain Node script that reads each input and writes it back
//       (one copy per input) and does nothing else
// Peak RSS is of the whole process tree: every 50 ms the bench sums VmRSS over the
// spawned process and its descendants (/proc/<pid>/status; the workers are threads, so
// they count in the main process). Figures only; nothing here asserts a time.
//
// Nothing is deleted before a timed run: the previous run's folders are moved aside and
// deleted after the last measurement. On a filesystem without a journal (this machine's
// ext4 has none) the kernel does not reuse an inode for 60 s after its deletion (up to 6
// minutes while its table block is unwritten), and every new file makes it step over each
// such inode in turn: right after the 64,000 files of the previous 16,000 run were
// deleted, creating a file cost about 1 ms of system time instead of 0.1 ms. That is
// the bench's own cleanup, not memo's work.
//
//   npm run bench -- batch                   (after the build)
//   node bench/batch.js [N …]                (standalone; default 1000 16000)
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeCorpus } from './make-corpus.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = join(root, 'bin/memo.js')
const work = join(root, 'bench/out/batch') // git-ignored
const FORMATS = ['md', 'json', 'csl']

/** Resident memory (bytes) of pid and all its descendants, from /proc. */
function treeRss(pid) {
  const children = new Map()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue
    try {
      // the command name is in parentheses and may hold spaces: the ppid follows the last ")"
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (!children.has(ppid)) children.set(ppid, [])
      children.get(ppid).push(Number(name))
    } catch {
      // the process ended between readdir and read
    }
  }
  let total = 0
  const stack = [pid]
  while (stack.length) {
    const p = stack.pop()
    try {
      const m = /VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${p}/status`, 'utf8'))
      if (m) total += Number(m[1]) * 1024
    } catch {
      // gone
    }
    stack.push(...(children.get(p) ?? []))
  }
  return total
}

// GNU time, when there, adds the CPU seconds (user + sys, children included): on a shared
// machine they say more about memo's cost than the wall clock does.
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
let measured = 0

/** Run a command; wall seconds, CPU seconds (when GNU time is there) and the peak RSS of its
 * process tree. */
export function measure(args, { cwd = root } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    mkdirSync(work, { recursive: true })
    const cpuFile = join(work, `.cpu-${process.pid}-${measured++}`)
    const [cmd, argv] = TIME ? [TIME, ['-f', '%U %S', '-o', cpuFile, process.execPath, ...args]] : [process.execPath, args]
    const child = spawn(cmd, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    let peak = 0
    const sample = () => (peak = Math.max(peak, treeRss(child.pid)))
    const timer = setInterval(sample, 50)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearInterval(timer)
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      let cpu
      if (TIME) {
        const [user, sys] = readFileSync(cpuFile, 'utf8').trim().split('\n').pop().split(' ').map(Number)
        cpu = user + sys
        rmSync(cpuFile, { force: true })
      }
      resolve({ seconds, cpu, peak, code, stderr })
    })
    sample()
  })
}

function files(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => join(dir, n))
}

/** (a): extract processes over a sample, `cores` at a time; seconds per input file. */
async function perFileExtract(corpus, out, sampleSize) {
  const all = files(corpus)
  const step = all.length / sampleSize
  const sample = Array.from({ length: sampleSize }, (_, i) => all[Math.floor(i * step)])
  const jobs = sample.flatMap((f, i) => FORMATS.map((fmt) => [bin, 'extract', f, '-f', fmt, '-o', join(out, `${i}.${fmt}`)]))
  mkdirSync(out, { recursive: true })
  const started = process.hrtime.bigint()
  let peak = 0
  let cpu = 0
  let next = 0
  const lane = async () => {
    while (next < jobs.length) {
      const r = await measure(jobs[next++])
      peak = Math.max(peak, r.peak)
      cpu += r.cpu ?? NaN
      if (r.code !== 0 && r.code !== 1) throw new Error(`memo extract exited ${r.code}: ${r.stderr}`)
    }
  }
  const cores = availableParallelism()
  await Promise.all(Array.from({ length: cores }, lane))
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  // the peak of one process, times the processes running at once
  return { perFile: seconds / sampleSize, cpuPerFile: cpu / sampleSize, peak: peak * cores }
}

// (b): the I/O floor as its own process, so its time and memory are measured the same way.
const IO_FLOOR = `
const { readdirSync, readFileSync, writeFileSync, mkdirSync } = require('node:fs')
const { join, dirname } = require('node:path')
const [src, dst] = process.argv.slice(1)
for (const n of readdirSync(src, { recursive: true }).filter((n) => n.endsWith('.txt')).sort()) {
  mkdirSync(dirname(join(dst, n)), { recursive: true })
  writeFileSync(join(dst, n), readFileSync(join(src, n)))
}`

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0)
const f1 = (x) => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toPrecision(2))
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ')

export async function run({ sizes = [1000, 16000], sampleSize = 50 } = {}) {
  const cores = availableParallelism()
  console.log(`\nmemo batch (md + json + csl), ${cores} cores, ${cores} workers; load average before: ${load()}\n`)
  mkdirSync(work, { recursive: true })
  // Last run's folders, moved aside now and deleted at the end (see the top of this file).
  const trash = join(work, `.old-${process.pid}`)
  const discard = (path) => {
    if (!existsSync(path)) return
    mkdirSync(trash, { recursive: true })
    renameSync(path, join(trash, `${readdirSync(trash).length}`))
  }
  // a run stopped before its end left its trash behind
  for (const name of readdirSync(work)) if (name.startsWith('.old-')) discard(join(work, name))
  console.log('| N | run | wall s | CPU s | docs/s | MB/s | peak RSS (tree) MB | vs batch (wall) |')
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|')
  for (const n of sizes) {
    const dir = join(work, String(n))
    discard(dir)
    const corpus = join(dir, 'corpus')
    const { bytes } = makeCorpus(corpus, n)
    const megabytes = bytes / 1e6
    const row = (label, seconds, cpu, peak, ratio) =>
      console.log(`| ${n.toLocaleString('en')} | ${label} | ${f1(seconds)} | ${cpu === undefined || Number.isNaN(cpu) ? '–' : f1(cpu)} | ${f1(n / seconds)} | ${f1(megabytes / seconds)} | ${mb(peak)} | ${ratio} |`)

    // warm the page cache the same for every contender
    for (const f of files(corpus)) statSync(f)

    const floor = await measure(['-e', IO_FLOOR, corpus, join(dir, 'copy')])
    const batch = await measure([bin, 'batch', corpus, '--out', join(dir, 'out'), '-f', FORMATS.join(','), '--quiet'])
    if (batch.code !== 0) throw new Error(`memo batch exited ${batch.code}: ${batch.stderr}`)
    const rerun = await measure([bin, 'batch', corpus, '--out', join(dir, 'out'), '-f', FORMATS.join(','), '--quiet'])
    const perFile = await perFileExtract(corpus, join(dir, 'extract'), Math.min(sampleSize, n))
    const extract = perFile.perFile * n

    row(`memo batch`, batch.seconds, batch.cpu, batch.peak, '1.0×')
    row(`memo batch again (all unchanged, skipped)`, rerun.seconds, rerun.cpu, rerun.peak, `${(batch.seconds / rerun.seconds).toFixed(1)}× faster`)
    row(`(a) memo extract per file × 3 formats (${Math.min(sampleSize, n)} sampled, ${cores} at a time, extrapolated)`, extract, perFile.cpuPerFile * n, perFile.peak, `${(extract / batch.seconds).toFixed(1)}× slower`)
    row(`(b) I/O floor: read each input, write it back`, floor.seconds, floor.cpu, floor.peak, `${(batch.seconds / floor.seconds).toFixed(0)}× faster`)
    console.log(`|  | corpus: ${n} dumps, ${megabytes.toFixed(1)} MB (${((bytes / n) / 1000).toFixed(1)} kB each on average) | | | | | | |`)
    discard(join(dir, 'copy'))
    discard(join(dir, 'extract'))
  }
  rmSync(trash, { recursive: true, force: true })
  console.log(`\nload average after: ${load()} (other work on the machine slows every row alike)`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0)
  await run(sizes.length ? { sizes } : {})
}
