// What the aligner alone costs a batch, against another build's aligner, on the very same
// sections. The whole batch's figure mixes in everything added since (the search index,
// the page-cut spell check), so it cannot say whether the alignment itself got slower; this
// times only alignSections, both builds in one process, alternating rounds.
//
//   node bench/align-since.js OTHER_CHECKOUT BATCH_OUT [ROUNDS]
//
// OTHER_CHECKOUT: a built checkout (`npm run build` there) whose dist/align is the baseline;
// BATCH_OUT: a `memo batch -f json` output folder, whose doc-*.json give the sections and
// whose alignment-lexicon.json (if any) is what this build's batch aligned with. Not part
// of `npm run bench`: it needs the other build and a batch output folder.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { VFile } from 'vfile'
import { alignSections } from '../dist/align/align-sections.js'
import { readLexicon } from '../dist/align/lexicon/lexicon-file.js'

const [other, folder, roundsArg] = process.argv.slice(2)
if (!other || !folder) {
  console.error('usage: node bench/align-since.js OTHER_CHECKOUT BATCH_OUT [ROUNDS]')
  process.exit(2)
}
const otherModule = join(resolve(other), 'dist/align/align-sections.js')
if (!existsSync(otherModule)) {
  console.error(`${otherModule} is missing: run npm run build in ${other} first`)
  process.exit(2)
}
const { alignSections: otherAlign } = await import(pathToFileURL(otherModule).href)
const rounds = Number(roundsArg ?? 5)

const docs = readdirSync(folder).filter((f) => /^doc-[^.]*\.json$/.test(f)).sort().map((f) => {
  const doc = JSON.parse(readFileSync(join(folder, f), 'utf8'))
  return doc.sections.map((/** @type {any} */ s) => ({ id: s.id, label: s.label, role: s.role, lang: s.lang, position: s.position, paragraphs: s.paragraphs.map((/** @type {any} */ p) => ({ text: p.text, position: p.position })) }))
})
const lexiconPath = join(folder, 'alignment-lexicon.json')
const lexicon = existsSync(lexiconPath) ? readLexicon(readFileSync(lexiconPath, 'utf8')) : undefined

/** @type {Record<string, (sections: any[]) => unknown>} */
const runs = {
  baseline: (sections) => otherAlign(sections, new VFile()),
  'this, no lexicon': (sections) => alignSections(sections, new VFile()),
  ...(lexicon ? { 'this, batch lexicon': (/** @type {any[]} */ sections) => alignSections(sections, new VFile(), { lexicon }) } : {}),
}

/** CPU milliseconds of one pass over every document. @param {(s: any[]) => unknown} align */
function pass(align) {
  const start = process.cpuUsage()
  for (const sections of docs) align(sections)
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

const names = Object.keys(runs)
for (const name of names) pass(runs[name]) // warm-up: every build's code compiled before timing
/** @type {Record<string, number[]>} */
const times = Object.fromEntries(names.map((n) => [n, []]))
for (let r = 0; r < rounds; r++) {
  // rotate the order so that no build always runs right after the collector's busiest one
  for (let k = 0; k < names.length; k++) {
    const name = names[(r + k) % names.length]
    times[name].push(pass(runs[name]))
  }
}
const median = (/** @type {number[]} */ xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2 }
const base = times.baseline
console.log(`\nalignSections on ${docs.length} documents of ${folder}, ${rounds} rounds, CPU ms per round (median; ratio: median of the rounds' ratios to the baseline)`)
console.log(`baseline: ${other}${lexicon ? `; the batch lexicon covers ${[...lexicon.directions.keys()].filter((k) => k.split('>')[0] < k.split('>')[1]).join(', ')}` : ''}`)
for (const name of names) {
  const ratio = median(times[name].map((t, r) => t / base[r]))
  console.log(`${name.padEnd(22)} ${median(times[name]).toFixed(0).padStart(7)} ms  ${ratio.toFixed(3)}×`)
}
