// --format biblatex: one @misc entry per document, for biber (mappings/biblatex.ts says
// why @misc and `translator`).
import type { Memo } from '../model/memo.js'
import { bibEntryOf } from './bib-entry.js'
import { bibLibrary } from './bib-library.js'
import { biblatexMapping } from './mappings/biblatex.js'
import type { Writer } from './types.js'

export const biblatex: Writer = {
  name: 'biblatex',
  extname: '.biblatex.bib',
  description: 'BibLaTeX (@misc) for biber: author, translator, original language, langid, library, keywords',
  write: (memo: Memo) => bibEntryOf(memo, biblatexMapping),
  library: bibLibrary('library.biblatex.bib', 'biblatex'),
}
