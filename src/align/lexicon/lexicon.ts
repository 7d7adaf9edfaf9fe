// A batch's lexicon: word-translation probabilities t(f|e) for each direction of a language
// pair, learnt once from many documents (learn-lexicon.ts) and kept in the output folder
// (lexicon-file.ts), so that every document of the batch, and a rerun, aligns with the
// same table. Stems are kept by their text: interned ids hold for one alignment only.
import type { RenumberedTable, Table } from '../costs/model-one.js'
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

/** A direction's stems f numbered (0, 1, … in the order first met), and each row's f by
 * that number: a pair's table then reads the rows as they are, through one renumbering
 * of the stems its B holds (RenumberedTable). Made once per direction and never changed
 * (a lexicon is not changed once made). */
interface DirectionIndex {
  numbers: Map<string, number>
  rows: Map<string, { fs: number[]; ts: number[] }>
}

const indexes = new WeakMap<LexiconDirection, DirectionIndex>()

function indexOf(direction: LexiconDirection): DirectionIndex {
  let index = indexes.get(direction)
  if (index) return index
  const numbers = new Map<string, number>()
  const rows = new Map<string, { fs: number[]; ts: number[] }>()
  direction.table.forEach((row, e) => {
    const fs = row.fs.map((f) => {
      let g = numbers.get(f)
      if (g === undefined) numbers.set(f, (g = numbers.size))
      return g
    })
    rows.set(e, { fs, ts: row.ts })
  })
  index = { numbers, rows }
  indexes.set(direction, index)
  return index
}

/** The direction's table over one pair of sections' interned stems: the rows of the stems
 * e that A's paragraphs (`stemsA`) hold, and the ids of the stems f that B's (`stemsB`)
 * hold, each row in the lexicon's own order (so sums over a row run the same way on every
 * run). A translation mass is only ever asked for A's stems and read for B's
 * (translation-cost.ts), so the rest is left out: a document's other sections and other
 * languages. */
export function tableFor(direction: LexiconDirection, interner: Interner, stemsA: readonly Int32Array[], stemsB: readonly Int32Array[]): RenumberedTable {
  const inA = held(stemsA)
  const inB = held(stemsB)
  const { numbers, rows } = indexOf(direction)
  const fOf = new Int32Array(numbers.size)
  const table: Table = new Map()
  const { texts, ids } = interner.stemList()
  for (let s = 0; s < ids.length; s++) {
    const id = ids[s]
    if (inB[id] === 1) {
      const g = numbers.get(texts[s])
      if (g !== undefined) fOf[g] = id + 1
    }
    if (inA[id] === 1) {
      const row = rows.get(texts[s])
      if (row) table.set(id, row)
    }
  }
  return { table, fOf }
}
