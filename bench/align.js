// Alignment quality and speed. Prints link precision, recall and F1 per document and
// language pair, for memo and for the Gale-Church baseline, on the hand-aligned sample
// and the UDHR-built documents (dev and held-out sets), then the time and memory of
// aligning a synthetic three-section document of about 2,000 paragraphs per section.
// Run `npm run build` first; standalone: node bench/align.js
// Options: --set dev (only that set's documents; tune on dev and keep held-out for the
// end), --lexicon all|others (see below), --no-timing, --only-timing.
import { readFileSync, readdirSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { VFile } from 'vfile'
import { alignSections } from '../dist/align/align-sections.js'
import { prepareSide } from '../dist/align/costs/side.js'
import { Interner } from '../dist/align/features/interner.js'
import { FeatureScratch } from '../dist/align/features/paragraph-features.js'
import { alignTwo } from '../dist/align/search/align-two.js'
import { pairLinks } from '../dist/align/search/pair-links.js'
import { goldLinks, linkSet, score, total } from '../test/data/align/evaluate.js'
import { sampleSections } from '../test/data/align/sample-sections.js'
import { hardDocuments } from '../test/data/align/hard-docs.js'
import { buildDocument, toSections } from '../test/data/align/udhr-docs.js'
import { learnLexicon } from '../dist/align/lexicon/learn-lexicon.js'
import { lexiconText, readLexicon } from '../dist/align/lexicon/lexicon-file.js'
import { galeChurch } from './gale-church.js'

const dataDir = new URL('../test/data/align/', import.meta.url)

const args = process.argv.slice(2)
const onlySet = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined
// --lexicon all: as memo batch does, a lexicon learnt from every document of the run (the
// set chosen) and each document aligned with it; --lexicon others: each document aligned
// with a lexicon learnt from the other documents only. The UDHR documents share their
// texts (one translation per language), so either is kinder than an archive would be.
const lexiconMode = args.includes('--lexicon') ? args[args.indexOf('--lexicon') + 1] : undefined

function loadDocuments() {
  const docs = [
    {
      id: 'wilson-110404',
      set: 'sample',
      sections: sampleSections(),
      units: JSON.parse(readFileSync(new URL('wilson-110404.gold.json', dataDir), 'utf8')).units,
    },
  ]
  const udhrDir = new URL('udhr/', dataDir)
  for (const name of readdirSync(udhrDir).sort()) {
    if (!name.endsWith('.json')) continue
    const doc = JSON.parse(readFileSync(new URL(name, udhrDir), 'utf8'))
    if (onlySet && doc.set !== onlySet) continue
    docs.push({ id: doc.id, set: doc.set, sections: toSections(doc), units: doc.units })
  }
  for (const doc of hardDocuments()) if (!onlySet || doc.set === onlySet) docs.push(doc)
  return docs
}

const f = (/** @type {number} */ x) => x.toFixed(3)

/** Whether a row is right: each of its paragraphs has exactly the links to other sections
 * that the hand alignment gives it (a row of one paragraph is right when that paragraph has
 * no counterpart). Links are the ones the bench scores (pairLinks, which may pair a merge's
 * paragraphs one to one inside the row).
 * @param {any} doc @param {any[]} rows */
function rightRows(doc, rows) {
  const ids = doc.sections.map((/** @type {any} */ s) => s.id)
  /** @type {Map<string, Set<string>>} */
  const predicted = new Map()
  /** @type {Map<string, Set<string>>} */
  const gold = new Map()
  const add = (/** @type {Map<string, Set<string>>} */ m, /** @type {string} */ k, /** @type {string} */ v) => m.set(k, (m.get(k) ?? new Set()).add(v))
  for (let a = 0; a < ids.length; a++) {
    for (let b = a + 1; b < ids.length; b++) {
      for (const [i, j] of pairLinks(doc.sections, rows, ids[a], ids[b])) {
        add(predicted, `${ids[a]}:${i}`, `${ids[b]}:${j}`)
        add(predicted, `${ids[b]}:${j}`, `${ids[a]}:${i}`)
      }
      for (const link of goldLinks(doc.units, ids[a], ids[b])) {
        const [i, j] = link.split(':')
        add(gold, `${ids[a]}:${i}`, `${ids[b]}:${j}`)
        add(gold, `${ids[b]}:${j}`, `${ids[a]}:${i}`)
      }
    }
  }
  const same = (/** @type {Set<string> | undefined} */ x, /** @type {Set<string> | undefined} */ y) =>
    (x?.size ?? 0) === (y?.size ?? 0) && [...(x ?? [])].every((v) => y?.has(v))
  return rows.map((row) => ids.every((/** @type {string} */ id) => (row.cells[id] ?? []).every((/** @type {number} */ p) => same(predicted.get(`${id}:${p}`), gold.get(`${id}:${p}`)))))
}

function quality() {
  /** @type {Map<string, {memo: any[], gc: any[]}>} */
  const bySet = new Map()
  /** @type {Map<string, {sure: number, sureRight: number, rows: number, right: number, low: number, lowRight: number}>} */
  const calibration = new Map()
  /** @type {Map<string, any[]>} */
  const perDoc = new Map()
  const lines = []
  lines.push(`${'document'.padEnd(18)} ${'set'.padEnd(8)} ${'pair'.padEnd(8)} | memo P     R     F1    | Gale-Church P  R     F1`)
  const documents = loadDocuments()
  const lexiconOf = lexiconsFor(documents)
  for (const doc of documents) {
    const rows = alignSections(doc.sections, new VFile(), { lexicon: lexiconOf(doc) })
    const ids = doc.sections.map((s) => s.id)
    const cal = calibration.get(doc.set) ?? { sure: 0, sureRight: 0, rows: 0, right: 0, low: 0, lowRight: 0 }
    const right = rightRows(doc, rows)
    rows.forEach((row, r) => {
      cal.rows++
      if (right[r]) cal.right++
      if (row.confidence >= 0.9) {
        cal.sure++
        if (right[r]) cal.sureRight++
      }
      if (row.confidence < 0.5) {
        cal.low++
        if (right[r]) cal.lowRight++
      }
    })
    calibration.set(doc.set, cal)
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        const gold = goldLinks(doc.units, ids[a], ids[b])
        const memo = score(linkSet(pairLinks(doc.sections, rows, ids[a], ids[b])), gold)
        const texts = (/** @type {number} */ k) => doc.sections[k].paragraphs.map((p) => p.text)
        const gc = score(linkSet(galeChurch(texts(a), texts(b))), gold)
        const pair = `${ids[a].split('-')[0]}-${ids[b].split('-')[0]}`
        lines.push(
          `${doc.id.padEnd(18)} ${doc.set.padEnd(8)} ${pair.padEnd(8)} | ${f(memo.precision)} ${f(memo.recall)} ${f(memo.f1)} | ${f(gc.precision)} ${f(gc.recall)} ${f(gc.f1)}`,
        )
        const entry = bySet.get(doc.set) ?? { memo: [], gc: [] }
        entry.memo.push(memo)
        entry.gc.push(gc)
        bySet.set(doc.set, entry)
        perDoc.set(doc.id, [...(perDoc.get(doc.id) ?? []), memo])
      }
    }
  }
  console.log('Link precision / recall / F1 (gold: hand alignment; links = paragraphs sharing a unit)')
  for (const line of lines) console.log(line)
  console.log('\nPer set, micro-averaged over all pairs, and the worst pair:')
  for (const [set, { memo, gc }] of bySet) {
    const m = total(memo)
    const g = total(gc)
    const worst = (/** @type {any[]} */ xs) => Math.min(...xs.map((x) => x.f1))
    console.log(`${set.padEnd(13)} memo F1 ${f(m.f1)} (P ${f(m.precision)} R ${f(m.recall)}, worst pair ${f(worst(memo))})   Gale-Church F1 ${f(g.f1)} (worst pair ${f(worst(gc))})`)
  }
  const all = total([...bySet.values()].flatMap((x) => x.memo))
  console.log(`${'all'.padEnd(13)} memo F1 ${f(all.f1)} (P ${f(all.precision)} R ${f(all.recall)})`)
  const docs = [...perDoc].map(([id, xs]) => ({ id, f1: total(xs).f1 })).sort((x, y) => x.f1 - y.f1)
  console.log(`\nPer document (micro over its pairs), lowest first: ${docs.filter((d) => d.f1 < 0.97).map((d) => `${d.id} ${f(d.f1)}`).join(', ')}; every other document 0.97 or better`)
  console.log('\nConfidence: rows right (every link gold, none missing) among all rows, rows >= 0.9, rows < 0.5:')
  for (const [set, c] of calibration) {
    const pct = (/** @type {number} */ a, /** @type {number} */ b) => (b ? f(a / b) : '-')
    console.log(`${set.padEnd(13)} all ${pct(c.right, c.rows)} of ${c.rows}   >= 0.9: ${pct(c.sureRight, c.sure)} of ${c.sure}   < 0.5: ${pct(c.lowRight, c.low)} of ${c.low}`)
  }
}

