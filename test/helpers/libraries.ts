// Libraries (a batch's library.json and library.bib) built in memory from whole outputs, to
// check what memo batch streams from its manifest one document at a time.
import type { CslItem } from '../../src/model/csl.js'
import { ENTRY_KEY } from '../../src/writers/bib-library.js'
import { uniqueKeys } from '../../src/writers/citation-key.js'
import { type Library, LibraryJoin } from '../../src/writers/library.js'

/** A writer's library of these outputs, through the LibraryJoin a batch streams with. */
export function joinLibrary(library: Library, outputs: readonly string[]): string {
  const join = new LibraryJoin(library, outputs.flatMap((o) => library.ids(o)))
  return outputs.map((o) => join.add(o)).join('') + join.end()
}

/** library.json by its definition: every item of every csl output in one array, ids made
 * unique, JSON.stringify'd whole (the csl writer's combine() before libraries). */
export function cslArray(outputs: readonly string[]): string {
  const items = outputs.flatMap((o) => JSON.parse(o) as CslItem[])
  const ids = uniqueKeys(items.map((i) => i.id))
  return JSON.stringify(items.map((item, i) => ({ ...item, id: ids[i] })), null, 2) + '\n'
}

/** library.bib by its definition: the entries one blank line apart, keys made unique (the
 * bibtex writer's combine() before libraries). */
export function bibEntries(outputs: readonly string[]): string {
  const unique = uniqueKeys(outputs.flatMap((o) => [...o.matchAll(ENTRY_KEY)].map((m) => m[2])))
  let i = 0
  return outputs.map((o) => o.replace(ENTRY_KEY, (_m, type: string) => `@${type}{${unique[i++]},`).trimEnd() + '\n').join('\n')
}
