// CSL → BibLaTeX, using only fields that biber's default data model allows for @misc (the
// test suite checks with `biber --tool --validate-datamodel`). @misc has no `translator`
// or `origlanguage` (only books, collections and articles do), so the translator is the
// editor with `editortype = {translator}` (biblatex prints "trans. by"), and the original
// language is stated in `addendum` after the credits. The archive and position go to
// `library` (the data model's "library name and call number") and, because the standard
// styles do not print `library`, also to `howpublished` after the publisher, as in BibTeX.
// `langid` is the language of the record itself (the English title), for hyphenation.
// `author` is the sender a web page names; `keywords` (the page's topics) is a
// comma-separated list in the data model, which \printbibliography[keyword=…] filters on.
import type { BibMapping } from './bib-fields.js'

export const biblatexMapping: BibMapping = {
  entryType: 'misc',
  fields: [
    { field: 'author', value: 'author', kind: 'names' },
    { field: 'title', value: 'title', kind: 'title' },
    { field: 'editor', value: 'translator', kind: 'names' },
    { field: 'editortype', value: 'translatorRole', kind: 'text' },
    { field: 'date', value: 'date', kind: 'text' },
    { field: 'howpublished', value: 'publisherAndArchive', kind: 'text' },
    { field: 'library', value: 'archiveReference', kind: 'text' },
    { field: 'addendum', value: 'creditsAndLanguage', kind: 'text' },
    { field: 'langid', value: 'langid', kind: 'text' },
    { field: 'abstract', value: 'abstract', kind: 'text' },
    { field: 'keywords', value: 'keywords', kind: 'text' },
    { field: 'url', value: 'url', kind: 'url' },
  ],
}
