// Body blocks → the same blocks tagged with their language. The candidates are the
// languages the header announces (Contents and the original language): franc then only
// decides among languages the document is known to hold.
import type { AnnouncedSection, Block, TaggedBlock } from '../model/raw.js'
import { detectBlockLanguages } from './detect-language.js'

export async function tagBlocks(blocks: readonly Block[], announced: readonly AnnouncedSection[], originalLanguage: string | undefined): Promise<TaggedBlock[]> {
  const candidates = [...new Set([...announced.map((a) => a.lang).filter((l): l is string => !!l), ...(originalLanguage ? [originalLanguage] : [])])]
  const detected = await detectBlockLanguages(blocks.map((b) => b.text), candidates)
  return blocks.map((block, i) => ({ block, lang: detected[i]?.lang, weight: detected[i]?.weight ?? 0 }))
}
