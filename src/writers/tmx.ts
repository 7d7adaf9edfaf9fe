// TMX 1.4b: the alignment as a translation memory. One <tu> per alignment row, or per
// sentence row with `granularity: 'sentence'` (when process.ts filled
// memo.sentenceAlignment); one <tuv xml:lang> per section that has text in the row.
// srclang is the document's original language. Built with xmlbuilder2, which escapes
// text; characters XML 1.0 cannot carry at all are dropped.
import type { Memo, Section } from '../model/memo.js'
import type { Writer, WriterOptions } from './types.js'
import { xmlText } from './xml-text.js'

const sameLanguage = (lang: string, tag: string) => lang === tag || lang.startsWith(`${tag}-`)

function sourceLanguage(memo: Memo, sections: Section[]): string {
  const original = memo.record.originalLanguage
  if (original && sections.some((s) => sameLanguage(s.lang, original))) return original
  const bySection = sections.find((s) => s.role === 'original') ?? sections.find((s) => s.role === 'transcription')
  return bySection?.lang ?? sections[0]?.lang ?? 'und'
}

/** xmlbuilder2 loads only when a TMX is written: the registry is imported at start-up. */
function writeTmx(memo: Memo, options: WriterOptions, create: typeof import('xmlbuilder2').create): string {
  const sections = memo.sections.filter((s) => !s.absent)
  const bySentence = options.granularity === 'sentence' && memo.sentenceAlignment !== undefined
  const srclang = sourceLanguage(memo, sections)
  const rows: { id: string; confidence: number; cells: Array<[Section, string]> }[] = []
  if (bySentence) {
    memo.sentenceAlignment!.forEach((row, k) => {
      const cells: Array<[Section, string]> = []
      for (const section of sections) {
        const list = row.cells[section.id] ?? []
        if (list.length) cells.push([section, list.map((s) => s.text).join(' ')])
      }
      rows.push({ id: `${row.row + 1}.${k + 1}`, confidence: row.confidence, cells })
    })
  } else {
    memo.alignment.forEach((row, r) => {
      const cells: Array<[Section, string]> = []
      for (const section of sections) {
        const list = row.cells[section.id] ?? []
        if (list.length) cells.push([section, list.map((p) => section.paragraphs[p].text).join(' ')])
      }
      rows.push({ id: String(r + 1), confidence: row.confidence, cells })
    })
  }
  // A translation memory pairs the source language with its translations: a unit without a
  // segment in srclang breaks the tools that pivot on it, and a unit of one segment pairs
  // nothing. Such rows (headings, a translator's source note, an archive line) are left out,
  // and the header says how many.
  const paired = rows.filter((row) => row.cells.length > 1 && row.cells.some(([s]) => sameLanguage(s.lang, srclang)))

  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('tmx', { version: '1.4' })
  const header = root.ele('header', {
    creationtool: 'memo',
    creationtoolversion: '0.1.0',
    datatype: 'plaintext',
    segtype: bySentence ? 'sentence' : 'paragraph',
    adminlang: 'en',
    srclang,
    'o-tmf': 'memo',
  })
  const left = rows.filter((row) => row.cells.length > 0).length - paired.length
  if (left > 0) header.ele('note').txt(`${left} of ${rows.length} aligned ${bySentence ? 'sentence ' : ''}rows are left out: they hold no ${srclang} segment or nothing to pair it with.`)
  const body = root.ele('body')
  for (const { id, confidence, cells } of paired) {
    const tu = body.ele('tu', { tuid: id })
    tu.ele('prop', { type: 'x-document' }).txt(memo.id)
    tu.ele('prop', { type: 'x-confidence' }).txt(confidence.toFixed(3))
    // the source segment first: some readers (translate-toolkit) take the first tuv as the
    // source whatever the header says
    const ordered = [...cells.filter(([s]) => sameLanguage(s.lang, srclang)), ...cells.filter(([s]) => !sameLanguage(s.lang, srclang))]
    for (const [section, text] of ordered) {
      const tuv = tu.ele('tuv', { 'xml:lang': section.lang })
      tuv.ele('prop', { type: 'x-section' }).txt(section.id)
      tuv.ele('seg').txt(xmlText(text))
    }
  }
  return root.end({ prettyPrint: true }) + '\n'
}

export const tmx: Writer = {
  name: 'tmx',
  reads: ['granularity'],
  extname: '.tmx',
  description: 'aligned paragraphs (or sentences, --granularity sentence) as a TMX 1.4b translation memory',
  async write(memo, options) {
    const { create } = await import('xmlbuilder2')
    return writeTmx(memo, options, create)
  },
}
