// The combined outputs at the top of --out, from the inputs of one batch in batch order:
//   library.json  CSL-JSON array, repeated ids made unique
//   library.bib   BibTeX, one entry per document, repeated keys made unique
//   index.json    one row per input, failed ones included, with each document's citekey
// They hold the same bytes as the csl and bibtex writers' combine() over the same outputs
// (test/batch-units.test.ts checks it), but are written one document at a time, in two
// passes over entries read back from the manifest: the first collects the ids to make them
// unique, the second writes. At 16,000 documents, holding every item at once was most of
// memo batch's memory. Each file is written atomically.
import { join } from 'node:path'
import type { CslItem } from '../model/csl.js'
import { uniqueKeys } from '../writers/citation-key.js'
import { AtomicFile } from '../io/atomic-file.js'
import type { IndexRow, Status } from './types.js'

export interface CombineItem {
  status: Status
  /** The row, CSL-JSON (the csl writer's output) and BibTeX entry; called twice. */
  load(): { row: IndexRow; csl?: string; bib?: string }
}

export interface Duplicate {
  id: string
  paths: string[]
}

export interface Combined {
  documents: number
  duplicates: Duplicate[]
}

/** A .bib entry's head, as the bibtex writer's combineBib() finds it. */
const ENTRY_KEY = /^@(\w+)\{([^,\s]+),/gmu

const isConverted = (s: Status) => s === 'converted' || s === 'warned'

export function writeCombined(dir: string, items: readonly CombineItem[]): Combined {
  // Pass 1: every CSL id and BibTeX key in order, and the document ids for duplicates.
  const cslIds: string[] = []
  const bibKeys: string[] = []
  const byId = new Map<string, string[]>()
  let documents = 0
  for (const item of items) {
    if (!isConverted(item.status)) continue
    const { row, csl, bib } = item.load()
    if (csl === undefined) continue
    documents++
    for (const c of JSON.parse(csl) as CslItem[]) cslIds.push(c.id)
    if (bib !== undefined) for (const m of bib.matchAll(ENTRY_KEY)) bibKeys.push(m[2])
    if (row.id !== undefined) byId.set(row.id, [...(byId.get(row.id) ?? []), row.path])
  }
  const uniqueIds = uniqueKeys(cslIds)
  const uniqueBib = uniqueKeys(bibKeys)

  // Pass 2: write the three files side by side.
  const library = new AtomicFile(join(dir, 'library.json'))
  const bibFile = new AtomicFile(join(dir, 'library.bib'))
  const index = new AtomicFile(join(dir, 'index.json'))
  const files = [library, bibFile, index]
  try {
    let nextId = 0
    let nextKey = 0
    let firstItem = true
    let firstEntry = true
    let firstRow = true
    library.write(uniqueIds.length ? '[\n' : '[]\n')
    index.write(items.length ? '[\n' : '[]\n')
    for (const item of items) {
      let { row, csl, bib } = item.load()
      if (isConverted(item.status) && csl !== undefined) {
        const cslItems = JSON.parse(csl) as CslItem[]
        row = withCitekey(row, uniqueIds[nextId])
        for (const c of cslItems) {
          library.write((firstItem ? '' : ',\n') + indent(JSON.stringify({ ...c, id: uniqueIds[nextId++] }, null, 2)))
          firstItem = false
        }
        if (bib !== undefined) {
          const renamed = bib.replace(ENTRY_KEY, (_m, type: string) => `@${type}{${uniqueBib[nextKey++]},`).trimEnd() + '\n'
          bibFile.write((firstEntry ? '' : '\n') + renamed)
          firstEntry = false
        }
      }
      index.write((firstRow ? '' : ',\n') + indent(JSON.stringify(row, null, 2)))
      firstRow = false
    }
    if (uniqueIds.length) library.write('\n]\n')
    if (items.length) index.write('\n]\n')
    for (const f of files) f.commit()
  } catch (error) {
    for (const f of files) f.abort()
    throw error
  }

  const duplicates = [...byId].filter(([, paths]) => paths.length > 1).map(([id, paths]) => ({ id, paths }))
  return { documents, duplicates }
}

/** An element of a JSON.stringify(array, null, 2): every line two spaces further in (raw
 * newlines occur only between tokens; those inside strings are escaped). */
function indent(json: string): string {
  return '  ' + json.replaceAll('\n', '\n  ')
}

/** The row with its citekey right after `path`, so index.json reads path, citekey, id, … */
function withCitekey(row: IndexRow, citekey: string): IndexRow {
  const { path, ...rest } = row
  return { path, citekey, ...rest }
}
