// Control characters have no business in a text dump, and in the outputs they do harm: an
// ESC in a title colours a terminal, a NUL or a form feed ends up in a .bib or .ris file
// that other programs then refuse. decode.ts lets a handful through (a real dump has a few
// strays); here each becomes a space. One character for one keeps every offset, line and
// column the later stages report pointing where it did.
import type { VFile } from 'vfile'
import { report } from '../report/report.js'
import { pointAt } from './point-at.js'

// C0 controls other than tab and line feed (carriage returns are gone by now), DEL, C1.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/** The text with every control character made a space; one message on the file: info when
 * they were only form feeds (pdftotext puts one between pages), a warning otherwise. */
export function blankControls(text: string, file: VFile): string {
  CONTROL.lastIndex = 0
  if (!CONTROL.test(text)) return text
  let count = 0
  let formFeeds = 0
  let first = -1
  const out = text.replace(CONTROL, (c, offset: number) => {
    count++
    if (c === '\f') formFeeds++
    if (first === -1) first = offset
    return ' '
  })
  const place = pointAt(text, first)
  if (formFeeds === count) report(file, 'read/form-feed', place, `${count} form feed${count === 1 ? '' : 's'} (page breaks of a PDF export) read as spaces`)
  else {
    const code = text.charCodeAt(first).toString(16).toUpperCase().padStart(4, '0')
    report(file, 'read/control-characters', place, `${count} control character${count === 1 ? '' : 's'} (the first U+${code}) replaced with spaces`)
  }
  return out
}
