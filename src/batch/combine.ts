// The combined outputs at the top of --out, from the inputs of one batch in batch order:
//   one library per writer that declares one (libraries.ts): library.json (CSL-JSON array)
//     library.bib (BibTeX) and library.biblatex.bib, repeated ids and keys made unique
//   index.json  one row per input, failed ones included, with each document's citekey
// Written one document at a time, in two passes over entries read back from the manifest:
// the first collects each library's ids to make them unique, the second writes every file
// side by side. At 16,000 documents, holding every output at once was most of memo
// batch's memory. Each file is written atomically.
import { join } from 'node:path'
import { AtomicFile } from '../io/atomic-file.js'
import { arrayElement } from '../writers/json-element.js'
import { type Library, LibraryJoin } from '../writers/library.js'
import { INDEX, libraryWriters } from './libraries.js'
import type { IndexRow, Status } from './types.js'

export interface CombineItem {
  status: Status
  /** The row and each library's output (Entry.libraries); called twice. */
  load(): { row: IndexRow; libraries?: Record<string, string> }
}

export interface Duplicate {
  id: string
  paths: string[]
}

export interface Combined {
  documents: number
  duplicates: Duplicate[]
}

const isConverted = (s: Status) => s === 'converted' || s === 'warned'

export function writeCombined(dir: string, items: readonly CombineItem[], libraries: readonly Library[] = libraryWriters.map((w) => w.library)): Combined {
  // Pass 1: every library's ids in order, and the document ids for duplicates.
  const ids = libraries.map((): string[] => [])
  const byId = new Map<string, string[]>()
  let documents = 0
  for (const item of items) {
    if (!isConverted(item.status)) continue
    const { row, libraries: outputs } = item.load()
    if (outputs === undefined) continue
    documents++
    libraries.forEach((library, k) => {
      const output = outputs[library.field]
      if (output !== undefined) for (const id of library.ids(output)) ids[k].push(id)
    })
    if (row.id !== undefined) byId.set(row.id, [...(byId.get(row.id) ?? []), row.path])
  }
  const joins = libraries.map((library, k) => new LibraryJoin(library, ids[k]))
  const citing = joins.find((j) => j.library.citekeys)

  // Pass 2: write the files side by side.
  const files: AtomicFile[] = []
  try {
    for (const library of libraries) files.push(new AtomicFile(join(dir, library.file)))
    const index = new AtomicFile(join(dir, INDEX))
    files.push(index)
    let firstRow = true
    index.write(items.length ? '[\n' : '[]\n')
    for (const item of items) {
      let { row, libraries: outputs } = item.load()
      if (isConverted(item.status) && outputs !== undefined) {
        if (citing && outputs[citing.library.field] !== undefined) row = withCitekey(row, citing.peek())
        joins.forEach((j, k) => {
          const output = outputs[j.library.field]
          if (output !== undefined) files[k].write(j.add(output))
        })
      }
      index.write((firstRow ? '' : ',\n') + arrayElement(row))
      firstRow = false
    }
    joins.forEach((j, k) => files[k].write(j.end()))
    if (items.length) index.write('\n]\n')
    for (const f of files) f.commit()
  } catch (error) {
    for (const f of files) f.abort()
    throw error
  }

  const duplicates = [...byId].filter(([, paths]) => paths.length > 1).map(([id, paths]) => ({ id, paths }))
  return { documents, duplicates }
}

/** The row with its citekey right after `path`, so index.json reads path, citekey, id, … */
function withCitekey(row: IndexRow, citekey: string | undefined): IndexRow {
  const { path, ...rest } = row
  return { path, citekey, ...rest }
}
