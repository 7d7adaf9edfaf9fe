// Section drafts → the document's sections: stable ids, paragraphs made from the blocks
// (page-broken paragraphs joined), and the dropped glyphs of Han text counted per section.
import type { VFile } from 'vfile'
import type { Section } from '../model/memo.js'
import type { SectionDraft } from '../model/raw.js'
import { reportDroppedGlyphs } from './dropped-glyphs.js'
import { joinPageBreaks } from './join-page-breaks.js'

/** `guessPageBreaks`: the dump shows a page break as a blank line in mid-sentence (PDF
 * text), so blocks may be joined back; web pages mark their pages, and a blank line there
 * always ends a paragraph. */
export function buildSections(drafts: readonly SectionDraft[], file: VFile, guessPageBreaks: boolean): Section[] {
  const sections: Section[] = []
  const ids = new Map<string, number>()
  for (const draft of drafts) {
    // `<lang>-<role>`, suffixed on a clash: stable within a document.
    const base = draft.scan ? 'scan' : `${draft.lang}-${draft.role}`
    const n = (ids.get(base) ?? 0) + 1
    ids.set(base, n)
    const section: Section = { id: n === 1 ? base : `${base}-${n}`, label: draft.label, role: draft.role, lang: draft.lang, paragraphs: [] }
    if (draft.absent) section.absent = true
    if (draft.blocks.length) {
      section.paragraphs = joinPageBreaks(draft.blocks, file, guessPageBreaks)
      section.position = { start: draft.blocks[0].position.start, end: draft.blocks[draft.blocks.length - 1].position.end }
      if (draft.lang === 'zh' || draft.lang === 'ja') reportDroppedGlyphs(draft.blocks, draft.label, file)
    }
    sections.push(section)
  }
  return sections
}
