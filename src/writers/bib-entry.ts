// One .bib entry from a CSL item and a mapping table (mappings/bibtex.ts, biblatex.ts).
// The table says which field takes which value; this file computes the values and writes
// them, escaped, one field a line, in the table's order.
import { isoDate, type CslItem } from '../model/csl.js'
import type { Memo } from '../model/memo.js'
import type { BibKind, BibMapping, BibValue } from './mappings/bib-fields.js'
import { englishName } from '../data/language-names.js'
import { archiveReference, cslItemOf, dateParts, keywordsOf } from './csl-item.js'
import { escapeTex, escapeUrl, MONTH_MACROS, protectCase, texNames } from './tex.js'
import { citationKey } from './citation-key.js'

type Raw = { text: string } | { names: NonNullable<CslItem['translator']> }

/** What a .bib entry takes beside the CSL item: the topics one by one, and the original
 * language, which CSL has no variable for. */
export interface BibExtras {
  keywords: readonly string[]
  originalLanguage?: string
}

function valueOf(value: BibValue, item: CslItem, extras: BibExtras): Raw | undefined {
  const str = (s: unknown) => (typeof s === 'string' && s.trim() !== '' ? { text: s } : undefined)
  const parts = dateParts(item)
  switch (value) {
    case 'title': return str(item.title)
    case 'genre': return str(item.genre)
    case 'author': return item.author?.length ? { names: item.author } : undefined
    case 'translator': return item.translator?.length ? { names: item.translator } : undefined
    case 'year': return parts ? { text: String(parts[0]) } : undefined
    case 'month': return parts?.[1] ? { text: MONTH_MACROS[parts[1] - 1] } : undefined
    // An undated document is EDTF "XXXX" (year unspecified): biblatex requires a date for
    // @misc, and "n.d." or an invented year would be a wrong value, not a missing one.
    case 'date': return { text: isoDate(item.issued) ?? 'XXXX' }
    case 'publisher': return str(item.publisher)
    case 'publisherAndArchive': return str([item.publisher, archiveReference(item)].filter(Boolean).join(', '))
    case 'archiveReference': return str(archiveReference(item))
    case 'credits': return str(item.note)
    case 'creditsAndLanguage': {
      const lang = englishName(extras.originalLanguage)
      return str([item.note, lang ? `Original language: ${lang}.` : undefined].filter(Boolean).join(' '))
    }
    case 'url': return str(item.URL)
    case 'abstract': return str(item.abstract)
    case 'keywords': return str(extras.keywords.map((k) => k.trim()).filter(Boolean).join(', '))
    // The record's own language: the titles memo writes are English translations' titles;
    // a title in another script gets no langid rather than a wrong one.
    case 'langid': return typeof item.title === 'string' && !/[^\p{Script=Latin}\p{N}\p{P}\p{Z}\p{S}]/u.test(item.title) ? { text: 'english' } : undefined
  }
}

function render(raw: Raw, kind: BibKind): string {
  if ('names' in raw) return `{${texNames(raw.names)}}`
  switch (kind) {
    case 'title': return `{${protectCase(raw.text)}}`
    case 'url': return `{${escapeUrl(raw.text)}}`
    case 'bare': return raw.text
    default: return `{${escapeTex(raw.text)}}`
  }
}

/** One entry; the keywords are the topics (by default the item's `keyword`, split at commas). */
function bibEntry(mapping: BibMapping, key: string, item: CslItem, extras: BibExtras = { keywords: keywordsOf(item) }): string {
  const lines = [`@${mapping.entryType}{${key},`]
  const width = Math.max(...mapping.fields.map((f) => f.field.length))
  for (const f of mapping.fields) {
    const raw = valueOf(f.value, item, extras)
    if (raw) lines.push(`  ${f.field.padEnd(width)} = ${render(raw, f.kind)},`)
  }
  lines.push('}')
  return lines.join('\n') + '\n'
}

/** One document's entry in a dialect (BibTeX or BibLaTeX): the writers differ only in the
 * mapping table they pass. */
export function bibEntryOf(memo: Memo, mapping: BibMapping): string {
  const key = citationKey(memo)
  return bibEntry(mapping, key, cslItemOf(memo, key), { keywords: keywordsOf(memo.record.csl, memo.record.topics), originalLanguage: memo.record.originalLanguage })
}
