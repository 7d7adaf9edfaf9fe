// Credited names → CSL name objects. Only the Western "Given Names Family" order is split;
// anything else (one word, a possible family-first East Asian name, an organisation, a name
// with digits or brackets) stays whole as a CSL literal and says so, because a wrong split
// puts the wrong word in the bibliography's sort position.
import type { CslName } from '../../model/csl.js'
import { familyFirstSurnames, familyParticles, nameSuffixes, organisationWords } from './name-data.js'

export type LiteralReason = 'one word' | 'family name may come first' | 'organisation' | 'unusual characters'

export interface ParsedName {
  name: CslName
  /** Why the name was kept whole; absent when it was split. */
  literal?: LiteralReason
}

export function parseName(text: string): ParsedName {
  const t = text.trim().replace(/\s+/gu, ' ')
  // Initials glued to each other stay together as one given name: "N.V. Roshchin".
  const words = t.split(' ')
  if (/[\d()[\]{}@/,]/u.test(t)) return { name: { literal: t }, literal: 'unusual characters' }
  if (words.some((w) => organisationWords.has(w))) return { name: { literal: t }, literal: 'organisation' }
  if (words.length < 2) return { name: { literal: t }, literal: 'one word' }
  if (words.length <= 3 && familyFirstSurnames.has(words[0]) && !isInitial(words[1])) {
    return { name: { literal: t }, literal: 'family name may come first' }
  }
  // The family name is the last word plus any lower-case particles before it.
  let i = words.length - 1
  while (i > 1 && familyParticles.has(words[i - 1])) i--
  const given = words.slice(0, i).join(' ')
  const family = words.slice(i).join(' ')
  if (!/^\p{Lu}/u.test(family) && !familyParticles.has(family.split(' ')[0])) {
    return { name: { literal: t }, literal: 'unusual characters' }
  }
  return { name: { family, given } }
}

function isInitial(word: string): boolean {
  return /^(?:\p{Lu}\.)+$/u.test(word)
}

/** "A, B, and C" / "A and B" / "A & B" → ["A", "B", "C"]; "King, Jr." stays one name. */
export function splitNames(text: string): string[] {
  const parts = text
    .split(/(?:(?<!\s)\s+)?,\s*(?:and\s+)?|(?<!\s)\s+and\s+|(?:(?<!\s)\s+)?&\s*/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
  const names: string[] = []
  for (const p of parts) {
    if (nameSuffixes.has(p) && names.length > 0) names[names.length - 1] += `, ${p}`
    else names.push(p)
  }
  return names
}
