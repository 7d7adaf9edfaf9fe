// One archival document as a Chicago bibliography entry or full note (CMOS 17th ed.,
// 14.221–14.231, manuscript collections: the specific item first, then where it is kept;
// 14.100ff for a document printed in a book). The parts, in order:
//
//   1. the author, where the record names one (a person or a body)
//   2. the title: in quotation marks, a devised title without (title.ts)
//   3. the date, "n.d." when there is none (dates.ts)
//   4. the archive reference as written, folio and page ranges en-dashed (ranges.ts)
//   5. the repository with its city, "Archive of Foreign Policy, Russian Federation (AVP RF),
//      Moscow" (the city left out when the name already ends with it); or, for a document
//      the record knows only from a published book (no archive, a related book), the book
//   6. the credits, every one, in the credits sentence's order (credits.ts)
//   7. the online archive that published the document (publisher, else the catalogue)
//   8. the URL
//
// The bibliography puts a period after each part and inverts the first author (names.ts);
// the note puts a comma after each part but the last, and one period at its end. At each
// edge the rules of runs.ts apply (the mark inside the closing quotation mark, none after
// "?" or "!", no second period after an abbreviation). So, case by case:
//
//   person author    Voronov, Pavel. “Title.” April 12, 1957. f. 0102, … ll. 44–47. Archive…, Moscow.
//                    Pavel Voronov, “Title,” April 12, 1957, f. 0102, … ll. 44–47, Archive…, Moscow.
//   body author      Hungarian Embassy in Hanoi. “Title.” …  /  Hungarian Embassy in Hanoi, “Title,” …
//   no author        “Title.” January 1, 1950. …  /  “Title,” January 1, 1950, …
//   month, year      … “Title.” March 1955. …  /  … “Title,” 1955, …
//   no date          “Title.” n.d. f. 07, … (the reference keeps its lower-case "f.")
//                    “Title,” n.d., f. 07, …
//   title with "?"   “Should the Port Be Leased?” May 5, 1952. …  /  “… Leased?” May 5, 1952, …
//   credits          … Moscow. Obtained by Odd Arne Westad. Translated by Daniel Rozas. …
//                    … Moscow, obtained by Odd Arne Westad, trans. Daniel Rozas, …
//   no translator    … College Park. Obtained by Thomas Reiner.  /  … College Park, obtained by Thomas Reiner.
//   online, URL      … History and Public Policy Program Digital Archive. http://….
//                    … History and Public Policy Program Digital Archive, http://….
//   published book   “Title.” August 14, 1956. In <i>Book</i>, 112–118. Hong Kong: Harbour Press, 2004. …
//                    “Title,” August 14, 1956, in <i>Book</i> (Hong Kong: Harbour Press, 2004), 112–118, …
//
// The URL (CMOS 14.7) ends the entry with a period like any other part; there is no access
// date, which CMOS does not require for a document an archive has published (14.12).
import type { CslItem } from '../../model/csl.js'
import type { ArchivalRef, Contributor } from '../../model/memo.js'
import { clean } from './clean.js'
import { clauseText, creditClauses } from './credits.js'
import { formatDate } from './dates.js'
import { bibliographyAuthors, noteAuthors } from './names.js'
import { dashed, locationWithRanges } from './ranges.js'
import { joinParts, text, type Part, type Run } from './runs.js'
import { titleRun } from './title.js'

/** What the formatter reads: the record's CSL item, and memo's structured views of what CSL
 * has no variables for (every credit with its role, the parsed reference, published
 * sources). A bare CSL item is cited from its CSL variables alone. */
export interface ChicagoRecord {
  csl: CslItem
  contributors?: readonly Contributor[]
  archival?: ArchivalRef
  related?: readonly CslItem[]
}

export type Form = 'bibliography' | 'note'

export function chicagoEntry(record: ChicagoRecord, form: Form): Part {
  const item = record.csl
  const parts: Part[] = []
  const authors = form === 'note' ? noteAuthors(item.author ?? []) : bibliographyAuthors(item.author ?? [])
  parts.push([text(authors)])
  const title = clean(str(item.title))
  if (title) parts.push([titleRun(title)])
  parts.push([text(formatDate(item.issued))])

  const location = clean(str(item.archive_location))
  const repository = repositoryOf(item)
  if (location || repository) {
    parts.push([text(locationWithRanges(location, record.archival))], [text(repository)])
  } else {
    const book = record.related?.find((r) => r.type === 'book' && clean(str(r.title)) !== '')
    if (book) parts.push(...publishedIn(book, form))
  }

  for (const clause of creditClauses(record.contributors, item)) parts.push([text(clauseText(clause, form))])
  parts.push([text(clean(str(item.publisher) || str(item.source)))])
  const url = clean(str(item.URL))
  if (url) parts.push([{ kind: 'link', text: url }])
  return joinParts(parts, form === 'note' ? ',' : '.')
}

/** "Archive of Foreign Policy, Russian Federation (AVP RF), Moscow". */
function repositoryOf(item: CslItem): string {
  const archive = clean(str(item.archive))
  const place = clean(str(item['archive-place']))
  if (!place) return archive
  if (!archive) return place
  const last = archive.split(/, /u).pop()
  return last === place ? archive : `${archive}, ${place}`
}

/** The book a document was printed in (CMOS 14.100ff, a part of a book or a document in a
 * published collection): note "in
 * <i>Title</i> (Place: Publisher, Year), pages"; bibliography "In <i>Title</i>, pages" and
 * "Place: Publisher, Year" as parts of their own. */
function publishedIn(book: CslItem, form: Form): Part[] {
  const title: Run = { kind: 'italic', text: clean(str(book.title)) }
  const pages = dashed(clean(str(book.page)))
  const place = clean(str(book['publisher-place']))
  const publisher = clean(str(book.publisher))
  const year = book.issued ? formatDate(book.issued) : ''
  const facts = [[place, publisher].filter(Boolean).join(': '), year].filter(Boolean).join(', ')
  if (form === 'note') {
    const tail = `${facts ? ` (${facts})` : ''}${pages ? `, ${pages}` : ''}`
    return [[text('in '), title, ...(tail ? [text(tail)] : [])]]
  }
  return [[text('In '), title, ...(pages ? [text(`, ${pages}`)] : [])], [text(facts)]]
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
