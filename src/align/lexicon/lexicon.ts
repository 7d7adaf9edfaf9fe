// A batch's lexicon: word-translation probabilities t(f|e) for each direction of a language
// pair, learnt once from many documents (learn-lexicon.ts) and kept in the output folder
// (lexicon-file.ts), so that every document of the batch, and a rerun, aligns with the
// same table. Stems are kept by their text: interned ids hold for one alignment only.
import type { Table } from '../costs/model-one.js'
import type { Interner } from '../features/interner.js'

/** t(f|e) of one direction: for each stem e of the first language, the stems f of the
 * second it translates to, with their probabilities. */
export interface LexiconDirection {
  /** Documents and beads it was learnt from (shown in the file, for a reader). */
  documents: number
  beads: number
  table: Map<string, { fs: string[]; ts: number[] }>
}

export interface Lexicon {
  /** By directionKey(a, b). */
  directions: Map<string, LexiconDirection>
  /** How many inputs the batch had when its sample was drawn (memo batch tells from it
   * when the batch has since grown enough to be worth learning again). */
  inputs?: number
}

/** What one alignment offers the lexicon: the stems of the paragraphs of its confident 1:1
 * beads, for one pair of sections in languages a and b. */
export interface LexiconSample {
  a: string
  b: string
  beads: Array<[string[], string[]]>
}

/** Language tags as sections carry them (BCP 47), compared without case. */
export function directionKey(a: string, b: string): string {
  return `${a.toLowerCase()}>${b.toLowerCase()}`
}

/** The direction's table over one alignment's interned stems (`stemTexts`: the interner's
 * stemTexts()): only the stems this document holds, as ids, in the lexicon's own order (so
 * sums over a row run the same way on every run). */
export function tableFor(direction: LexiconDirection, stemTexts: ReadonlyMap<number, string>, interner: Interner): Table {
  const table: Table = new Map()
  for (const [id, text] of stemTexts) {
    const row = direction.table.get(text)
    if (!row) continue
    const fs: number[] = []
    const ts: number[] = []
    for (let k = 0; k < row.fs.length; k++) {
      const f = interner.knownStem(row.fs[k])
      if (f === undefined) continue
      fs.push(f)
      ts.push(row.ts[k])
    }
    if (fs.length) table.set(id, { fs, ts })
  }
  return table
}
