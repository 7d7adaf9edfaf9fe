// `npm run fuzz`: hostile input through the real pipeline, in process (processBytes and
// every writer but chicago, whose citeproc has no dump text to choke on).
//
//   1. shapes: the input shapes of the issue, built at full size (empty, blank, binary, a
//      5 MB line, 300,000 page markers, 500,000 blank lines, a 30 MB dump, …), each timed,
//      with its time per MB printed: time should grow linearly with size.
//   2. mutations: --runs N (default 100,000) inputs made from the fixtures by byte flips,
//      inserts, deletions, repeats, splices, truncation, dictionary tokens (page markers,
//      header labels, BOMs, NULs, markup, mojibake) and re-encodings, run on two worker
//      threads. A crash is an exception, a failure without exactly one fatal message, a
//      writer that throws, output that differs between two runs of one input, or an input
//      that takes longer than --timeout seconds. Crashing inputs are saved for replay.
//
// Every input is a pure function of (--seed, its index), so `--seed S --only I` replays
// one. Options: --runs N, --seed S, --jobs J, --only I, --no-shapes, --timeout SECONDS (one
// mutated input), --shape-timeout SECONDS (one shape).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'

const root = fileURLToPath(new URL('..', import.meta.url))

function options(argv) {
  const o = { runs: 100_000, seed: 1, jobs: Math.min(2, availableParallelism()), only: undefined, shapes: true, timeout: 20, 'shape-timeout': 300 }
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k]
    if (a === '--no-shapes') o.shapes = false
    else if (['--runs', '--seed', '--jobs', '--only', '--timeout', '--shape-timeout'].includes(a)) o[a.slice(2)] = Number(argv[++k])
    else throw new Error(`unknown option ${a}`)
  }
  return o
}

// ---------------------------------------------------------------------------------------
// Inputs. A small xorshift generator: the same seed gives the same inputs on any machine.

function rng(seed) {
  let x = (seed * 0x9e3779b1) >>> 0 || 1
  const next = () => {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    return x / 0x100000000
  }
  return { next, int: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)] }
}

function corpus() {
  const dir = join(root, 'fixtures')
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      try {
        return readFileSync(join(dir, d.name, 'input.txt'))
      } catch {
        return undefined
      }
    })
    .filter(Boolean)
}

const enc = (s) => Buffer.from(s, 'utf8')
const TOKENS = [
  ' // ', '\n', '\n\n\n', '\r\n', '\r', '\t', '\u00a0', '\u3000', 'Citation:\n\n', 'Summary:\n\n', 'Original Language:\n\n', 'Contents:\n\n',
  '- English Translation\n', '- Russian Original\n', '- Chinese Translation\n', '- Scan of Original Document\n', 'undated\n', 'January 01, 1950\n',
  '“', '”', '"', '[源：', '（北京：', ', 2009), 80-83]', '<http://digitalarchive.wilsoncenter.org/document/', '>', 'f. 0100, op. 43, d. 10, ',
  '@misc{x,', '{', '}', '\\', '%', '#', '$', '_', '^', '~', '&', '<script>alert(1)</script>', '<!-- -->', '```', '---\n', '# ', '* ', '1. ', '> ', '|', '[x](javascript:1)',
  '\u202e', '\u200b', '\ufeff', '\u2028', '\u0085', '\u001b[31m', 'VerdeÈ›', 'Ã©', 'Ð¿Ñ€Ð¸', 'â€™', '\ud83d\ude00', 'Ω', '𠀀',
].map(enc).concat([Buffer.from([0]), Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xc3]), Buffer.from([0xe2, 0x80]), Buffer.from([0xf4, 0x90, 0x80, 0x80]), Buffer.from([0x80, 0x81, 0x9d])])

// Mostly small inputs: 100,000 of them must run in minutes on two cores, and the shapes
// above cover the large ones. One in a hundred is a whole fixture, mutated.
function sizeLimit(r) {
  const roll = r.next()
  return roll < 0.85 ? 2500 : roll < 0.99 ? 10_000 : 60_000
}

function windowOf(r, base, limit) {
  const size = Math.min(base.length, 1 + r.int(limit))
  const start = r.int(Math.max(1, base.length - size))
  return base.subarray(start, start + size)
}

