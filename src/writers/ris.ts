// --format ris: one RIS record per document with Zotero's manuscript mapping (DB archive,
// AN archive location, A4 translator). Every value is on one line: RIS has no continuation
// lines, and a reader that meets a wrapped value loses the rest of it.
import type { CslItem, CslName } from '../model/csl.js'
import type { Memo } from '../model/memo.js'
import { citationKey } from './citation-key.js'
import { cslItemOf, dateParts, keywordsOf } from './csl-item.js'
import { englishName } from '../data/language-names.js'
import { risMapping, risTypes, type RisValue } from './mappings/ris.js'
import type { Writer } from './types.js'

function oneLine(s: string): string {
  return s.replace(/\s+/gu, ' ').trim()
}

/** RIS names are "Family, Given"; a name kept whole (an embassy, a ministry) is written as
 * it is, which Zotero reads as a one-field name. */
function risName(n: CslName): string {
  return n.literal ?? [n.family, n.given].filter(Boolean).join(', ')
}

function valuesOf(value: RisValue, item: CslItem, keywords: readonly string[]): string[] {
  const str = (s: unknown) => (typeof s === 'string' && s.trim() !== '' ? [s] : [])
  const parts = dateParts(item)
  switch (value) {
    case 'type': return [risTypes[item.type] ?? 'GEN']
    case 'title': return str(item.title)
    case 'genre': return str(item.genre)
    case 'author': return (item.author ?? []).map(risName)
    case 'translator': return (item.translator ?? []).map(risName)
    case 'keywords': return keywords.filter((k) => k.trim() !== '')
    case 'year': return parts ? [String(parts[0])] : []
    // RIS dates are YYYY/MM/DD/other; unknown parts stay empty ("1950//").
    case 'date': return parts ? [`${parts[0]}/${parts[1] ? String(parts[1]).padStart(2, '0') : ''}/${parts[2] ? String(parts[2]).padStart(2, '0') : ''}/`] : []
    case 'publisher': return str(item.publisher)
    case 'archive': return str(item.archive)
    case 'archive_location': return str(item.archive_location)
    case 'archive-place': return str(item['archive-place'])
    case 'languageName': return str(englishName(item.language) ?? item.language)
    case 'abstract': return str(item.abstract)
    case 'url': return str(item.URL)
    case 'note': return str(item.note)
  }
}

/** One record; `keywords` one KW line each (by default the item's `keyword`, split at commas). */
function risRecord(item: CslItem, keywords: readonly string[] = keywordsOf(item)): string {
  const lines: string[] = []
  for (const { tag, value } of risMapping) for (const v of valuesOf(value, item, keywords)) lines.push(`${tag}  - ${oneLine(v)}`)
  lines.push('ER  - ')
  return lines.join('\n') + '\n'
}

export const ris: Writer = {
  name: 'ris',
  extname: '.ris',
  description: 'RIS (TY MANSCPT) with Zotero\'s archive mapping: DB archive, AN location, AU author, A4 translator, KW topics',
  write(memo: Memo) {
    return risRecord(cslItemOf(memo, citationKey(memo)), keywordsOf(memo.record.csl, memo.record.topics))
  },
}
