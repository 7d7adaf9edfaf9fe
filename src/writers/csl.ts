// --format csl: a CSL-JSON array that Zotero, pandoc and citeproc read. The document is a
// `manuscript` with archive, archive_location and archive-place; a section's own published
// source (the Chinese "[源：…]" note) follows it as a second item, so importing the file
// brings both into a library.
import type { CslItem } from '../model/csl.js'
import type { Memo } from '../model/memo.js'
import { citationKey } from './citation-key.js'
import { cslItemOf, relatedItemsOf } from './csl-item.js'
import { cslLibrary } from './csl-library.js'
import type { Writer } from './types.js'

/** The document's CSL item (id = its citation key), then its related items. */
export function cslItemsOf(memo: Memo, options: { related?: boolean } = {}): CslItem[] {
  const key = citationKey(memo)
  const main = cslItemOf(memo, key)
  return options.related === false ? [main] : [main, ...relatedItemsOf(memo, key)]
}

export const csl: Writer = {
  name: 'csl',
  extname: '.csl.json',
  description: 'CSL-JSON array for Zotero, pandoc and citeproc (manuscript with archive fields)',
  write(memo: Memo) {
    return JSON.stringify(cslItemsOf(memo), null, 2) + '\n'
  },
  library: cslLibrary,
}
