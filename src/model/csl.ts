// The subset of the CSL-JSON item (CSL 1.0.2 data schema) that memo fills. Field names are
// CSL's own, hyphens included, so the object can be handed to Zotero or citeproc as is.

export interface CslName {
  family?: string
  given?: string
  literal?: string
}

/** CSL date: date-parts holds one [year, month?, day?] array; a partial date stays partial. */
export interface CslDate {
  'date-parts'?: [number, number?, number?][]
  literal?: string
}

export interface CslItem {
  id: string
  type: 'manuscript' | 'book' | 'chapter' | 'article-journal' | 'document' | string
  title?: string
  issued?: CslDate
  URL?: string
  abstract?: string
  language?: string
  archive?: string
  archive_location?: string
  'archive-place'?: string
  publisher?: string
  'publisher-place'?: string
  page?: string
  source?: string
  note?: string
  translator?: CslName[]
  author?: CslName[]
  editor?: CslName[]
  keyword?: string
  'container-title'?: string
  accessed?: CslDate
  [field: string]: unknown
}
