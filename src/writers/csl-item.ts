// The one CSL-JSON item every bibliographic writer starts from. memo.ref is the record; the
// parsed archive reference and credits fill what ref lacks, so a writer gets the same item
// whether process.ts merged the citation into ref or left it in memo.archival. Field order
// is fixed so that the output is byte-stable.
import type { CslItem, CslName } from '../model/csl.js'
import type { Memo } from '../model/memo.js'
import { catalogueNames } from './mappings/catalogues.js'

/** CSL variables in the order memo writes them. */
export const cslFieldOrder = [
  'id', 'type', 'title', 'author', 'editor', 'translator', 'issued', 'publisher', 'publisher-place',
  'archive', 'archive_location', 'archive-place', 'page', 'language', 'abstract', 'URL', 'source', 'note',
] as const

export function cslItemOf(memo: Memo, id: string = memo.ref.id ?? memo.id): CslItem {
  const ref = memo.ref
  const a = memo.archival
  const merged: CslItem = { ...ref, id, type: ref.type ?? 'manuscript' }
  // A record needs a title to be cited (biblatex requires one); a dump without one gets a
  // devised title in square brackets, the cataloguers' sign that the archive gave none.
  if (typeof merged.title !== 'string' || merged.title.trim() === '') merged.title = `[Untitled document ${memo.id}]`
  if (merged.archive === undefined && a?.repository) merged.archive = a.abbreviation ? `${a.repository} (${a.abbreviation})` : a.repository
  if (merged.archive_location === undefined && a?.location) merged.archive_location = a.location
  if (merged['archive-place'] === undefined && a?.place) merged['archive-place'] = a.place
  if (merged.translator === undefined) {
    const translators = (memo.contributors ?? []).filter((c) => c.role === 'translated').map((c) => c.name as CslName)
    if (translators.length) merged.translator = dedupeNames(translators)
  }
  if (merged.language === undefined && memo.originalLanguage) merged.language = memo.originalLanguage
  if (merged.source === undefined && merged.URL) {
    const source = catalogueOf(merged.URL)
    if (source) merged.source = source
  }
  if (merged.translator?.length === 0) delete merged.translator
  return ordered(merged)
}

/** The related items (section source notes) with ids made unique under the main item's. */
export function relatedItemsOf(memo: Memo, id: string): CslItem[] {
  return (memo.related ?? []).map((item, i) => ordered({ ...item, id: `${id}-source-${i + 1}` }))
}

/** "Archive of Foreign Policy, Russian Federation (AVP RF), Moscow, f. 0100, …": the archive,
 * its city and the position, the way a footnote writes them. */
export function archiveReference(item: CslItem): string | undefined {
  const parts = [item.archive, item['archive-place'], item.archive_location].filter((p): p is string => typeof p === 'string' && p !== '')
  return parts.length ? parts.join(', ') : undefined
}

/** The record's keywords one by one: the topics the page lists when the memo has them
 * (a topic may hold a comma, "Korea (North)--Foreign relations, 1945-"), else the CSL
 * `keyword` variable split at commas, as CSL processors and Zotero write it. */
export function keywordsOf(item: CslItem, topics?: readonly string[]): string[] {
  if (topics?.length) return topics.filter((t) => t.trim() !== '')
  return typeof item.keyword === 'string' ? item.keyword.split(',').map((k) => k.trim()).filter(Boolean) : []
}

/** The year, month and day of the first date in `issued`, when given. */
export function dateParts(item: CslItem): [number, number?, number?] | undefined {
  const parts = item.issued?.['date-parts']?.[0]
  return parts && typeof parts[0] === 'number' ? parts : undefined
}

export function nameText(name: CslName): string {
  if (name.literal) return name.literal
  return [name.given, name.family].filter(Boolean).join(' ')
}

function catalogueOf(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.replace(/^www\./u, '')
    return catalogueNames[host]
  } catch {
    return undefined
  }
}

function dedupeNames(names: CslName[]): CslName[] {
  const seen = new Set<string>()
  return names.filter((n) => {
    const k = JSON.stringify(n)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

function ordered(item: CslItem): CslItem {
  const out: Record<string, unknown> = {}
  for (const k of cslFieldOrder) if (item[k] !== undefined) out[k] = item[k]
  for (const k of Object.keys(item).sort()) if (!(k in out) && item[k] !== undefined) out[k] = item[k]
  return out as CslItem
}
