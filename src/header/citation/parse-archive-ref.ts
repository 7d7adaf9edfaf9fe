// An archive reference ("Archive of Foreign Policy, Russian Federation (AVP RF), Moscow,
// f. 0100, op. 43, d. 10, papka 302, ll. 1-4") → which archive, where it is, and the position
// inside it. The position is always kept as written; its parts are filled only when the whole
// position reads as one known scheme, so a partly understood reference never claims more
// than memo knows.
import type { ArchivalRef } from '../../model/memo.js'
import { archiveCities, archiveSpellings, type Archive } from './archives.js'
import { locationSchemes } from './location-schemes.js'

export interface ParsedArchiveRef {
  /** For CSL `archive`: the name with its abbreviation, "Name (ABBR)". */
  archive?: string
  /** For CSL `archive-place`. */
  place?: string
  /** For CSL `archive_location`: the position inside the archive, as written. */
  location?: string
  archival: ArchivalRef
  /** The archive was found in the table (false: guessed from the text, or none named). */
  knownArchive: boolean
  /** The position was read as one of the known schemes. */
  knownLocation: boolean
  /** A note on how the copy was obtained that stood where the position goes (no position). */
  provenance?: string
}

export function parseArchiveRef(reference: string): ParsedArchiveRef {
  // A final period ends the sentence, not the reference ("list 3." → "list 3").
  let rest = reference.trim().replace(/\.$/, '').trim()
  const archival: ArchivalRef = {}
  let archive: Archive | undefined

  const known = matchKnownArchive(rest)
  if (known) {
    archive = known.archive
    const written = known.spelling
    archival.repository = archive.name
    archival.abbreviation = isAbbreviation(written, archive) ? written : known.abbreviation ?? archive.abbreviation
    rest = known.rest
  } else {
    const guessed = guessArchive(rest)
    if (guessed) {
      archival.repository = guessed.name
      if (guessed.abbreviation) archival.abbreviation = guessed.abbreviation
      rest = guessed.rest
    }
  }

  // "…, Moscow, f. 0100": a city right after the archive is its place.
  const comma = rest.indexOf(',')
  const head = (comma < 0 ? rest : rest.slice(0, comma)).trim()
  if (archiveCities.has(head)) {
    archival.place = head
    rest = comma < 0 ? '' : rest.slice(comma + 1).trimStart()
  } else if (archive) {
    archival.place = archive.place
  }

  rest = rest.trim()
  let knownLocation = false
  let provenance: string | undefined
  // "AVP RF; copy obtained by NHK, provided to CWIHP, and on file at …": after the archive
  // the source tells how the copy travelled, not where the document lies in the archive.
  // Such a note is not a location; the location is "not found" rather than a wrong one.
  if (rest && isProvenance(rest)) {
    provenance = rest
    rest = ''
  }
  if (rest) {
    archival.location = rest
    for (const scheme of locationSchemes) {
      const parts = scheme.parse(rest)
      if (parts) {
        Object.assign(archival, parts)
        archival.scheme = scheme.name
        knownLocation = true
        break
      }
    }
  }

  const result: ParsedArchiveRef = { archival, knownArchive: archive !== undefined, knownLocation }
  if (provenance) result.provenance = provenance
  if (archival.repository) {
    result.archive = archival.abbreviation ? `${archival.repository} (${archival.abbreviation})` : archival.repository
  }
  if (archival.place) result.place = archival.place
  if (archival.location) result.location = archival.location
  return result
}

/** A note on how a copy was obtained: no number at all, and either a sentence in lower case
 * or the words such notes are made of. A position in an archive always has a number. */
const PROVENANCE_WORDS = /\b(?:copy|copies|obtained|provided|on file|courtesy|donated|photocop\w*|microfilm)\b/iu

function isProvenance(text: string): boolean {
  return !/\d/u.test(text) && (/^\p{Ll}/u.test(text) || PROVENANCE_WORDS.test(text))
}

interface KnownMatch {
  archive: Archive
  spelling: string
  /** The abbreviation written after the name in parentheses, if any. */
  abbreviation?: string
  rest: string
}

/** The longest known spelling the reference starts with, ending at a boundary. */
function matchKnownArchive(text: string): KnownMatch | undefined {
  for (const { spelling, archive } of archiveSpellings) {
    if (!text.startsWith(spelling)) continue
    let rest = text.slice(spelling.length)
    // "PRC FMA 109-…" has no comma; "BArchive" must not match "BArch".
    if (rest && !/^[\s,.(;:]/u.test(rest)) continue
    let abbreviation: string | undefined
    const paren = /^\s*\(([^()]{1,30})\)/u.exec(rest)
    if (paren) {
      abbreviation = paren[1].trim()
      rest = rest.slice(paren[0].length)
    }
    return { archive, spelling, abbreviation, rest: stripSeparator(rest) }
  }
  return undefined
}

/** An archive memo does not know: "Some Archive (ABBR), …" or a first comma-separated part
 * with no digits in it that is followed by a position. */
function guessArchive(text: string): { name: string; abbreviation?: string; rest: string } | undefined {
  const withAbbr = /^([^()\d]{3,200}?)\s*\(([^()]{1,30})\)\s*(?=[,.;]|$)/u.exec(text)
  if (withAbbr) return { name: withAbbr[1].trim(), abbreviation: withAbbr[2].trim(), rest: stripSeparator(text.slice(withAbbr[0].length)) }
  const first = /^([^,\d]{3,200}),\s*(?=\S)/u.exec(text)
  if (first && /\d/.test(text.slice(first[0].length)) && !archiveCities.has(first[1].trim())) {
    return { name: first[1].trim(), rest: text.slice(first[0].length) }
  }
  return undefined
}

/** "AVP RF", "АП РФ", "BArch", "PRC FMA" are abbreviations; "Bundesarchiv" is a name. */
function isAbbreviation(written: string, archive: Archive): boolean {
  if (written === archive.abbreviation) return true
  if (written === archive.name) return false
  return written.length <= 12 && (written.match(/\p{Lu}/gu) ?? []).length >= 2
}

function stripSeparator(text: string): string {
  return text.replace(/^\s*[,.;:]?\s*/u, '')
}
