// --format bibtex: one @misc entry per document for classic BibTeX styles and pandoc.
import type { Memo } from '../model/memo.js'
import { bibEntryOf } from './bib-entry.js'
import { bibLibrary } from './bib-library.js'
import { bibtexMapping } from './mappings/bibtex.js'
import type { Writer } from './types.js'

export const bibtex: Writer = {
  name: 'bibtex',
  extname: '.bib',
  description: 'BibTeX (@misc) for classic styles and pandoc: author, archive and position in howpublished, keywords, UTF-8',
  write: (memo: Memo) => bibEntryOf(memo, bibtexMapping),
  library: bibLibrary('library.bib', 'bib'),
}
