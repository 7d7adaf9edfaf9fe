// The record's CSL item as the bibliographic writers cite it, and the small readings of it
// they share. The record (header/record.ts) is complete; a writer only selects and orders.
import { orderedCslItem, type CslItem } from '../model/csl.js'
import type { Memo } from '../model/memo.js'

/** The record's item under the id `id` (a citation key). A record needs a title to be cited
 * (biblatex requires one); a dump without one gets a devised title in square brackets, the
 * cataloguers' sign that the archive gave none. */
export function cslItemOf(memo: Memo, id: string = memo.id): CslItem {
  const item: CslItem = { ...memo.record.csl, id }
  if (typeof item.title !== 'string' || item.title.trim() === '') item.title = `[Untitled document ${memo.id}]`
  return orderedCslItem(item)
}

/** The related items (section source notes) with ids made unique under the main item's. */
export function relatedItemsOf(memo: Memo, id: string): CslItem[] {
  return (memo.record.related ?? []).map((item, i) => orderedCslItem({ ...item, id: `${id}-source-${i + 1}` }))
}

/** "Archive of Foreign Policy, Russian Federation (AVP RF), Moscow, f. 0100, …": the archive,
 * its city and the position, the way a footnote writes them. */
export function archiveReference(item: CslItem): string | undefined {
  const parts = [item.archive, item['archive-place'], item.archive_location].filter((p): p is string => typeof p === 'string' && p !== '')
  return parts.length ? parts.join(', ') : undefined
}

/** The record's keywords one by one: its topics when it has them (a topic may hold a comma,
 * "Korea (North)--Foreign relations, 1945-"), else the CSL `keyword` variable split at
 * commas, as CSL processors and Zotero write it. */
export function keywordsOf(item: CslItem, topics?: readonly string[]): string[] {
  if (topics?.length) return topics.filter((t) => t.trim() !== '')
  return typeof item.keyword === 'string' ? item.keyword.split(',').map((k) => k.trim()).filter(Boolean) : []
}

/** The year, month and day of the first date in `issued`, when given. */
export function dateParts(item: CslItem): [number, number?, number?] | undefined {
  const parts = item.issued?.['date-parts']?.[0]
  return parts && typeof parts[0] === 'number' ? parts : undefined
}
