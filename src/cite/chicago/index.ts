// memo's own Chicago formatter (notes and bibliography, CMOS 17th ed.) for archival records:
// the bibliography entry (`memo cite`, `-f chicago`) and the full note (`memo cite --note`,
// `-f chicago-note`), as plain text or HTML. It replaces citeproc's bundled Chicago style,
// which cites an archival document like a book (the translator in the author's place, the
// archive before the date like a publisher, "F. 0100", the city split off, credits other
// than the translator dropped); it loads nothing, so `-f chicago` starts as fast as any
// other format.
import { type ChicagoRecord, chicagoEntry } from './entry.js'
import { renderHtml, renderText } from './runs.js'

export type { ChicagoRecord, Form } from './entry.js'

export interface ChicagoOptions {
  /** The full note instead of the bibliography entry. */
  note?: boolean
  format: 'text' | 'html'
}

/** Entries for the records, one a line: a bibliography in alphabetical order (letter by
 * letter, by the first word that is not an article, as Chicago orders one), notes in the order given
 * (they follow the text). HTML: a bibliography as citeproc writes one (div.csl-bib-body,
 * one div.csl-entry per entry), notes as an ordered list (ol.csl-notes, li.csl-note). */
export function formatChicago(records: readonly ChicagoRecord[], options: ChicagoOptions): string {
  const form = options.note ? 'note' : 'bibliography'
  let entries = records.map((r) => chicagoEntry(r, form))
  if (form === 'bibliography') entries = bibliographyOrder(entries, renderText)
  if (options.format === 'text') return entries.map((e) => renderText(e) + '\n').join('')
  const [open, close, item] = form === 'note' ? ['<ol class="csl-notes">', '</ol>', 'li class="csl-note"'] : ['<div class="csl-bib-body">', '</div>', 'div class="csl-entry"']
  const tag = item.split(' ')[0]
  return `${open}\n${entries.map((e) => `  <${item}>${renderHtml(e)}</${tag}>\n`).join('')}${close}\n`
}

/** Sorted by a key free of opening quotation marks and brackets, a leading article, case
 * and diacritics; ties by the whole text, then by input order. Code-unit comparison of
 * the keys, not a locale collator: the order is the same on every machine. */
function bibliographyOrder<T>(entries: readonly T[], textOf: (entry: T) => string): T[] {
  const keyed = entries.map((entry, index) => {
    const whole = textOf(entry)
    const key = whole
      .replace(/^[“‘"'([\s]+/u, '')
      .replace(/^(?:the|an?) /iu, '')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
    return { entry, index, key, whole }
  })
  keyed.sort((a, b) => cmp(a.key, b.key) || cmp(a.whole, b.whole) || a.index - b.index)
  return keyed.map((k) => k.entry)
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
