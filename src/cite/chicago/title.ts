// The document's title as Chicago gives it. An unpublished item with a title of its own takes
// quotation marks (CMOS 14.221–14.231, manuscript collections); a title the cataloguer devised
// takes none: memo writes a devised title in square brackets ("[Untitled document …]"), the
// cataloguers' sign that the archive gave none, and the brackets are kept so that the reader
// sees the title is not the document's own. A quotation inside a quoted title takes single
// quotation marks, as any quotation within a quotation does (CMOS 6.9 and chapter 13):
// “Report on the ‘Open Door’ Question.”
import type { Run } from './runs.js'

export function titleRun(title: string): Run {
  if (isDevised(title)) return { kind: 'text', text: title }
  return { kind: 'quoted', text: singleInnerQuotes(title) }
}

/** The whole title in one pair of square brackets. */
function isDevised(title: string): boolean {
  return title.startsWith('[') && title.endsWith(']') && title.indexOf(']') === title.length - 1
}

/** “…”, „…“ and "…" inside the title → ‘…’. A lone straight double quote (an inch mark, a
 * quotation the title leaves open) stays as it is: turning it would pair it with nothing. */
function singleInnerQuotes(title: string): string {
  // most titles quote nothing
  if (!/["“„]/u.test(title)) return title
  let out = title.replace(/“([^“”]*)”/gu, '‘$1’').replace(/„([^„“”]*)[“”]/gu, '‘$1’')
  out = out.replace(/"([^"]*)"/gu, '‘$1’')
  return out
}
