// The values a .bib field can take from the record, named so that the BibTeX and BibLaTeX
// tables can say "field ← value" as plain data. bib-entry.ts computes each one.
export type BibValue =
  | 'title' // the title, case-protected
  | 'genre' // CSL genre: what kind of document ("Telegram"), the page's Type block
  | 'author' // CSL author (the sender a web page names), as a BibTeX name list
  | 'translator' // CSL translator, as a BibTeX name list
  | 'year'
  | 'month' // a month macro (jan …)
  | 'date' // ISO 8601, as precise as the record (1950, 1950-01, 1950-01-01)
  | 'publisher' // "History and Public Policy Program Digital Archive"
  | 'publisherAndArchive' // publisher, archive, city, position: the printed reference
  | 'archiveReference' // archive, city, position
  | 'credits' // the citation's credits as written ("Obtained by … and translated by …")
  | 'creditsAndLanguage' // the credits, then "Original language: Russian."
  | 'url'
  | 'abstract'
  | 'keywords' // the topics, comma-separated (biblatex's `keywords` is a comma-separated list)
  | 'langid' // babel name of the language the entry is written in ("english")

/** How a value is written: braced and escaped text, a title with protected case, a name
 * list, a URL, or bare (a macro such as jan, which must not be braced). */
export type BibKind = 'text' | 'title' | 'names' | 'url' | 'bare'

export interface BibFieldMapping {
  field: string
  value: BibValue
  kind: BibKind
}

export interface BibMapping {
  entryType: string
  fields: readonly BibFieldMapping[]
}
