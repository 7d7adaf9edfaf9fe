// The citation sentence → the parts of the record. The sentence has one shape across the
// Wilson Center's layouts:
//   “<Title>,” <date>, <publisher>, <archive reference>. <credits>. [<URL>]
// (straight or curly quotes, sometimes " ," before the closing quote, sometimes no final
// period). Each part is read by its own parser; what cannot be read stays verbatim and is
// reported, never dropped.
import type { VFile } from 'vfile'
import type { CslDate, CslName } from '../../model/csl.js'
import type { ArchivalRef, Contributor, Point } from '../../model/memo.js'
import { report } from '../../report/report.js'
import { parseDate } from '../parse-date.js'
import { parseArchiveRef, type ParsedArchiveRef } from './parse-archive-ref.js'
import { parseCredits } from './parse-credits.js'
import { publishers } from './publishers.js'

export interface ParsedCitation {
  title?: string
  issued?: CslDate
  publisher?: string
  /** "Name (ABBR)" for CSL `archive`. */
  archive?: string
  /** The position inside the archive, exactly as written. */
  archive_location?: string
  'archive-place'?: string
  archival?: ArchivalRef
  /** Every credited person with a role, translators included. */
  contributors: Contributor[]
  /** The translators, for CSL `translator`. */
  translator: CslName[]
  /** The credits as written ("Obtained by … and translated by …."), for CSL `note`. */
  note?: string
  /** A URL at the end of the sentence (layout C's variant). */
  URL?: string
  /** Each archive of a source that names several (see ParsedReference). */
  archives?: ArchivalRef[]
}

const OPENING_QUOTES: Record<string, string> = { '“': '”', '"': '"', '„': '“', '«': '»' }
// A credit sentence starts with a capitalised role word after a period, or with any role
// word after a semicolon ("…; translation by X slightly revised").
const CREDITS_START = /\.\s+(?=(?:Obtained|Translated|Translation|Contributed|Selected|Edited|Transcribed|Annotated)\b)|;\s+(?=(?:obtained|translated|translation|contributed|selected|edited|transcribed|annotated)\b)/iu
const CREDITS_AT_START = /^\s*(?:obtained|translated|translation|contributed|selected|edited|transcribed|annotated)\b/iu
const LEADING_DATE = /^([A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}|[A-Z][a-z]{2,8},? \d{4}|\d{4}|undated|n\.\s?d\.)\s*(?:,\s*|$)/u

export function parseCitation(citation: string, file: VFile, place?: Point): ParsedCitation {
  const result: ParsedCitation = { contributors: [], translator: [] }
  let rest = citation.replace(/\s+/gu, ' ').trim()

  const url = /(?<!\s)\s*<?(https?:\/\/[^\s<>]+?)>?\.?$/u.exec(rest)
  if (url) {
    result.URL = url[1]
    rest = rest.slice(0, url.index).trim()
  }

  const close = OPENING_QUOTES[rest[0]]
  const end = close ? rest.indexOf(close, 1) : -1
  if (close && end > 1) {
    // "“Title,”" and layout C's "\"Title ,\"": the comma belongs to the sentence.
    result.title = rest.slice(1, end).trim().replace(/(?<!\s)\s*,$/u, '').trim()
    rest = rest.slice(end + 1).replace(/^\s*,?\s*/u, '')
  } else {
    report(file, 'citation/no-title', place, 'The citation has no quoted title at its start.')
  }

  let afterPublisher: string | undefined
  const publisher = publishers.find((p) => rest.includes(p))
  let datePart: string | undefined
  if (publisher) {
    const at = rest.indexOf(publisher)
    result.publisher = publisher
    datePart = rest.slice(0, at).replace(/(?<!\s)\s*,\s*$/u, '').trim()
    afterPublisher = rest.slice(at + publisher.length).replace(/^\s*[,.]?\s*/u, '')
  } else {
    const date = LEADING_DATE.exec(rest)
    if (date) {
      datePart = date[1]
      afterPublisher = rest.slice(date[0].length)
    } else {
      report(file, 'citation/unknown-shape', place, 'The citation has no date and no known publisher after its title; it is kept verbatim.')
      return result
    }
  }

  if (datePart) {
    const date = parseDate(datePart)
    if (date.kind === 'date') result.issued = date.csl
  }

  Object.assign(result, parseReferenceAndCredits(afterPublisher, file, place))
  return result
}

