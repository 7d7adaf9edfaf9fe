// CSL → RIS, following Zotero's RIS mapping for a manuscript, so that Zotero, EndNote and
// citation-js read the archive fields back into the right places.
export type RisValue =
  | 'type' | 'title' | 'author' | 'translator' | 'keywords' | 'year' | 'date' | 'publisher' | 'archive' | 'archive_location'
  | 'archive-place' | 'languageName' | 'abstract' | 'url' | 'note' | 'genre'

export interface RisFieldMapping {
  tag: string
  value: RisValue
}

/** CSL item types → RIS reference types. */
export const risTypes: Readonly<Record<string, string>> = {
  manuscript: 'MANSCPT',
  book: 'BOOK',
  chapter: 'CHAP',
  'article-journal': 'JOUR',
  document: 'GEN',
}

export const risMapping: readonly RisFieldMapping[] = [
  { tag: 'TY', value: 'type' },
  { tag: 'TI', value: 'title' },
  { tag: 'AU', value: 'author' }, // one line per name: the sender a web page names (an embassy, a ministry)
  { tag: 'A4', value: 'translator' }, // Zotero: translator (one line per name)
  { tag: 'M3', value: 'genre' }, // Zotero: Type (a manuscript's type, CSL genre)
  { tag: 'PY', value: 'year' },
  { tag: 'DA', value: 'date' }, // YYYY/MM/DD/, as precise as the record
  { tag: 'PB', value: 'publisher' },
  { tag: 'DB', value: 'archive' }, // Zotero: Archive
  { tag: 'AN', value: 'archive_location' }, // Zotero: Loc. in Archive
  { tag: 'CY', value: 'archive-place' },
  { tag: 'LA', value: 'languageName' },
  { tag: 'AB', value: 'abstract' },
  { tag: 'UR', value: 'url' },
  { tag: 'N1', value: 'note' },
  // One line per topic: Zotero makes each KW line a tag, so a topic must not be split or
  // joined with others ("Foreign aid" stays one tag).
  { tag: 'KW', value: 'keywords' },
]
