// Where a record came from, by the host of its URL: CSL `source` (Zotero's "Library
// Catalog"), so a reader of the bibliography knows which digital archive to search.
export const catalogueNames: Readonly<Record<string, string>> = {
  'digitalarchive.wilsoncenter.org': 'Wilson Center Digital Archive',
  'wilsoncenter.org': 'Wilson Center Digital Archive',
}
