// --format chicago: the document's Chicago bibliography entry (notes-bibliography, CMOS 17th
// ed.), plain text, as `memo cite` prints it. memo's own formatter (cite/chicago/) writes it
// from the record: the CSL item with every credit and the parsed archive reference.
import { formatChicago } from '../cite/chicago/index.js'
import type { Memo } from '../model/memo.js'
import { citationKey } from './citation-key.js'
import { cslItemOf } from './csl-item.js'
import type { Writer } from './types.js'

/** The record as the Chicago formatter reads it, under the document's citation key (which
 * memo cite's CSL styles read), or under `key`: memo's own Chicago entries never print it. */
export function chicagoRecordOf(memo: Memo, key = citationKey(memo)) {
  const { contributors, archival, related } = memo.record
  return { csl: cslItemOf(memo, key), contributors, archival, related }
}

export const chicago: Writer = {
  name: 'chicago',
  extname: '.chicago.txt',
  description: 'Chicago bibliography entry (notes-bibliography), plain text',
  write(memo: Memo) {
    return formatChicago([chicagoRecordOf(memo)], { format: 'text' })
  },
}