async function mutate(seed, index, bases, iconv) {
  const r = rng(seed * 1_000_003 + index)
  const limit = sizeLimit(r)
  let b = Buffer.from(windowOf(r, r.pick(bases), limit))
  const ops = 1 + r.int(4)
  for (let k = 0; k < ops; k++) {
    const op = r.int(11)
    const at = r.int(b.length + 1)
    if (op === 0 && b.length) b[r.int(b.length)] = r.int(256)
    else if (op === 1) b = Buffer.concat([b.subarray(0, at), Buffer.from(Array.from({ length: 1 + r.int(64) }, () => r.int(256))), b.subarray(at)])
    else if (op === 2) b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + r.int(2000)))])
    else if (op === 3) {
      const piece = b.subarray(at, at + 1 + r.int(200))
      const times = 1 + r.int(Math.max(1, Math.min(200, Math.floor(limit / Math.max(1, piece.length)))))
      b = Buffer.concat([b.subarray(0, at), ...Array.from({ length: times }, () => piece), b.subarray(at)])
    } else if (op === 4 || op === 5 || op === 6) b = Buffer.concat([b.subarray(0, at), r.pick(TOKENS), b.subarray(at)])
    else if (op === 7) b = Buffer.concat([b, windowOf(r, r.pick(bases), limit)])
    else if (op === 8) b = b.subarray(0, at)
    else if (op === 9) b = Buffer.concat([b.subarray(0, at), ...Array.from({ length: 1 + r.int(limit / 10) }, () => r.pick(TOKENS))])
    else if (op === 10) {
      const text = b.toString('utf8')
      const how = r.int(6)
      if (how === 0) b = Buffer.from(b.toString('latin1'), 'utf8') // mojibake
      else if (how === 1) b = iconv.encode(text, 'utf-16le', { addBOM: r.next() < 0.5 })
      else if (how === 2) b = iconv.encode(text, 'utf-16be', { addBOM: r.next() < 0.5 })
      else b = iconv.encode(text, r.pick(['windows-1251', 'koi8-r', 'gb18030', 'big5', 'windows-1250', 'iso-8859-2']))
    }
  }
  return b
}

// ---------------------------------------------------------------------------------------
// One input through the pipeline: the outcome, or what went wrong.

async function pipeline() {
  const { processBytes } = await import(join(root, 'dist/process.js'))
  const { writers } = await import(join(root, 'dist/writers/index.js'))
  const used = writers.filter((w) => w.name !== 'chicago')
  return async function outcome(bytes) {
    const { memo, file } = await processBytes(bytes, 'fuzz.txt')
    if (!memo) {
      const fatal = file.messages.filter((m) => m.fatal === true)
      if (fatal.length !== 1) throw new Error(`failed with ${fatal.length} fatal messages`)
      return `fatal ${fatal[0].source}/${fatal[0].ruleId}: ${fatal[0].reason}`
    }
    const outs = []
    for (const w of used) outs.push(await w.write(memo, {}))
    return outs.join('\u0000')
  }
}

// ---------------------------------------------------------------------------------------
// Shapes of the issue, built at full size.

