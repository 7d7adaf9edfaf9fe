// What the aligner alone costs a batch, against another build's aligner, on the very same
// sections. The whole batch's figure mixes in everything added since (the search index,
// the page-cut spell check), so it cannot say whether the alignment itself got slower; this
// times only alignSections. Each measurement is a process of its own (one warm-up pass
// over the documents, then the median of three timed passes), the builds taking turns:
// with both builds in one process, one build's garbage was collected in the other's time,
// and the ratio came out a fifth lower than in separate processes.
//
//   node bench/align-since.js OTHER_CHECKOUT BATCH_OUT [ROUNDS]
//
// OTHER_CHECKOUT: a built checkout (`npm run build` there) whose dist/align is the baseline;
// BATCH_OUT: a `memo batch -f json` output folder, whose doc-*.json give the sections and
// whose alignment-lexicon.json (if any) is what this build's batch aligned with (the
// baseline is given none: a build from before the lexicon has no use for one). Not part of
// `npm run bench`: it needs the other build and a batch output folder.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { YOUNG_GENERATION_MB } from '../dist/batch/pool.js'
import { median } from './median.js'

const here = fileURLToPath(import.meta.url)
const args = process.argv.slice(2)
if (args[0] === '--child') await child(args[1], args[2], args[3])
else await parent(args)

/** One measurement: CPU ms of a pass over every document, median of three after a warm-up.
 * @param {string} dist @param {string} folder @param {string} mode */
async function child(dist, folder, mode) {
  const { VFile } = await import('vfile')
  const { alignSections } = await import(pathToFileURL(join(dist, 'align/align-sections.js')).href)
  const { readLexicon } = await import('../dist/align/lexicon/lexicon-file.js')
  const docs = readdirSync(folder).filter((f) => /^doc-[^.]*\.json$/.test(f)).sort().map((f) => {
    const doc = JSON.parse(readFileSync(join(folder, f), 'utf8'))
    return doc.sections.map((/** @type {any} */ s) => ({ id: s.id, label: s.label, role: s.role, lang: s.lang, position: s.position, paragraphs: s.paragraphs.map((/** @type {any} */ p) => ({ text: p.text, position: p.position })) }))
  })
  const lexicon = mode === 'lexicon' ? readLexicon(readFileSync(join(folder, 'alignment-lexicon.json'), 'utf8')) : undefined
  const times = []
  for (let pass = 0; pass < 4; pass++) {
    const start = process.cpuUsage()
    for (const sections of docs) alignSections(sections, new VFile(), lexicon ? { lexicon } : {})
    const used = process.cpuUsage(start)
    if (pass > 0) times.push((used.user + used.system) / 1000)
  }
  console.log(JSON.stringify({ documents: docs.length, ms: median(times) }))
}

/** @param {string[]} argv */
async function parent(argv) {
  const [other, folder, roundsArg] = argv
  if (!other || !folder) {
    console.error('usage: node bench/align-since.js OTHER_CHECKOUT BATCH_OUT [ROUNDS]')
    process.exit(2)
  }
  const otherDist = join(resolve(other), 'dist')
  if (!existsSync(join(otherDist, 'align/align-sections.js'))) {
    console.error(`${otherDist}/align/align-sections.js is missing: run npm run build in ${other} first`)
    process.exit(2)
  }
  const thisDist = fileURLToPath(new URL('../dist', import.meta.url))
  const hasLexicon = existsSync(join(folder, 'alignment-lexicon.json'))
  const rounds = Number(roundsArg ?? 3)
  /** @type {[string, string, string][]} */
  const runs = [['baseline', otherDist, 'none'], ['this, no lexicon', thisDist, 'none'], ...(hasLexicon ? [/** @type {[string, string, string]} */ (['this, batch lexicon', thisDist, 'lexicon'])] : [])]
  /** @type {Record<string, number[]>} */
  const times = Object.fromEntries(runs.map(([name]) => [name, []]))
  let documents = 0
  for (let r = 0; r < rounds; r++) {
    // rotate the order, so that no build always runs first
    for (let k = 0; k < runs.length; k++) {
      const [name, dist, mode] = runs[(r + k) % runs.length]
      // A batch worker's young generation (a semi-space is a third of it). With V8's
      // default, half the size, collection is a larger share of the aligner's time than in
      // a batch, and a build that only allocates less looks faster than it is: one such
      // round came out at 0.85 of its base's CPU with the default and 0.95 with this.
      const out = JSON.parse(execFileSync(process.execPath, [`--max-semi-space-size=${YOUNG_GENERATION_MB / 3}`, here, '--child', dist, resolve(folder), mode], { encoding: 'utf8' }))
      documents = out.documents
      times[name].push(out.ms)
    }
  }
  const base = times.baseline
  console.log(`\nalignSections on ${documents} documents of ${folder}, ${rounds} rounds of one process per build, CPU ms per pass (median; ratio: median of the rounds' ratios to the baseline)`)
  console.log(`baseline: ${other}`)
  for (const [name] of runs) {
    const ratio = median(times[name].map((t, r) => t / base[r]))
    console.log(`${name.padEnd(22)} ${median(times[name]).toFixed(0).padStart(7)} ms  ${ratio.toFixed(3)}×`)
  }
}
