// A saved page that lists documents instead of holding one: the archive's search results
// ("61 - 70 of 76", then for each hit its date, title and summary) and its collection
// pages (the collection's title and blurb, then "• February 19, 1958", title, summary for
// each document). Read as a document it gave a record with no title and the whole list as
// one section of body text, and in a batch a junk entry in every library. Evidence: a
// results counter near the top, or dated entries set as a list; in both cases at least two
// entries, each a date alone on its line with a title on the next; and none of the labels
// a document's page has.
import type { Source } from '../model/source.js'
import { FULL_MONTHS } from './header-lines.js'

const COUNTER = /^\d[\d,]* - \d[\d,]* of \d[\d,]*$/u
const DATE_LINE = new RegExp(`^(?<bullet>[•·*-]\\s*)?(?:${FULL_MONTHS}) \\d{1,2}, \\d{4}$`, 'u')
/** Lines at the top where the counter stands (after "Skip to content" and blank lines). */
const COUNTER_REACH = 8
/** Labels of a document's own page in every layout: a page with one is a document, whatever
 * list of related documents it may also show. */
const DOCUMENT_LABEL = /^(?:Citation|Original Language|Contents|Document Information|Original Archive|Summary|Source):?$/u

/** How many documents the page lists, or 0 when it does not look like a list. */
export function listedDocuments(source: Source): number {
  const lines = source.lines.map((l) => l.text.trim()).filter((t) => t !== '')
  if (lines.some((t) => DOCUMENT_LABEL.test(t))) return 0
  const counter = lines.slice(0, COUNTER_REACH).some((t) => COUNTER.test(t))
  let entries = 0
  let bulleted = 0
  for (let k = 0; k + 1 < lines.length; k++) {
    const m = DATE_LINE.exec(lines[k])
    if (!m) continue
    const next = lines[k + 1]
    // the title: a line of its own, not another date and not a sentence of body text
    if (DATE_LINE.test(next) || next.length > 200) continue
    entries++
    if (m.groups?.bullet) bulleted++
  }
  if (entries < 2) return 0
  return counter || bulleted >= 2 ? entries : 0
}
