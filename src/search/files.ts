// The names of the search files memo batch writes at the top of --out. Their own module, so
// that the CLI's help can name them without loading SQLite.

/** The full-text index (search-index.ts). */
export const SEARCH_DB = 'search.sqlite'

/** The page listing every document, with search (index-page.ts). */
export const INDEX_PAGE = 'index.html'
