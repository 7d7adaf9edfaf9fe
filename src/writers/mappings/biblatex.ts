// CSL → BibLaTeX. The entry is a @misc: an archival document is neither a book nor an
// article, and in biber's default data model (2.18, biber-tool.conf) every entry type that
// allows `translator` (article, book, mvbook, inbook, bookinbook, suppbook, collection,
// mvcollection, incollection, suppcollection, reference, mvreference, inreference) makes an
// author, an editor or a journal title mandatory, which most of these records lack; @misc
// needs only a title. The translator is biblatex's own `translator` field all the same:
// `editor` + `editortype = {translator}` is valid in @misc, but pandoc's citeproc ignores
// editortype and prints the translator as an editor ("Rozas, Daniel, ed."), while biblatex
// and pandoc both read `translator`. The price is one warning from
// `biber --validate-datamodel` for an entry that has a translator ("Invalid field
// 'translator' for entrytype 'misc'"); biber without that option reads it silently, and
// the test suite checks that this is the only warning.
// @misc has no `origlanguage` either, so the original language is stated in `addendum`
// after the credits. The archive and position go to `library` (the data model's "library
// name and call number") and, because the standard styles do not print `library`, also to
// `howpublished` after the publisher, as in BibTeX. `langid` is the language of the record
// itself (the English title), for hyphenation. `author` is the sender a web page names;
// `keywords` (the page's topics) is a comma-separated list in the data model, which
// \printbibliography[keyword=…] filters on.
import type { BibMapping } from './bib-fields.js'

export const biblatexMapping: BibMapping = {
  entryType: 'misc',
  fields: [
    { field: 'author', value: 'author', kind: 'names' },
    { field: 'title', value: 'title', kind: 'title' },
    { field: 'translator', value: 'translator', kind: 'names' },
    { field: 'date', value: 'date', kind: 'text' },
    { field: 'type', value: 'genre', kind: 'text' },
    { field: 'howpublished', value: 'publisherAndArchive', kind: 'text' },
    { field: 'library', value: 'archiveReference', kind: 'text' },
    { field: 'addendum', value: 'creditsAndLanguage', kind: 'text' },
    { field: 'langid', value: 'langid', kind: 'text' },
    { field: 'abstract', value: 'abstract', kind: 'text' },
    { field: 'keywords', value: 'keywords', kind: 'text' },
    { field: 'url', value: 'url', kind: 'url' },
  ],
}
