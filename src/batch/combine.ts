// The combined outputs at the top of --out, from the entries of one batch in batch order:
//   library.json  CSL-JSON array (the csl writer's combine: repeated ids made unique)
//   library.bib   BibTeX, one entry per document (the bibtex writer's combine: unique keys)
//   index.json    one row per input, including failed ones, with each document's citekey
// Each is written atomically. Because the rows come in batch order and every piece is the
// writers' own output, two runs over the same inputs give the same bytes.
import { join } from 'node:path'
import type { CslItem } from '../model/csl.js'
import { uniqueKeys } from '../writers/citation-key.js'
import { writerNamed } from '../writers/index.js'
import type { IndexRow } from './types.js'
import { writeAtomic } from './write-atomic.js'

export interface CombineItem {
  row: IndexRow
  csl?: string
  bib?: string
}

export interface Duplicate {
  id: string
  paths: string[]
}

export interface Combined {
  documents: number
  duplicates: Duplicate[]
}

export async function writeCombined(dir: string, items: readonly CombineItem[]): Promise<Combined> {
  const converted = items.filter((i) => i.csl !== undefined && (i.row.status === 'converted' || i.row.status === 'warned'))

  // The citekey each row gets is its item's id after the csl writer's combine() has made
  // ids unique; uniqueKeys over the same list in the same order gives the same answer.
  const parsed = converted.map((i) => JSON.parse(i.csl!) as CslItem[])
  const ids = uniqueKeys(parsed.flatMap((items) => items.map((item) => item.id)))
  const keyOf = new Map<CombineItem, string>()
  let at = 0
  converted.forEach((item, n) => {
    keyOf.set(item, ids[at])
    at += parsed[n].length
  })
  const rows = items.map((i) => (keyOf.has(i) ? withCitekey(i.row, keyOf.get(i)!) : i.row))

  const csl = writerNamed('csl')!
  const bibtex = writerNamed('bibtex')!
  const join2 = (w: typeof csl, outputs: string[]) => (w.combine ? w.combine(outputs) : outputs.join(''))
  await writeAtomic(join(dir, 'library.json'), join2(csl, converted.map((i) => i.csl!)))
  await writeAtomic(join(dir, 'library.bib'), join2(bibtex, converted.filter((i) => i.bib !== undefined).map((i) => i.bib!)))
  await writeAtomic(join(dir, 'index.json'), JSON.stringify(rows, null, 2) + '\n')

  return { documents: converted.length, duplicates: duplicateIds(rows) }
}

/** The row with its citekey right after `path`, so index.json reads path, citekey, id, … */
function withCitekey(row: IndexRow, citekey: string): IndexRow {
  const { path, ...rest } = row
  return { path, citekey, ...rest }
}

/** Document ids that more than one converted input has (one document dumped twice). */
export function duplicateIds(rows: readonly IndexRow[]): Duplicate[] {
  const byId = new Map<string, string[]>()
  for (const row of rows) {
    if (row.id === undefined || (row.status !== 'converted' && row.status !== 'warned')) continue
    byId.set(row.id, [...(byId.get(row.id) ?? []), row.path])
  }
  return [...byId].filter(([, paths]) => paths.length > 1).map(([id, paths]) => ({ id, paths }))
}