/** The lexicon each document is aligned with under --lexicon (none without it), learnt
 * and read back through its file text, as memo batch does.
 * @param {any[]} documents @returns {(doc: any) => any} */
function lexiconsFor(documents) {
  if (!lexiconMode) return () => undefined
  if (lexiconMode !== 'all' && lexiconMode !== 'others') throw new Error('--lexicon takes all or others')
  /** @type {Map<any, any[]>} */
  const samples = new Map()
  for (const doc of documents) {
    const own = []
    alignSections(doc.sections, new VFile(), { learn: (s) => own.push(s) })
    samples.set(doc, own)
  }
  const learn = (/** @type {any[]} */ from) => readLexicon(lexiconText(learnLexicon(from.flatMap((d) => samples.get(d) ?? []))))
  if (lexiconMode === 'all') {
    const shared = learn(documents)
    for (const [key, d] of shared.directions) console.log(`lexicon ${key}: ${d.documents} documents, ${d.beads} beads, ${d.table.size} stems`)
    return () => shared
  }
  return (doc) => learn(documents.filter((d) => d !== doc))
}

/** About 2,000 paragraphs per section: UDHR documents (English, Chinese, Russian, with
 * merges, splits, notes and lost glyphs) built with different seeds, one after another. */
function syntheticDocument(target = 2000) {
  /** @type {any[] | undefined} */
  let sections
  for (let seed = 1; !sections || sections[0].paragraphs.length < target; seed++) {
    const part = buildDocument({
      id: 'synthetic', note: '', seed, codes: ['eng', 'cmn_hans', 'rus'], articles: [1, 30],
      merges: 3, splits: 3, dropGlyphs: 0.1, notes: seed % 3 === 0 ? ['cmn_hans'] : [], titles: seed % 4 === 0 ? ['eng'] : [],
    })
    if (!sections) sections = part.sections
    else part.sections.forEach((s, k) => sections?.[k].paragraphs.push(...s.paragraphs))
  }
  return toSections({ sections: /** @type {any[]} */ (sections) })
}

