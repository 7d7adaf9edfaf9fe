// Section drafts → the document's sections: their ids, paragraphs made from the blocks
// (page-broken paragraphs joined), and the dropped glyphs of Han text counted per section.
import type { VFile } from 'vfile'
import type { Section } from '../model/memo.js'
import type { SectionDraft } from '../model/raw.js'
import { sectionIds } from '../model/section-ids.js'
import { reportDroppedGlyphs } from './dropped-glyphs.js'
import { joinPageBreaks } from './join-page-breaks.js'

/** `guessPageBreaks`: the dump shows a page break as a blank line in mid-sentence (PDF
 * text), so blocks may be joined back; web pages mark their pages, and a blank line there
 * always ends a paragraph. */
export function buildSections(drafts: readonly SectionDraft[], file: VFile, guessPageBreaks: boolean): Section[] {
  const ids = sectionIds(drafts)
  return drafts.map((draft, i) => {
    const section: Section = { id: ids[i], label: draft.label, role: draft.role, lang: draft.lang, paragraphs: [] }
    if (draft.absent) section.absent = true
    if (draft.blocks.length) {
      section.paragraphs = joinPageBreaks(draft.blocks, file, guessPageBreaks)
      section.position = { start: draft.blocks[0].position.start, end: draft.blocks[draft.blocks.length - 1].position.end }
      if (draft.lang === 'zh' || draft.lang === 'ja') reportDroppedGlyphs(draft.blocks, draft.label, file)
    }
    return section
  })
}
