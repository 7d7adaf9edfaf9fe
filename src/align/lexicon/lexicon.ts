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

/** Marks, by stem id, the stems some paragraph of a side holds. */
function held(stems: readonly Int32Array[]): Uint8Array {
  let size = 0
  for (const list of stems) for (let k = 0; k < list.length; k++) if (list[k] >= size) size = list[k] + 1
  const out = new Uint8Array(size)
  for (const list of stems) for (let k = 0; k < list.length; k++) out[list[k]] = 1
  return out
}

/** The direction's table over one pair of sections' interned stems: only the stems e that
 * A's paragraphs (`stemsA`) hold and, in each row, the stems f that B's (`stemsB`) hold, as
 * ids, each row in the lexicon's own order (so sums over a row run the same way on every
 * run). A translation mass is only ever asked for A's stems and read for B's
 * (translation-cost.ts), so the rest would be built for nothing: a document's other
 * sections and other languages. The lexicon's rows are walked, not the document's stems:
 * a lexicon holds a few hundred stems e, a document thousands of stems. */
export function tableFor(direction: LexiconDirection, interner: Interner, stemsA: readonly Int32Array[], stemsB: readonly Int32Array[]): Table {
  const inA = held(stemsA)
  const inB = held(stemsB)
  const table: Table = new Map()
  // forEach, not for…of: a Map's iterator makes an [e, row] array for each of its entries
  direction.table.forEach((row, text) => {
    const id = interner.knownStem(text)
    if (id === undefined || inA[id] !== 1) return
    const fs: number[] = []
    const ts: number[] = []
    for (let k = 0; k < row.fs.length; k++) {
      const f = interner.knownStem(row.fs[k])
      if (f === undefined || inB[f] !== 1) continue
      fs.push(f)
      ts.push(row.ts[k])
    }
    if (fs.length) table.set(id, { fs, ts })
  })
  return table
}
