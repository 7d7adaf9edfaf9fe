// The bibliographic record, built once: the header's own fields, the citation sentence (or
// the current site's Source block), the page's footer and the sections' own source notes
// → one CSL item beside the structured archive reference and credits. Every writer starts
// from this record and only selects and orders its fields.
//
// Precedence: the header's title, date and URL win over the citation's; the citation fills
// what the header lacks; the footer fills what neither gave. A value no part gives is left
// out, never guessed.
import type { VFile } from 'vfile'
import { catalogueNames, wilsonDocumentUrl } from '../data/catalogues.js'
import { orderedCslItem, type CslItem, type CslName } from '../model/csl.js'
import type { DocumentRecord, Section } from '../model/memo.js'
import type { Field, RawHeader } from '../model/raw.js'
import { report } from '../report/report.js'
import { parseCitation, parseReferenceAndCredits, type ParsedReference } from './citation/parse-citation.js'
import { parseSourceNote } from './citation/parse-source-note.js'
import { parseDate } from './parse-date.js'
import type { HeaderValues } from './read-header.js'

/** The record of one document. `sections` are read only for their first paragraphs, where a
 * translation names its own published source ("[源：…]"). */
export function buildRecord(header: HeaderValues, raw: RawHeader, sections: readonly Section[], file: VFile): DocumentRecord {
  const csl: CslItem = { id: header.id, type: 'manuscript' }
  if (header.title) csl.title = header.title
  if (header.issued) csl.issued = header.issued
  if (header.url) csl.URL = header.url
  // the current site gives its Record ID, not a URL line
  else if (raw.recordId && header.documentNumber && raw.recordId.value === header.documentNumber) csl.URL = wilsonDocumentUrl(header.documentNumber)
  if (header.summary) csl.abstract = header.summary
  if (raw.genre) csl.genre = raw.genre.value
  const language = recordLanguage(sections)
  if (language) csl.language = language

  // The citation sentence, or else the Source block: the same reference-and-credits tail.
  const cited = header.citation
    ? parseCitation(header.citation, file, raw.citation?.position.start)
    : raw.source && parseReferenceAndCredits(raw.source.value, file, raw.source.position.start)
  if (cited) fillFrom(csl, cited)
  if (raw.originalArchive) fillArchive(csl, raw.originalArchive, file)
  if (raw.authors?.length) csl.author = raw.authors.map((a) => authorName(a.value))
  const topics = values(raw.topics)
  if (topics) csl.keyword = topics.join(', ')

  const archival = cited ? cited.archival : undefined
  if (archival) {
    if (csl.archive === undefined && archival.repository) csl.archive = archival.abbreviation ? `${archival.repository} (${archival.abbreviation})` : archival.repository
    if (csl.archive_location === undefined && archival.location) csl.archive_location = archival.location
    if (csl['archive-place'] === undefined && archival.place) csl['archive-place'] = archival.place
  }
  const catalogue = csl.URL ? catalogueOf(csl.URL) : undefined
  if (catalogue && csl.source === undefined) csl.source = catalogue

  const related = relatedSources(header.id, sections, file)
  const uploaded = uploadDate(raw.uploaded, file)
  return {
    csl: orderedCslItem(csl),
    ...(header.documentNumber && { documentNumber: header.documentNumber }),
    ...(header.originalLanguage && { originalLanguage: header.originalLanguage }),
    ...((header.citation ?? raw.source?.value) && { citation: header.citation ?? raw.source?.value }),
    ...(archival && { archival }),
    ...(cited && cited.archives && { archives: cited.archives }),
    ...(cited && cited.contributors.length && { contributors: cited.contributors }),
    ...(related.length && { related }),
    ...(topics && { topics }),
    ...(values(raw.people) && { people: values(raw.people) }),
    ...(values(raw.places) && { places: values(raw.places) }),
    ...(raw.rights && { rights: raw.rights.value }),
    ...(uploaded && { uploaded }),
    ...(raw.funders && { funding: raw.funders.value }),
  }
}

/** The parsed citation's fields where the record has none yet; its translators as CSL's. */
function fillFrom(csl: CslItem, cited: ParsedReference & { title?: string; issued?: CslItem['issued']; publisher?: string; URL?: string }): void {
  const { contributors: _c, translator, archival: _a, archives: _s, ...fields } = cited
  for (const [key, value] of Object.entries(fields)) if (value !== undefined && csl[key] === undefined) csl[key] = value
  if (translator.length) csl.translator = translator
}

/** The footer's "Original Archive" names the archive when the Source block did not. When
 * both do and they name it differently, the Source block's (read against memo's table of
 * archives) is kept and the footer's spelling is reported, so it is not lost unseen. */
function fillArchive(csl: CslItem, field: Field, file: VFile): void {
  if (csl.archive === undefined) {
    csl.archive = field.value
    return
  }
  if (withoutAbbreviation(csl.archive) !== withoutAbbreviation(field.value)) {
    report(file, 'header/original-archive', field.position.start, `the page's Original Archive "${field.value}" differs from the Source's "${csl.archive}"; the Source's is recorded`)
  }
}

/** "Russian State Archive of Contemporary History (RGANI)" → "russian state archive of
 * contemporary history": the name without its closing abbreviation, in lower case. */
function withoutAbbreviation(name: string): string {
  const t = name.trim()
  const open = t.endsWith(')') ? t.lastIndexOf('(') : -1
  return (open > 0 ? t.slice(0, open) : t).trim().toLowerCase()
}

/** A name from the Author(s) block: the site writes people "Family, Given" and bodies
 * ("Soviet Embassy in Pyongyang") whole. */
function authorName(text: string): CslName {
  const m = /^([^,]{1,80}), ([^,]{1,80})$/.exec(text.trim())
  if (m && !/\d/.test(text)) return { family: m[1], given: m[2] }
  return { literal: text.trim() }
}

/** The record's own language, which CSL's `language` names (citeproc title-cases only
 * English records): the language of the text the record describes. The Digital Archive
 * describes its English translation (title and summary are English), so a document with an
 * English section is English; otherwise it is the language of its first section with text. */
function recordLanguage(sections: readonly Section[]): string | undefined {
  const texts = sections.filter((s) => s.paragraphs.length > 0 && s.lang !== 'und')
  return texts.some((s) => s.lang === 'en') ? 'en' : texts[0]?.lang
}

/** A section's own published source ("[源：…]" opening the Chinese translation). */
function relatedSources(id: string, sections: readonly Section[], file: VFile): CslItem[] {
  const related: CslItem[] = []
  for (const section of sections) {
    const first = section.paragraphs[0]
    if (!first) continue
    const item = parseSourceNote(first.text, file, first.position.start, { id: `${id}-${section.id}-source` })
    if (item) related.push(item)
  }
  return related
}

function uploadDate(field: Field | undefined, file: VFile): string | undefined {
  if (!field) return undefined
  const d = parseDate(field.value)
  if (d.kind === 'date') return d.iso
  report(file, 'header/bad-date', field.position.start, `cannot read the upload date "${field.value}"; not recorded`)
  return undefined
}

function values(fields: Field[] | undefined): string[] | undefined {
  return fields?.length ? fields.map((f) => f.value) : undefined
}

function catalogueOf(url: string): string | undefined {
  try {
    return catalogueNames[new URL(url).hostname.replace(/^www\./u, '')]
  } catch {
    return undefined
  }
}