function timing() {
  const sections = syntheticDocument()
  const sizes = sections.map((s) => s.paragraphs.length)
  const times = []
  // CPU time beside wall time: on a shared machine other jobs stretch the wall clock, much
  // less this process's own CPU seconds.
  const cpu = []
  const before = process.memoryUsage().rss
  let peak = before
  const runs = Number(process.env.ALIGN_RUNS ?? 4)
  for (let run = 0; run < runs; run++) {
    const t = performance.now()
    const c = process.cpuUsage()
    alignSections(sections, new VFile())
    const used = process.cpuUsage(c)
    times.push(performance.now() - t)
    cpu.push((used.user + used.system) / 1000)
    peak = Math.max(peak, process.memoryUsage().rss)
  }
  const median = (/** @type {number[]} */ xs) => xs.slice(1).sort((x, y) => x - y)[(xs.length - 1) >> 1]
  const warm = median(times)
  const interner = new Interner()
  const scratch = new FeatureScratch()
  const texts = (k) => sections[k].paragraphs.map((p) => p.text)
  const { alignment } = alignTwo(prepareSide(texts(0), sections[0].lang, interner, scratch), prepareSide(texts(1), sections[1].lang, interner, scratch))
  console.log(`\nSynthetic document: sections of ${sizes.join(' / ')} paragraphs`)
  console.log(`alignSections: first run ${times[0].toFixed(0)} ms (includes JIT warm-up), then median ${warm.toFixed(0)} ms (CPU ${median(cpu).toFixed(0)} ms)`)
  console.log(
    `band of the en-zh search: ${alignment.band.cells} cells (half-width ${alignment.band.width}) vs ${(sizes[0] + 1) * (sizes[1] + 1)} for a full table; RSS grew ${((peak - before) / 1e6).toFixed(0)} MB`,
  )
}

export async function run() {
  if (!args.includes('--only-timing')) quality()
  if (!args.includes('--no-timing')) timing()
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run()
