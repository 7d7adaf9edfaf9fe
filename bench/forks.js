// What memo's own copies of library work save, against the libraries themselves, measured
// on the batch's own documents (make-corpus.js) in this process:
//   markdown handlers  writers/markdown-blocks.ts + markdown-text.ts against remark-stringify's
//                      handlers (makeProcessor's `library: true`), on the Markdown trees
//                      of every document, plain and --parallel
//   franc              language/franc-only.ts against franc(text, { only }), on the calls the
//                      pipeline's first detection pass makes for the documents' paragraphs
//                      (detectLanguage's rule: the text's script, its candidates or else
//                      every language of the script, only when more than one and the text
//                      is 40 characters or longer)
// The yardstick is the conversion itself: convert() of every document to md + json + csl
// (the batch's formats), with and without --parallel, one document after another, so a
// saving reads as how much longer the batch's conversion work would take with the library.
// The batch's own costs (reading, hashing, the manifest, the workers) come on top, so for a
// whole batch run the share is smaller. Each figure is the median of 5 rounds, library and copy alternated.
//
//   npm run bench -- forks          (after the build)
//   node bench/forks.js [N]         (standalone; default 400 documents)
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { franc } from 'franc'
import { convert } from '../dist/convert/convert.js'
import { languages } from '../dist/data/languages.js'
import { francOnly } from '../dist/language/franc-only.js'
import { dominantScript } from '../dist/text/script.js'
import { flavourOf, makeProcessor, toMdast } from '../dist/writers/markdown.js'
import { makeCorpus } from './make-corpus.js'

const ROUNDS = 5
const FORMATS = ['md', 'json', 'csl']

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => f.endsWith('.txt') && statSync(f).isFile())
    .sort()
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

/** ms of one call of fn, as the median of ROUNDS; fns given together are alternated. */
async function timeAlternated(fns) {
  const times = fns.map(() => [])
  for (let r = 0; r < ROUNDS; r++) {
    for (let k = 0; k < fns.length; k++) {
      const t = process.hrtime.bigint()
      await fns[k]()
      times[k].push(Number(process.hrtime.bigint() - t) / 1e6)
    }
  }
  return times.map(median)
}

const byTag = new Map(languages.map((l) => [l.tag, l]))

/** The franc calls detectLanguage's first pass makes for these texts and candidates. */
function francCalls(texts, candidates) {
  const calls = []
  for (const text of texts) {
    const dominant = dominantScript(text)
    if (!dominant || text.length < 40) continue
    const same = candidates.map((t) => byTag.get(t)).filter((l) => l?.script === dominant.script)
    if (same.length === 1) continue
    const pool = same.length > 1 ? same : languages.filter((l) => l.script === dominant.script)
    if (pool.length > 1) calls.push({ text, only: pool.map((l) => l.iso3) })
  }
  return calls
}

export async function run(n = Number(process.argv[2]) || 400) {
  const dir = mkdtempSync(join(tmpdir(), 'memo-forks-'))
  try {
    makeCorpus(dir, n)
    const inputs = filesUnder(dir).map((path) => ({ path, bytes: readFileSync(path) }))

    const docs = []
    for (const input of inputs) {
      const { memo } = await convert(input, { formats: [] })
      if (memo) docs.push(memo)
    }
    const [convertPlain, convertParallel] = await timeAlternated([
      async () => { for (const input of inputs) await convert(input, { formats: FORMATS }) },
      async () => { for (const input of inputs) await convert(input, { formats: FORMATS, parallel: true }) },
    ])

    const trees = (parallel) => Promise.all(docs.map(async (memo) => {
      const tree = toMdast(memo, { parallel })
      return { tree, flavour: await flavourOf(tree, memo) }
    }))
    const plainTrees = await trees(false)
    const parallelTrees = await trees(true)
    const serialisers = async (library) => {
      const out = {}
      for (const f of ['plain', 'notes', 'parallel', 'parallel-unpadded']) out[f] = await makeProcessor(f, { library })
      return out
    }
    const ours = await serialisers(false)
    const libraryHandlers = await serialisers(true)
    const stringifyAll = (set, s) => () => { for (const { tree, flavour } of set) s[flavour].stringify(tree) }

    const [handlersLibPlain, handlersOursPlain] = await timeAlternated([stringifyAll(plainTrees, libraryHandlers), stringifyAll(plainTrees, ours)])
    const [handlersLibPar, oursPar] = await timeAlternated([stringifyAll(parallelTrees, libraryHandlers), stringifyAll(parallelTrees, ours)])

    const calls = docs.flatMap((memo) => {
      const texts = memo.sections.flatMap((s) => s.paragraphs?.map((p) => p.text) ?? [])
      const candidates = [...new Set(memo.sections.filter((s) => s.role !== 'text').map((s) => s.lang))]
      return francCalls(texts, candidates)
    })
    const [francLib, francOurs] = await timeAlternated([
      () => { for (const c of calls) franc(c.text, { only: c.only, minLength: 40 }) },
      () => { for (const c of calls) francOnly(c.text, c.only, 40) },
    ])

    const per1000 = (ms) => (ms * 1000) / docs.length
    const row = (name, lib, mine, yardstick) => {
      const saved = lib - mine
      return `| ${name} | ${per1000(lib).toFixed(0)} ms | ${per1000(mine).toFixed(0)} ms | ${(lib / mine).toFixed(1)}× | +${((saved / yardstick) * 100).toFixed(1)}% |`
    }
    console.log(`\nLibrary copies: ${docs.length} documents (make-corpus.js), ${calls.length} franc calls; time per 1,000 documents, median of ${ROUNDS}`)
    console.log(`conversion to ${FORMATS.join(' + ')}: ${per1000(convertPlain).toFixed(0)} ms, with --parallel ${per1000(convertParallel).toFixed(0)} ms (per 1,000 documents, one after another)`)
    console.log('| copy | library | memo | library ÷ memo | conversion time with the library instead |')
    console.log('| --- | ---: | ---: | ---: | ---: |')
    console.log(row('markdown handlers (plain)', handlersLibPlain, handlersOursPlain, convertPlain))
    console.log(row('markdown handlers (--parallel)', handlersLibPar, oursPar, convertParallel))
    console.log(row('franc', francLib, francOurs, convertPlain))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run()
