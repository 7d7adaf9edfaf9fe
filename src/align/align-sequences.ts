// The n-way aligner of sequences of texts. Every pair of sequences is aligned with the
// banded search (search/align-pair.ts) under a length model learned for that pair from the
// texts themselves. The pairwise results are then joined into rows in several ways
// (through each sequence as a pivot, and through all pairs at once). Each row costs what it
// costs in every pair, and the cheapest chain of rows through the places where those joint
// results start and end a row wins (search/cheapest-rows.ts), so the rows are consistent
// for every pair and no single pair's mistake is forced on the others.
import { rowConfidence } from './checks/confidence.js'
import { prepareSide, type Side } from './costs/side.js'
import { spreadBeads } from './costs/translation-cost.js'
import { Interner } from './features/interner.js'
import { FeatureScratch } from './features/paragraph-features.js'
import { directionKey, tableFor, type Lexicon, type LexiconSample } from './lexicon/lexicon.js'
import { alignTwo, type PairResult } from './search/align-two.js'
import { cheapestRows } from './search/cheapest-rows.js'
import { rowsFromLinks, type Link } from './search/rows-from-links.js'
import { PairLinkIndex } from './search/supported-links.js'

interface Pair extends PairResult {
  s: number
  t: number
}

function linksOf(pair: Pair): Link[] {
  const links: Link[] = []
  for (const bead of pair.alignment.beads) {
    for (let x = 0; x < bead.di; x++) {
      for (let y = 0; y < bead.dj; y++) links.push([pair.s, bead.i + x, pair.t, bead.j + y])
    }
  }
  return links
}

/** A batch's lexicon, to align with or to learn. */
export interface LexiconOptions {
  /** Word tables learnt from the whole batch, used instead of each pair's own. */
  lexicon?: Lexicon
  /** Called with each pair's confident beads; the alignment then stops short of its
   * third pass, since only these are wanted. */
  learn?: (sample: LexiconSample) => void
}

/** The word tables and scratch of this thread's alignments (workers are threads, each with
 * its own copy of this module): the one FeatureScratch every alignment here reads its
 * paragraphs' features with, unless given another. */
const threadScratch = new FeatureScratch()

/** The n-way alignment of several sequences of texts (paragraphs of sections, or the
 * sentences of one row): rows of indices per sequence, and each row's confidence. */
export function alignSequences(
  texts: string[][], langs: string[], scratch: FeatureScratch = threadScratch, options: LexiconOptions = {},
): { rows: number[][][]; confidence: number[]; sides: Side[] } {
  const interner = new Interner()
  const sides = texts.map((list, k) => prepareSide(list, langs[k], interner, scratch))
  const pairs: Pair[] = []
  // a lexicon is learnt by stem text: each stem's text by its id, once for all pairs
  const stemTexts = options.learn ? interner.stemTexts() : undefined
  for (let s = 0; s < texts.length; s++) {
    for (let t = s + 1; t < texts.length; t++) {
      const direction = options.lexicon?.directions.get(directionKey(langs[s], langs[t]))
      const table = direction ? tableFor(direction, interner, sides[s].features.map((f) => f.stems), sides[t].features.map((f) => f.stems)) : undefined
      const { ctx, alignment, confident } = alignTwo(sides[s], sides[t], { table, learning: Boolean(options.learn) })
      pairs.push({ s, t, ctx, alignment, confident })
      if (options.learn && stemTexts) {
        const words = (side: Side, p: number) => Array.from(side.features[p].stems, (id) => stemTexts.get(id)!)
        options.learn({ a: langs[s], b: langs[t], beads: spreadBeads(confident).map(([i, j]) => [words(sides[s], i), words(sides[t], j)]) })
      }
    }
  }
  const sizes = texts.map((list) => list.length)
  // Candidates: each sequence as the pivot (a star of pairwise alignments), then all
  // pairs together. With two sequences they are all the same.
  const candidates: number[][][][] = []
  // each pair's links, listed once for the several candidates it is part of
  const links = pairs.map(linksOf)
  if (texts.length === 2) candidates.push(rowsFromLinks(sizes, links[0]))
  else {
    for (let pivot = 0; pivot < texts.length; pivot++) {
      candidates.push(rowsFromLinks(sizes, pairs.flatMap((p, k) => (p.s === pivot || p.t === pivot ? links[k] : []))))
    }
    candidates.push(rowsFromLinks(sizes, links.flat()))
    // Each section's confirmed links. Where every link is confirmed the set is the one
    // just joined: its rows would be the same candidate again, which adds nothing to the
    // search (no new row, and the places all candidates pass through stay the same).
    const index = new PairLinkIndex(pairs, sizes, links)
    for (let u = 0; u < texts.length; u++) {
      const { links: kept, all } = index.supported(u)
      if (!all) candidates.push(rowsFromLinks(sizes, kept))
    }
  }
  const best = candidates.length === 1 ? candidates[0] : cheapestRows(candidates, pairs, sizes)
  return { rows: best, confidence: rowConfidence(best, pairs), sides }
}
