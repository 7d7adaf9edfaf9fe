// memo search on the index of a 16,000-document batch (make-corpus.js, -f md,json):
//   the batch itself (it writes search.sqlite along with everything else)
//   the index build alone: every document of that index put into a new one, 256 to a
//     transaction as the batch does, in one process, with each paragraph's terms and each
//     document's counts made again here (in a batch the workers make them); and the index
//     page with its client-side index
//   query latency in one process (the best 20 hits; median, 95th percentile, worst of 30 warm
//     runs per query; the first, cold run shown apart), and whole `memo search` processes (median of 5),
//     where Node's start-up is most of the time; for a query ranked by its sections (too many
//     matching paragraphs, src/search/ranking.ts), the same query ranked by paragraphs anyway
//     in the same process, the baseline it is measured against
// Figures only; nothing here asserts a time.
//
//   npm run bench -- search            (after the build)
//   node bench/search.js [N]           (standalone; default 16000)
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { makeCorpus } from './make-corpus.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = join(root, 'bin/memo.js')
const work = join(root, 'bench/out/search') // git-ignored

// words of every kind the corpus holds: rare and common, phrase, prefix, Chinese of one,
// two and several characters, Russian, a language filter, an OR and a NOT
const QUERIES = [
  ['Roshchin'],
  ['the'],
  ['"two-year"'],
  ['"foreign ministry"'],
  ['negotiat*'],
  ['harvest quotas'],
  ['外交'],
  ['毛'],
  ['中央人民政府主席'],
  ['двухнедельного'],
  ['Мао', '--lang', 'ru'],
  ['Mao OR Roshchin'],
  ['Mao NOT Roshchin'],
]

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2))
const now = () => Number(process.hrtime.bigint()) / 1e6

export async function run({ n = 16000 } = {}) {
  const { SearchIndex } = await import(pathToFileURL(join(root, 'dist/search/search-index.js')).href)
  const { parseQuery } = await import(pathToFileURL(join(root, 'dist/search/query.js')).href)
  console.log(`\nmemo search on ${n.toLocaleString('en')} documents; load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`)
  mkdirSync(work, { recursive: true })
  const dir = join(work, String(n))
  // the previous run's folder is moved aside and deleted last (bench/batch.js says why)
  const old = join(work, `.old-${process.pid}`)
  if (existsSync(dir)) renameSync(dir, old)
  const corpus = join(dir, 'corpus')
  const out = join(dir, 'out')
  const { bytes } = makeCorpus(corpus, n)

  let t = now()
  const batch = spawnSync(process.execPath, [bin, 'batch', corpus, '--out', out, '-f', 'md,json', '--quiet'], { encoding: 'utf8' })
  const batchSeconds = (now() - t) / 1000
  if (batch.status !== 0) throw new Error(`memo batch exited ${batch.status}: ${batch.stderr}`)

  // the index build alone, from the documents the batch indexed
  const source = SearchIndex.openForSearch(out)
  const docs = source.documents().map((d) => source.get(d.key))
  source.close()
  const paragraphs = docs.reduce((k, d) => k + d.paragraphs.length, 0)
  const rebuilt = join(dir, 'rebuilt')
  mkdirSync(rebuilt)
  t = now()
  const { index } = SearchIndex.openForBatch(rebuilt)
  for (let i = 0; i < docs.length; i += 256) index.putAll(docs.slice(i, i + 256))
  const putMs = now() - t
  index.settle()
  const buildMs = now() - t
  const { writeIndexPage } = await import(pathToFileURL(join(root, 'dist/search/index-page.js')).href)
  t = now()
  writeIndexPage(rebuilt, index)
  const pageMs = now() - t
  index.close()
  const size = statSync(join(out, 'search.sqlite')).size

  console.log(`corpus: ${n} dumps, ${(bytes / 1e6).toFixed(0)} MB; ${paragraphs.toLocaleString('en')} paragraphs indexed; search.sqlite ${(size / 1e6).toFixed(0)} MB`)
  console.log(`memo batch -f md,json (index included): ${batchSeconds.toFixed(1)} s`)
  console.log(`index build alone: ${(buildMs / 1000).toFixed(1)} s (${(putMs / 1000).toFixed(1)} s putting ${n} documents, ${((buildMs - putMs) / 1000).toFixed(1)} s leaving WAL)`)
  console.log(`index.html with its client-side index (index-search/): ${(pageMs / 1000).toFixed(1)} s\n`)

  const searcher = SearchIndex.openForSearch(out)
  // how many paragraphs match, counted apart (memo search does not count them: a second pass)
  const { default: Database } = await import('better-sqlite3')
  const counter = new Database(join(out, 'search.sqlite'), { readonly: true })
  const count = (match) => counter.prepare('SELECT count(*) FROM fts WHERE fts MATCH ?').pluck().get(match)
  console.log('| query | matching paragraphs | ranked by | cold ms | median ms | p95 ms | worst ms | `memo search` process, median ms | ranked by paragraphs anyway, median ms |')
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|')
  for (const args of QUERIES) {
    const [q, , lang] = args
    const parsed = parseQuery(q)
    const ask = () => searcher.search(parsed, { ...(lang ? { lang } : {}), limit: 20 })
    // the baseline: the same query ranked paragraph by paragraph whatever its matches
    const askByParagraphs = () => searcher.search(parsed, { ...(lang ? { lang } : {}), limit: 20, paragraphRankingUpTo: Infinity })
    const total = count(parsed.match + (lang ? ` AND lang : "${lang}"` : ''))
    t = now()
    const { ranked } = ask()
    const cold = now() - t
    const times = []
    for (let i = 0; i < 30; i++) {
      t = now()
      ask()
      times.push(now() - t)
    }
    const baseline = []
    for (let i = 0; ranked === 'sections' && i < 10; i++) {
      t = now()
      askByParagraphs()
      baseline.push(now() - t)
    }
    const proc = []
    for (let i = 0; i < 5; i++) {
      t = now()
      const r = spawnSync(process.execPath, [bin, 'search', ...args, '--in', out], { encoding: 'utf8' })
      proc.push(now() - t)
      if (r.status !== 0) throw new Error(`memo search ${args.join(' ')} exited ${r.status}: ${r.stderr}`)
    }
    const against = baseline.length ? `${ms(median(baseline))} (${(median(baseline) / median(times)).toFixed(1)}×)` : '(the same)'
    console.log(`| \`${args.join(' ')}\` | ${total.toLocaleString('en')} | ${ranked} | ${ms(cold)} | ${ms(median(times))} | ${ms(pct(times, 0.95))} | ${ms(Math.max(...times))} | ${ms(median(proc))} | ${against} |`)
  }
  searcher.close()
  counter.close()
  t = now()
  spawnSync(process.execPath, ['-e', ''])
  console.log(`\n(bare \`node -e ''\`: ${ms(now() - t)} ms; load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')})`)
  rmSync(old, { recursive: true, force: true })
  rmSync(rebuilt, { recursive: true, force: true })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2])
  await run(n > 0 ? { n } : {})
}
