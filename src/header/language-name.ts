import { languages, type Language } from '../data/languages.js'

const byName = new Map<string, Language>()
for (const l of languages) for (const n of l.names) byName.set(n.toLowerCase(), l)

/** "Russian" → ru. Accepts "Russian language" and surrounding white space. */
export function languageByName(name: string): Language | undefined {
  const key = name.trim().toLowerCase().replace(/(?<!\s)\s+language$/, '')
  return byName.get(key)
}
