// Body blocks → the same blocks tagged with their language. The candidates are the
// languages the header announces (Contents and the original language): franc then only
// decides among languages the document is known to hold. A page that names only its
// original's language (the current site's "Language" block) shows the archive's English
// translation as often as the original, so English is a candidate beside it.
import type { AnnouncedSection, Block, TaggedBlock } from '../model/raw.js'
import { detectBlockLanguages } from './detect-language.js'

export async function tagBlocks(blocks: readonly Block[], announced: readonly AnnouncedSection[], originalLanguage: string | undefined): Promise<TaggedBlock[]> {
  const named = announced.map((a) => a.lang).filter((l): l is string => !!l)
  const original = originalLanguage ? [originalLanguage, ...(named.length ? [] : ['en'])] : []
  const candidates = [...new Set([...named, ...original])]
  const detected = await detectBlockLanguages(blocks.map((b) => b.text), candidates)
  return blocks.map((block, i) => ({ block, lang: detected[i]?.lang, weight: detected[i]?.weight ?? 0 }))
}
