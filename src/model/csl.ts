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

/** CSL variables in the order memo writes them; others follow in alphabetical order. */
const cslFieldOrder = [
  'id', 'type', 'title', 'author', 'editor', 'translator', 'issued', 'publisher', 'publisher-place',
  'archive', 'archive_location', 'archive-place', 'page', 'language', 'abstract', 'URL', 'source', 'note',
] as const

/** The item with its keys in cslFieldOrder and empty values left out, so that every writer
 * that serialises it is byte-stable. */
export function orderedCslItem(item: CslItem): CslItem {
  const out: Record<string, unknown> = {}
  for (const k of cslFieldOrder) if (item[k] !== undefined) out[k] = item[k]
  for (const k of Object.keys(item).sort()) if (!(k in out) && item[k] !== undefined) out[k] = item[k]
  return out as CslItem
}

/** ISO 8601 of a CSL date's first date-parts ("1950-01-01", or "1950-01" and "1950" when
 * the archive gives less). */
export function isoDate(date: CslDate | undefined): string | undefined {
  const parts = date?.['date-parts']?.[0]
  if (!parts || typeof parts[0] !== 'number') return undefined
  return parts.filter((p): p is number => p !== undefined).map((p, i) => String(p).padStart(i === 0 ? 4 : 2, '0')).join('-')
}
