// Lookups over the one language table (data/languages.ts), for the stages that read names
// ("Russian" in a header) and the writers that print them ("Original language: Russian.").
import { languages, type Language } from './languages.js'

const byName = new Map<string, Language>()
const byTag = new Map<string, Language>()
for (const l of languages) {
  byTag.set(l.tag, l)
  for (const n of l.names) byName.set(n.toLowerCase(), l)
}

/** "Russian" → ru. Accepts "Russian language" and surrounding white space. */
export function languageByName(name: string): Language | undefined {
  const key = name.trim().toLowerCase().replace(/(?<!\s)\s+language$/, '')
  return byName.get(key)
}

/** The English name of a BCP-47 tag by its primary subtag ("zh-Hant" → Chinese), or
 * undefined for a language the table does not know. */
export function englishName(tag: string | undefined): string | undefined {
  if (!tag) return undefined
  return byTag.get(tag.toLowerCase().split('-')[0])?.names[0]
}