/** Every archive of a source that names several is in `archives`, each with its own
 * reference; the first is also `archival` (and the CSL fields). */
export type ParsedReference = Pick<ParsedCitation, 'archive' | 'archive_location' | 'archive-place' | 'archival' | 'archives' | 'contributors' | 'translator' | 'note'>

/** "<archive reference>. <credits>." alone: the tail of a citation sentence, and the whole
 * of layout D's "Source" line ("RGANI, f. 5, op. 30, d. 1, l. 2. Translated by X."). */
export function parseReferenceAndCredits(text: string, file: VFile, place?: Point): ParsedReference {
  const result: ParsedReference = { contributors: [], translator: [] }
  // Credits with no reference before them ("Translated by X.") start the text.
  const creditsAt = CREDITS_AT_START.test(text) ? { index: 0, 0: '' } : CREDITS_START.exec(text)
  const reference = (creditsAt ? text.slice(0, creditsAt.index) : text).trim()
  const credits = creditsAt ? text.slice(creditsAt.index + creditsAt[0].length).trim() : ''

  const several = reference ? severalArchives(reference) : undefined
  if (several) {
    result.archives = several.map((r) => r.archival)
    for (const r of several) if (r.location && !r.knownLocation) report(file, 'citation/unknown-reference', place, `The archive reference “${r.location}” has no known shape; it is kept as written.`)
  }
  if (reference) {
    const ref = several ? several[0] : parseArchiveRef(reference)
    result.archival = ref.archival
    if (ref.archive) result.archive = ref.archive
    if (ref.location) result.archive_location = ref.location
    if (ref.place) result['archive-place'] = ref.place
    if (ref.provenance) report(file, 'citation/provenance', place, `“${ref.provenance}” tells how the copy was obtained, not where the document lies in the archive; no archive location is given.`)
    if (!ref.knownArchive && ref.archival.repository) {
      report(file, 'citation/unknown-archive', place, `The archive “${ref.archival.repository}” is not in memo's table of archives.`)
    }
    if (ref.location && !ref.knownLocation && !several) {
      report(file, 'citation/unknown-reference', place, `The archive reference “${ref.location}” has no known shape; it is kept as written.`)
    }
  }

  if (credits) {
    const parsed = parseCredits(credits)
    result.contributors = parsed.contributors
    const seen = new Set<string>()
    for (const c of parsed.contributors) {
      const key = JSON.stringify(c.name)
      if (c.role === 'translated' && !seen.has(key)) {
        seen.add(key)
        result.translator.push(c.name)
      }
    }
    for (const l of parsed.literals) {
      report(file, 'citation/literal-name', place, `The name “${l.name}” was kept whole (${l.reason}).`)
    }
    for (const u of parsed.unparsed) {
      report(file, 'citation/unknown-credit', place, `“${u}” could not be read as a credit; it is kept in the note.`)
    }
    result.note = /[.!?]$/u.test(credits) ? credits : `${credits}.`
  }
  return result
}

/** A source that names several archives ("AVP RF, f. 0102, op. 11, d. 45; RGANI, f. 5,
 * op. 30, d. 1"), one reference each, parted by semicolons, or by a full stop or "and"
 * before the next archive: each part read on its own, when every part names an archive memo knows. */
function severalArchives(reference: string): ParsedArchiveRef[] | undefined {
  const parts = reference.split(/;\s+|(?:\.|(?<!\s)\s+and)\s+(?=\p{Lu})/u).map((p) => p.trim()).filter((p) => p !== '')
  if (parts.length < 2) return undefined
  const parsed = parts.map((p) => parseArchiveRef(p))
  return parsed.every((r) => r.knownArchive && r.location) ? parsed : undefined
}