function shapes(sample) {
  const para = 'The talks began the same afternoon and lasted four hours; both sides agreed that the protocol should be signed. '
  const header = sample.toString('utf8').split('FROM THE DIARY')[0]
  const random = (n) => {
    const r = rng(7)
    return Buffer.from(Array.from({ length: n }, () => r.int(256)))
  }
  const dump30 = []
  for (let size = 0; size < 30 * 1024 * 1024; size += sample.length) dump30.push(sample)
  return [
    ['empty', () => Buffer.alloc(0)],
    ['white space only (1 MB)', () => enc(' \n\t'.repeat(350_000))],
    ['binary (1 MB with NULs)', () => Buffer.concat([enc('\x89PNG\r\n\x1a\n'), Buffer.alloc(1024 * 1024, 0)])],
    ['random bytes (1 MB)', () => random(1024 * 1024)],
    ['truncated header', () => sample.subarray(0, sample.indexOf('Summary:') + 30)],
    ['no header (body only, 2 MB)', () => enc(`${para}\n\n`.repeat(18_000))],
    ['a single 5 MB line', () => enc(para.repeat(Math.ceil((5 * 1024 * 1024) / para.length)))],
    ['a single 5 MB line of spaces', () => enc(`x${' '.repeat(5 * 1024 * 1024)}x`)],
    ['a 5 MB line of mojibake', () => enc('VerdeÈ› '.repeat(650_000))],
    ['300,000 page markers', () => enc(`${header}${`${para} // \n`.repeat(300_000)}`)],
    ['300,000 bare " // " lines', () => enc(`${header}${' // \n'.repeat(300_000)}`)],
    ['500,000 blank lines', () => enc(`${header}FROM THE DIARY\n${'\n'.repeat(500_000)}end\n`)],
    ['500,000 one-word paragraphs', () => enc(`${header}${'word\n\n'.repeat(500_000)}`)],
    ['a 30 MB dump (the sample repeated)', () => Buffer.concat(dump30)],
  ]
}

// ---------------------------------------------------------------------------------------

const mb = (n) => n / 1024 / 1024

/** Each shape on a worker thread of its own, so that one that does not finish in
 * --shape-timeout seconds (default 300) is ended and reported, and the rest still run. */
async function runShapes(o, sample) {
  console.log(`shapes (each on a fresh worker thread, at most ${o['shape-timeout']} s):`)
  console.log(`  ${'input'.padEnd(38)} ${'MB'.padStart(7)} ${'ms'.padStart(9)} ${'ms/MB'.padStart(9)}  outcome`)
  let crashed = 0
  const list = shapes(sample)
  for (let k = 0; k < list.length; k++) {
    const result = await new Promise((resolve) => {
      const w = new Worker(fileURLToPath(import.meta.url), { workerData: { shape: k } })
      const timer = setTimeout(() => {
        w.terminate()
        resolve({ error: `did not finish in ${o['shape-timeout']} s` })
      }, o['shape-timeout'] * 1000)
      w.on('message', (m) => {
        clearTimeout(timer)
        w.terminate()
        resolve(m)
      })
      w.on('error', (error) => {
        clearTimeout(timer)
        resolve({ error: `worker: ${error.message}` })
      })
    })
    if (result.error) crashed++
    const size = result.size ?? 0
    const ms = result.ms ?? NaN
    const outcome = result.error ? `FAILED: ${result.error}` : result.outcome
    console.log(`  ${list[k][0].padEnd(38)} ${(result.size === undefined ? '' : mb(size).toFixed(2)).padStart(7)} ${(Number.isNaN(ms) ? '' : ms.toFixed(0)).padStart(9)} ${(size && !Number.isNaN(ms) ? (ms / mb(size)).toFixed(0) : '').padStart(9)}  ${outcome}`)
  }
  return crashed
}

async function shapeWorker(k) {
  const outcome = await pipeline()
  const sample = readFileSync(join(root, 'fixtures/wilson-110404/input.txt'))
  await outcome(sample) // warm up
  const bytes = shapes(sample)[k][1]()
  const t = performance.now()
  let result
  let error
  try {
    result = (await outcome(bytes)).split('\u0000')[0].slice(0, 60).replace(/\n/g, ' ')
    if (!result.startsWith('fatal')) result = 'output'
  } catch (e) {
    error = String(e?.message ?? e)
  }
  parentPort.postMessage({ size: bytes.length, ms: performance.now() - t, outcome: result, error })
}

async function main() {
  const o = options(process.argv.slice(2))
  const bases = corpus()
  const sample = readFileSync(join(root, 'fixtures/wilson-110404/input.txt'))
  const outcome = await pipeline()
  let crashed = 0
  if (o.only !== undefined) {
    const { default: iconv } = await import('iconv-lite')
    const bytes = await mutate(o.seed, o.only, bases, iconv)
    console.log(`input ${o.only} of seed ${o.seed}: ${bytes.length} bytes`)
    if (process.env.MEMO_FUZZ_SAVE) writeFileSync(process.env.MEMO_FUZZ_SAVE, bytes)
    console.log((await outcome(bytes)).slice(0, 2000))
    return
  }
  if (o.shapes) crashed += await runShapes(o, sample)

  console.log(`\nmutations: ${o.runs} inputs from ${bases.length} fixtures, seed ${o.seed}, ${o.jobs} worker threads`)
  const started = performance.now()
  const crashDir = join(tmpdir(), `memo-fuzz-${o.seed}`)
  const stats = { done: 0, crashed: 0, bytes: 0, fatal: 0, slowest: { msPerMb: 0, ms: 0, size: 0, index: -1 }, slowestAbs: { ms: 0, size: 0, index: -1 } }
  const crashes = []
  const slow = []
  const time = { total: 0, over100: 0 }
  await new Promise((resolve) => {
    let next = 0
    let live = 0
    const spawn = () => {
      const w = new Worker(fileURLToPath(import.meta.url), { workerData: { seed: o.seed } })
      live++
      let current
      let timer
      const give = () => {
        clearTimeout(timer)
        if (next >= o.runs) return w.postMessage({ stop: true })
        current = next++
        timer = setTimeout(() => {
          // a hang: the worker cannot answer, so it is ended and replaced
          crashes.push({ index: current, why: `no answer in ${o.timeout} s` })
          stats.crashed++
          stats.done++
          w.terminate()
        }, o.timeout * 1000)
        w.postMessage({ index: current })
      }
      w.on('message', (m) => {
        stats.done++
        stats.bytes += m.size
        if (m.fatal) stats.fatal++
        if (m.error) {
          stats.crashed++
          crashes.push({ index: m.index, why: m.error })
        }
        // below 4 KB the pipeline's fixed cost per file, not the size, sets the time
        if (m.size >= 4096 && m.ms / mb(m.size) > stats.slowest.msPerMb) stats.slowest = { msPerMb: m.ms / mb(m.size), ms: m.ms, size: m.size, index: m.index }
        if (m.ms > stats.slowestAbs.ms) stats.slowestAbs = { ms: m.ms, size: m.size, index: m.index }
        slow.push({ ms: m.ms, size: m.size, index: m.index })
        if (slow.length > 40) slow.sort((x, y) => y.ms - x.ms).splice(5)
        time.total += m.ms
        if (m.ms > 100) time.over100 += m.ms
        if (stats.done % 10_000 === 0) {
          const s = (performance.now() - started) / 1000
          console.log(`  ${stats.done} done, ${stats.crashed} crashed, ${(stats.done / s).toFixed(0)} inputs/s`)
        }
        give()
      })
      w.on('exit', () => {
        clearTimeout(timer)
        live--
        if (next < o.runs) spawn()
        else if (live === 0) resolve()
      })
      w.on('error', (error) => crashes.push({ index: current, why: `worker: ${error.message}` }))
      give()
    }
    for (let k = 0; k < o.jobs; k++) spawn()
  })
  const seconds = (performance.now() - started) / 1000
  if (crashes.length) {
    mkdirSync(crashDir, { recursive: true })
    const { default: iconv } = await import('iconv-lite')
    for (const c of crashes.slice(0, 50)) writeFileSync(join(crashDir, `input-${c.index}.bin`), await mutate(o.seed, c.index, bases, iconv))
    for (const c of crashes.slice(0, 20)) console.log(`  CRASH input ${c.index}: ${c.why}`)
    console.log(`  inputs saved in ${crashDir}; replay one with: npm run fuzz -- --seed ${o.seed} --only <index>`)
  }
  crashed += stats.crashed
  console.log(`\n${stats.done} mutated inputs in ${seconds.toFixed(0)} s: ${(stats.done / seconds).toFixed(0)} inputs/s, ${(mb(stats.bytes) / seconds).toFixed(2)} MB/s; ${stats.fatal} refused with one clear message, the rest gave output`)
  console.log(`slowest per MB (inputs of 4 KB or more): ${stats.slowest.msPerMb.toFixed(0)} ms/MB (input ${stats.slowest.index}, ${(stats.slowest.size / 1024).toFixed(1)} KB in ${stats.slowest.ms.toFixed(1)} ms)`)
  slow.sort((x, y) => y.ms - x.ms)
  console.log(`slowest overall: ${slow.slice(0, 5).map((x) => `input ${x.index} (${(x.size / 1024).toFixed(1)} KB, ${x.ms.toFixed(0)} ms)`).join(', ')}; inputs over 100 ms took ${((100 * time.over100) / Math.max(1, time.total)).toFixed(0)}% of the time`)
  console.log(`crashed: ${crashed}`)
  process.exitCode = crashed ? 1 : 0
}

async function worker() {
  const { default: iconv } = await import('iconv-lite')
  const bases = corpus()
  const outcome = await pipeline()
  // Warm up first (module loading, chardet, franc's tables, JIT), so the first inputs'
  // times are the pipeline's and not the start-up's.
  const sample = readFileSync(join(root, 'fixtures/wilson-110404/input.txt'))
  for (const b of [sample, iconv.encode(sample.toString('utf8'), 'utf-16le'), iconv.encode(sample.toString('utf8').split('[源：')[0], 'windows-1251')]) await outcome(b)
  parentPort.on('message', async (m) => {
    if (m.stop) return process.exit(0)
    const bytes = await mutate(workerData.seed, m.index, bases, iconv)
    const t = performance.now()
    let error
    let first
    try {
      first = await outcome(bytes)
    } catch (e) {
      error = String(e?.stack ?? e).split('\n').slice(0, 4).join(' | ')
    }
    const ms = performance.now() - t
    // determinism, checked on every 25th input (a second run doubles the cost)
    if (!error && m.index % 25 === 0) {
      try {
        if ((await outcome(bytes)) !== first) error = 'a second run gave different output'
      } catch (e) {
        error = `second run: ${e?.message ?? e}`
      }
    }
    parentPort.postMessage({ index: m.index, size: bytes.length, ms, error, fatal: !error && first.startsWith('fatal ') })
  })
}

if (isMainThread) await main()
else if (workerData.shape !== undefined) await shapeWorker(workerData.shape)
else await worker()
