// What a batch's lexicon does for documents whose text it never saw: short excerpts of the
// Universal Declaration (a few articles each, with merges, splits, omissions and notes),
// many per language pair as an archive has, in two halves of the declaration. A lexicon
// learnt (as memo batch learns it) from the excerpts of one half aligns the excerpts of the
// other half, beside each excerpt aligned on its own (as memo extract does). The halves
// share no article, so the lexicon knows the language pair, not the sentences.
// Run `npm run build` first; standalone: node bench/align-lexicon.js
import { pathToFileURL } from 'node:url'
import { VFile } from 'vfile'
import { alignSections } from '../dist/align/align-sections.js'
import { learnLexicon } from '../dist/align/lexicon/learn-lexicon.js'
import { lexiconText, readLexicon } from '../dist/align/lexicon/lexicon-file.js'
import { pairLinks } from '../dist/align/search/pair-links.js'
import { random } from '../scripts/seeded-random.js'
import { goldLinks, linkSet, score, total } from '../test/data/align/evaluate.js'
import { buildDocument, toSections } from '../test/data/align/udhr-docs.js'

// dev: what the lexicon's settings were chosen on; held-out: only measured
const SETS = {
  dev: [['eng', 'rus'], ['eng', 'fra'], ['rus', 'ukr'], ['eng', 'deu_1996']],
  'held-out': [['eng', 'spa'], ['rus', 'bul'], ['eng', 'ita'], ['pol', 'ces']],
}
const PER_HALF = 40
const HALVES = { first: [1, 15], second: [16, 30] }

/** Excerpts of one half for one pair, seeded. @param {string[]} codes @param {[number, number]} half @param {number} seed */
function excerpts(codes, half, seed) {
  const next = random(seed)
  const docs = []
  for (let k = 0; k < PER_HALF; k++) {
    const length = 4 + Math.floor(next() * 7)
    const from = half[0] + Math.floor(next() * (half[1] - half[0] - length + 2))
    const doc = buildDocument({
      id: `${codes.join('-')}-${from}`, note: '', seed: seed * 100 + k, codes, articles: [from, Math.min(half[1], from + length - 1)],
      merges: Math.floor(next() * 3), splits: Math.floor(next() * 3), omits: Math.floor(next() * 2), translatorNotes: Math.floor(next() * 2),
      exactUnits: true,
    })
    docs.push({ sections: toSections(doc), units: doc.units })
  }
  return docs
}

/** @param {any[]} docs @param {any} lexicon */
function f1(docs, lexicon) {
  const scores = []
  for (const doc of docs) {
    const rows = alignSections(doc.sections, new VFile(), { lexicon })
    const [a, b] = doc.sections.map((/** @type {any} */ s) => s.id)
    scores.push(score(linkSet(pairLinks(doc.sections, rows, a, b)), goldLinks(doc.units, a, b)))
  }
  return { scores, all: total(scores), below: scores.filter((s) => s.f1 < 0.9).length }
}

export async function run() {
  console.log(`\nA batch's lexicon on excerpts it never saw (${PER_HALF} excerpts of 4-10 articles per half and pair; learnt from one half, measured on the other)`)
  for (const [set, pairs] of Object.entries(SETS)) measure(set, pairs, set === 'dev' ? 11 : 511)
}

/** @param {string} set @param {string[][]} pairs @param {number} seed */
function measure(set, pairs, seed) {
  console.log(`${set}:\npair       measured on   lexicon pairs | on its own F1 (P / R, < 0.9) | with the lexicon F1 (P / R, < 0.9)`)
  const f = (/** @type {number} */ x) => x.toFixed(3)
  /** @type {{ own: any[], lex: any[] }} */
  const sums = { own: [], lex: [] }
  pairs.forEach((codes, p) => {
    const byHalf = Object.fromEntries(Object.entries(HALVES).map(([name, half], h) => [name, excerpts(codes, /** @type {[number, number]} */ (half), seed + p * 10 + h)]))
    for (const [learnt, measured] of [['first', 'second'], ['second', 'first']]) {
      const samples = []
      for (const doc of byHalf[learnt]) alignSections(doc.sections, new VFile(), { learn: (s) => samples.push(s) })
      const lexicon = readLexicon(lexiconText(learnLexicon(samples)))
      const key = [...lexicon.directions.keys()][0]
      const own = f1(byHalf[measured], undefined)
      const lex = f1(byHalf[measured], lexicon)
      sums.own.push(...own.scores)
      sums.lex.push(...lex.scores)
      const show = (/** @type {any} */ r) => `${f(r.all.f1)} (${f(r.all.precision)} / ${f(r.all.recall)}, ${r.below})`
      console.log(`${codes.join('-').padEnd(10)} ${measured.padEnd(13)} ${String(key ? lexicon.directions.get(key).beads : 0).padStart(13)} | ${show(own).padEnd(28)} | ${show(lex)}`)
    }
  })
  const t = (/** @type {any[]} */ xs) => total(xs).f1
  console.log(`${set}, all pairs: on its own ${f(t(sums.own))}, with the lexicon ${f(t(sums.lex))}`)
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run()
