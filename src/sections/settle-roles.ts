// The credits settle what the text alone cannot. A web page shows the English text, and
// the language runs alone make a lone section the original, or claim no role where there
// are several; when the record credits a translator and names no original language, the
// English text is the translation, and a single other language is its original.
import type { VFile } from 'vfile'
import type { DocumentRecord, Section, SectionRole } from '../model/memo.js'
import { sectionIds } from '../model/section-ids.js'
import { report } from '../report/report.js'
import { languageName } from './split-sections.js'

/** The sections with the roles the credits settle; where a role stays unsaid, an info says so. */
export function settleRoles(sections: Section[], record: DocumentRecord, file: VFile): Section[] {
  const settled = byCredits(sections, record)
  const unsaid = settled.filter((s) => s.role === 'text')
  if (unsaid.length) report(file, 'sections/no-original', unsaid[0].position?.start, `nothing in the dump says which of its ${unsaid.length} texts is the original; the sections are labelled by language and claim no role`)
  return settled
}

function byCredits(sections: Section[], record: DocumentRecord): Section[] {
  if (record.originalLanguage || !record.csl.translator?.length) return sections
  const texts = sections.filter((s) => !s.absent)
  const english = texts.filter((s) => s.lang === 'en')
  const others = new Set(texts.filter((s) => s.lang !== 'en').map((s) => s.lang))
  const lone = texts.length === 1 && english.length === 1 && english[0].role === 'original'
  const unsaid = texts.length > 1 && texts.every((s) => s.role === 'text') && english.length > 0 && others.size <= 1
  if (!lone && !unsaid) return sections
  const roleOf = (s: Section): SectionRole => (s.absent ? s.role : s.lang === 'en' ? 'translation' : 'original')
  const roles = sections.map(roleOf)
  const ids = sectionIds(sections.map((s, i) => ({ lang: s.lang, role: roles[i] })))
  return sections.map((s, i) => (s.absent ? s : { ...s, id: ids[i], role: roles[i], label: `${languageName(s.lang)} ${roles[i] === 'original' ? 'Original' : 'Translation'}` }))
}
