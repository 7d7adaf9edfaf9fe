// CSL → BibTeX for the classic styles (plain, unsrt, alpha, chicago.bst …), which print
// @misc as: title. howpublished, month year. note. url. Those styles have no archive
// fields, so the archive and the position go into howpublished, in the order the archive's
// own citation gives them; translator and abstract are not printed by classic styles but
// are read by pandoc, JabRef and Zotero. The original language goes into the note, not into
// `language`, which babelbib and pandoc take as the language of the (English) record.
// `author` is the sender a web page names (an embassy, often a literal name, braced whole);
// `type` is the page's Type block (CSL genre), which classic styles print for reports and
// theses; `keywords` (the page's topics) is not printed by classic styles but pandoc, JabRef and
// Zotero read it.
import type { BibMapping } from './bib-fields.js'

export const bibtexMapping: BibMapping = {
  entryType: 'misc',
  fields: [
    { field: 'author', value: 'author', kind: 'names' },
    { field: 'title', value: 'title', kind: 'title' },
    { field: 'translator', value: 'translator', kind: 'names' },
    { field: 'type', value: 'genre', kind: 'text' },
    { field: 'howpublished', value: 'publisherAndArchive', kind: 'text' },
    { field: 'year', value: 'year', kind: 'text' },
    { field: 'month', value: 'month', kind: 'bare' },
    { field: 'note', value: 'creditsAndLanguage', kind: 'text' },
    { field: 'abstract', value: 'abstract', kind: 'text' },
    { field: 'keywords', value: 'keywords', kind: 'text' },
    { field: 'url', value: 'url', kind: 'url' },
  ],
}
