// --format chicago: the document's bibliography entry in Chicago notes-bibliography, as
// `memo cite` prints it. The citeproc engine is imported only when this writer runs, so the
// registry can list it without making every command pay for citeproc's start-up.
import type { Memo } from '../model/memo.js'
import { cslItemsOf } from './csl.js'
import type { Writer } from './types.js'

export const chicago: Writer = {
  name: 'chicago',
  extname: '.chicago.txt',
  description: 'Chicago bibliography entry (notes-bibliography), plain text, rendered by citeproc',
  async write(memo: Memo) {
    const { formatCitations } = await import('../cite/index.js')
    return formatCitations(cslItemsOf(memo, { related: false }), { style: 'chicago', format: 'text' })
  },
}
