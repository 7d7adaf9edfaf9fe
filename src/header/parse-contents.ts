// Contents entries → the sections the dump announces: "English Translation",
// "Russian Transcription", "Chinese Original", "Scan of Original Document".
import type { SectionRole } from '../model/memo.js'
import type { AnnouncedSection } from '../model/raw.js'
import { languageByName } from '../data/language-names.js'

const ENTRY = /^(.+?)(?<!\s)\s+(Translation|Transcription|Original|Text)(?:\s*\(.*\))?$/i

export function parseContentsEntry(label: string): AnnouncedSection | undefined {
  const text = label.trim()
  if (/\bscan\b/i.test(text)) return { label: text, role: 'original', scan: true }
  const m = ENTRY.exec(text)
  if (!m) return undefined
  const language = languageByName(m[1])
  if (!language) return undefined
  const kind = m[2].toLowerCase()
  const role: SectionRole = kind === 'translation' ? 'translation' : kind === 'transcription' ? 'transcription' : 'original'
  return { label: text, lang: language.tag, role, scan: false }
}
