// Where a record came from, by the host of its URL: CSL `source` (Zotero's "Library
// Catalog"), so a reader of the bibliography knows which digital archive to search.
export const catalogueNames: Readonly<Record<string, string>> = {
  'digitalarchive.wilsoncenter.org': 'Wilson Center Digital Archive',
  'wilsoncenter.org': 'Wilson Center Digital Archive',
}

/** A document's address on the Digital Archive from its number: the current site's pages
 * give the number (Record ID) but no URL line, and /document/<number> is the permanent
 * address the archive's own citations print. */
export const wilsonDocumentUrl = (documentNumber: string): string => `https://digitalarchive.wilsoncenter.org/document/${documentNumber}`
