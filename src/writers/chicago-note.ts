// --format chicago-note: the document's full Chicago note (the first citation of it in a
// footnote or endnote, CMOS 17th ed.), plain text, as `memo cite --note` prints it.
import { formatChicago } from '../cite/chicago/index.js'
import type { Memo } from '../model/memo.js'
import { chicagoRecordOf } from './chicago.js'
import type { Writer } from './types.js'

export const chicagoNote: Writer = {
  name: 'chicago-note',
  extname: '.chicago-note.txt',
  description: 'Chicago full note (first citation in a footnote), plain text',
  write(memo: Memo) {
    return formatChicago([chicagoRecordOf(memo)], { format: 'text', note: true })
  },
}
