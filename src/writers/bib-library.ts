// A .bib library (library.bib): the entries of many documents, one blank line apart, each
// entry's key made unique across the file. For the bibtex and biblatex writers alike: both
// write entries that start "@type{key,".
import type { Library } from './library.js'

/** A .bib entry's head, "@misc{key,": where the key is, to read it and to replace it. */
export const ENTRY_KEY = /^@(\w+)\{([^,\s]+),/gmu

export function bibLibrary(file: string, field: string): Library {
  return {
    file,
    field,
    ids: (output) => [...output.matchAll(ENTRY_KEY)].map((m) => m[2]),
    piece: (output, nextId) => output.replace(ENTRY_KEY, (_m, type: string) => `@${type}{${nextId()},`).trimEnd() + '\n',
    open: '',
    between: '\n',
    close: '',
    empty: '',
  }
}
