// A section's own source note → a related CSL item. The Chinese translations open with
//   [源：<collection title> (<place>：<publisher>, <year>), <pages>.]
// The title may hold parentheses of its own ("(1949 年10 月-1951 年12 月)"), so the
// publication facts are the last parenthesised group that reads "place：publisher, year".
// PDF extraction drops Han glyphs and leaves a space in their place; those gaps are kept
// as they are (guessing the lost characters would invent text) and reported.
import type { VFile } from 'vfile'
import type { CslItem } from '../../model/csl.js'
import type { Point } from '../../model/memo.js'
import { report } from '../../report/report.js'

export interface SourceNoteOptions {
  /** The CSL id of the item; process.ts makes it unique ("wilson-110404-source-1"). */
  id?: string
  /** BCP-47 tag of the note's language; "zh" for the 源 notes. */
  language?: string
}

// The body's white space and one closing full stop are trimmed in code (noteBody): as one
// regex, "\s*([^\]]*?)\s*\.?\s*" backtracks polynomially on a long run of spaces.
const NOTE = /^\[\s*(源|Source|Источник)\s*[：:]([^\]]*)\]$/u
// "(北京：世界知 出版社, 2009)" at the end of the title part, then ", 80-83".
const FACTS = /\(([^()：:]+)[：:]\s*([^()\s][^()]*?|\s),\s*(\d{4})\)\s*(?:,\s*(?:pp?\.\s*)?([\d０-９]+(?:\s*[-–]\s*[\d０-９]+)?))?$/u
const LOST_GLYPH = /\p{Script=Han} +\p{Script=Han}/u

/** Returns undefined when the line is not a source note at all. */
export function parseSourceNote(line: string, file: VFile, place?: Point, options: SourceNoteOptions = {}): CslItem | undefined {
  const note = NOTE.exec(line.trim())
  if (!note) return undefined
  const body = noteBody(note[2])
  const item: CslItem = { id: options.id ?? 'source', type: 'book' }
  const language = options.language ?? (note[1] === '源' ? 'zh' : undefined)
  if (language) item.language = language

  const facts = FACTS.exec(body)
  if (facts) {
    item.title = body.slice(0, facts.index).trim()
    item['publisher-place'] = facts[1].trim()
    item.publisher = facts[2].trim()
    item.issued = { 'date-parts': [[Number(facts[3])]] }
    if (facts[4]) item.page = facts[4].replace(/\s+/gu, '')
  } else {
    item.title = body
    report(file, 'citation/bad-source-note', place, `The source note “${line.trim()}” does not read as “title (place: publisher, year), pages”; it is kept as the title.`)
  }
  if (LOST_GLYPH.test(body)) {
    // Said in the record too, so whoever imports the item knows the gaps are not spelling.
    item.note = 'Han characters lost in text extraction are left as spaces.'
    report(file, 'citation/missing-glyphs', place, `The source note “${line.trim()}” has spaces where Han characters were lost; the gaps are kept.`)
  }
  return item
}

/** What lies between "源：" and "]", less white space at both ends and one full stop at the
 * end (with the white space around it). */
function noteBody(inner: string): string {
  const t = inner.trim()
  return t.endsWith('.') ? t.slice(0, -1).trimEnd() : t
}
