// A lexicon learnt from many documents' confident beads: per language pair, the beads of
// every sample pooled in the order given, then IBM Model 1 (costs/model-one.ts) in both
// directions. Deterministic: the same samples in the same order give the same lexicon.
import { trainModelOne, type ModelOneBead } from '../costs/model-one.js'
import { spreadBeads, translationSettings } from '../costs/translation-cost.js'
import { directionKey, type Lexicon, type LexiconDirection, type LexiconSample } from './lexicon.js'

const settings = {
  /** Fewer beads than one long document trains its own table on teach no more than that
   * table would: the pair is left to each document. */
  minBeads: translationSettings.maxPairs,
  /** Beads trained on at most, spread evenly over the pool: training stays a second or two
   * however large the batch. */
  maxBeads: 8000,
  /** t(f|e) is kept to this many decimals in the file (lexicon-file.ts). */
  decimals: 4,
}

interface Pool {
  a: string
  b: string
  documents: number
  beads: Array<[string[], string[]]>
}

/** Learn the lexicon of every language pair the samples hold enough beads for. */
export function learnLexicon(samples: Iterable<LexiconSample>): Lexicon {
  const pools = new Map<string, Pool>()
  for (const sample of samples) {
    if (sample.beads.length === 0) continue
    const a = sample.a.toLowerCase()
    const b = sample.b.toLowerCase()
    if (a === b) continue
    // one pool per unordered pair, its beads in the order of its first language
    const [x, y, flip] = a < b ? [a, b, false] : [b, a, true]
    const key = `${x}|${y}`
    let pool = pools.get(key)
    if (!pool) pools.set(key, (pool = { a: x, b: y, documents: 0, beads: [] }))
    pool.documents++
    for (const [sa, sb] of sample.beads) pool.beads.push(flip ? [sb, sa] : [sa, sb])
  }
  const directions = new Map<string, LexiconDirection>()
  for (const key of [...pools.keys()].sort()) {
    const pool = pools.get(key)!
    // a paragraph without stems (Han text, which has no word breaks) teaches nothing
    const beads = spreadBeads(pool.beads.filter(([x, y]) => x.length > 0 && y.length > 0), settings.maxBeads)
    if (beads.length < settings.minBeads) continue
    directions.set(directionKey(pool.a, pool.b), direction(beads, pool.documents, false))
    directions.set(directionKey(pool.b, pool.a), direction(beads, pool.documents, true))
  }
  return { directions }
}

function direction(beads: Array<[string[], string[]]>, documents: number, reverse: boolean): LexiconDirection {
  const ids = [new Map<string, number>(), new Map<string, number>()]
  const texts: string[][] = [[], []]
  const number = (stems: string[], side: number) =>
    Int32Array.from(stems, (stem) => {
      let id = ids[side].get(stem)
      if (id === undefined) {
        id = texts[side].length
        ids[side].set(stem, id)
        texts[side].push(stem)
      }
      return id
    })
  const training: ModelOneBead[] = []
  for (const bead of beads) {
    const [es, fs] = reverse ? [bead[1], bead[0]] : bead
    training.push({ es: number(es, 0), fs: number(fs, 1) })
  }
  const trained = trainModelOne(training, translationSettings.iterations, translationSettings.minT)
  const scale = 10 ** settings.decimals
  const table = new Map<string, { fs: string[]; ts: number[] }>()
  for (const e of [...trained.keys()].sort((x, y) => compare(texts[0][x], texts[0][y]))) {
    const row = trained.get(e)!
    const order = row.fs.map((_, k) => k).sort((p, q) => compare(texts[1][row.fs[p]], texts[1][row.fs[q]]))
    const fs: string[] = []
    const ts: number[] = []
    for (const k of order) {
      const t = Math.round(row.ts[k] * scale) / scale
      if (t < translationSettings.minT) continue
      fs.push(texts[1][row.fs[k]])
      ts.push(t)
    }
    if (fs.length) table.set(texts[0][e], { fs, ts })
  }
  return { documents, beads: training.length, table }
}

/** Code-unit order: the same on every machine and locale. */
function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0
}
