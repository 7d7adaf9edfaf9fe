// The files memo batch joins at the top of --out: one library per writer that declares one
// (writers/library.ts; today csl → library.json, bibtex → library.bib, biblatex →
// library.biblatex.bib), written whatever --format says, and index.json, which is the
// batch's own, the search index (search/) and the alignment's lexicon.
import type { Library } from '../writers/library.js'
import type { Writer } from '../writers/types.js'
import { writers } from '../writers/index.js'
import { INDEX_PAGE, SEARCH_DB } from '../search/files.js'

export type LibraryWriter = Writer & { library: Library }

/** In registry order, which is the order of their fields in a manifest line. */
export const libraryWriters: readonly LibraryWriter[] = writers.filter((w): w is LibraryWriter => w.library !== undefined)

export const INDEX = 'index.json'

/** The batch's word tables for the alignment (batch-lexicon.ts). */
export const LEXICON = 'alignment-lexicon.json'

/** Every file a batch writes at the top of --out, libraries first. */
export const COMBINED: readonly string[] = [...libraryWriters.map((w) => w.library.file), INDEX, SEARCH_DB, INDEX_PAGE]

/** The names no input's output may take: the combined files and the lexicon. */
export const RESERVED: readonly string[] = [...COMBINED, LEXICON]
