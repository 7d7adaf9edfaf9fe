// --format biblatex: one @misc entry per document, valid in biber's default data model.
import type { Memo } from '../model/memo.js'
import { bibEntryOf } from './bib-entry.js'
import { biblatexMapping } from './mappings/biblatex.js'
import type { Writer } from './types.js'

export const biblatex: Writer = {
  name: 'biblatex',
  extname: '.biblatex.bib',
  description: 'BibLaTeX (@misc) for biber: author, translator, original language, langid, library, keywords',
  write: (memo: Memo) => bibEntryOf(memo, biblatexMapping),
}
