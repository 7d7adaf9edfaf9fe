// A web page shows only the English text, and the language runs alone make it the
// original. When the record credits a translator and names no other original language,
// it is a translation.
import type { DocumentRecord, Section } from '../model/memo.js'

export function creditedTranslation(sections: Section[], record: DocumentRecord): Section[] {
  const [only] = sections
  if (sections.length !== 1 || record.originalLanguage || only.role !== 'original' || only.lang !== 'en' || !record.csl.translator?.length) return sections
  return [{ ...only, id: 'en-translation', label: 'English Translation', role: 'translation' }]
}
