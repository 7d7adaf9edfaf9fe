// The layout's raw header fields → the record's values: ISO date, language tag, the
// document id from the URL, the announced sections. Values stay verbatim where the issue
// says so (title apart from its wraps, summary with its typos, the citation sentence).
import type { VFile } from 'vfile'
import type { CslDate } from '../model/csl.js'
import type { AnnouncedSection, RawHeader } from '../model/raw.js'
import { report } from '../report/report.js'
import { documentId } from './document-id.js'
import { languageByName } from '../data/language-names.js'
import { parseContentsEntry } from './parse-contents.js'
import { parseDate } from './parse-date.js'

export interface HeaderValues {
  id: string
  /** The archive's own number for the document ("110404"), from the URL or the Record ID. */
  documentNumber?: string
  title?: string
  issued?: CslDate
  /** ISO 8601, possibly partial ("1950", "1950-01"). */
  date?: string
  url?: string
  summary?: string
  citation?: string
  originalLanguage?: string
  contents: string[]
  announced: AnnouncedSection[]
}

export function readHeader(header: RawHeader, path: string, file: VFile): HeaderValues {
  const url = header.url?.value
  const { id, fromUrl } = documentId(url, path)
  const values: HeaderValues = { id, contents: [], announced: [] }
  if (fromUrl) values.documentNumber = id.replace(/^wilson-/, '')
  // The current site gives no URL; its Record ID is the number the URL would carry.
  const recordId = header.recordId?.value
  if (!fromUrl && recordId && /^\d+$/.test(recordId)) Object.assign(values, { id: `wilson-${recordId}`, documentNumber: recordId })
  if (url) values.url = url
  if (header.title) values.title = header.title.value
  if (header.summary) values.summary = header.summary.value
  if (header.citation) values.citation = header.citation.value

  if (header.date) {
    const parsed = parseDate(header.date.value)
    if (parsed.kind === 'date') {
      values.date = parsed.iso
      values.issued = parsed.csl
    } else if (parsed.kind === 'undated') {
      report(file, 'header/undated', header.date.position.start, `the document is marked "${header.date.value}"; no date recorded`)
    } else {
      report(file, 'header/bad-date', header.date.position.start, `cannot read "${header.date.value}" as a date; no date recorded`)
    }
  }

  if (header.originalLanguage) {
    // "Russian" or "Russian, German": the first is the original.
    const first = header.originalLanguage.value.split(/(?:(?<!\s)\s+)?(?:,|;|\band\b)\s*/)[0]
    const language = languageByName(first)
    if (language) values.originalLanguage = language.tag
    else report(file, 'header/unknown-language', header.originalLanguage.position.start, `no BCP-47 tag known for the language "${header.originalLanguage.value}"`)
  }

  for (const entry of header.contents ?? []) {
    values.contents.push(entry.value)
    const announced = parseContentsEntry(entry.value)
    if (announced) values.announced.push({ ...announced, position: entry.position.start })
    else report(file, 'header/unknown-language', entry.position.start, `cannot tell the language of the Contents entry "${entry.value}"; the text decides`)
  }
  return values
}
