// The credits after the archive reference ("Obtained by X and translated by Y", "Obtained
// and translated for NKIDP by X", "Contributed, transcribed, and translated by X",
// "Selected, edited, and annotated by X and translated by Y", "translation by X slightly
// revised") → one Contributor per person and role. A clause is "<roles> [for ORG] by
// <names>"; the names run to the next clause, and "and" between names is told apart from
// "and" between clauses by the role word that follows a clause's "and".
import type { Contributor } from '../../model/memo.js'
import { parseName, splitNames, type LiteralReason } from './parse-names.js'

/** Each role word as written → the role it gives, as data. */
export const roleWords: Readonly<Record<string, Contributor['role']>> = {
  obtained: 'obtained',
  translated: 'translated',
  translation: 'translated',
  contributed: 'contributed',
  edited: 'edited',
  transcribed: 'transcribed',
  transcription: 'transcribed',
  annotated: 'annotated',
  selected: 'selected',
}

const ROLE = `(?:${Object.keys(roleWords).join('|')})`
// "Obtained and translated", "Contributed, transcribed, and translated"; then an optional
// "for NKIDP" / "for the CWIHP"; then "by". The separators and words cannot overlap, so the
// engine never has two ways to read the same text.
const CLAUSE = new RegExp(
  String.raw`\b(${ROLE}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)${ROLE})*)(?:\s+for\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*))?\s+by\s+`,
  'giu',
)

export interface ParsedCredits {
  contributors: Contributor[]
  /** Names kept whole, with the reason, for an info message each. */
  literals: { name: string; reason: LiteralReason }[]
  /** Text that is not part of any clause ("Published in …"), kept for the note. */
  unparsed: string[]
  /** "translation by X slightly revised": the translation was revised by someone unnamed. */
  revised: boolean
}

export function parseCredits(text: string): ParsedCredits {
  const t = text.replace(/\s+/gu, ' ').trim()
  const result: ParsedCredits = { contributors: [], literals: [], unparsed: [], revised: false }
  const clauses = [...t.matchAll(CLAUSE)]
  const before = t.slice(0, clauses[0]?.index ?? t.length)
  if (stripConnectors(before)) result.unparsed.push(stripConnectors(before))

  clauses.forEach((m, i) => {
    const start = m.index! + m[0].length
    const end = i + 1 < clauses.length ? clauses[i + 1].index! : t.length
    let segment = t.slice(start, end)
    // "by X. Published in …": a new sentence after the names is not a name.
    const sentence = /(?<=\p{Ll}{2})\.\s+(?=\p{Lu})/u.exec(segment)
    if (sentence) {
      const tail = stripConnectors(segment.slice(sentence.index + sentence[0].length))
      if (tail) result.unparsed.push(tail)
      segment = segment.slice(0, sentence.index)
    }
    let names = stripConnectors(segment)
    const revised = /(?<!\s)\s+(?:slightly\s+)?revised$/iu.exec(names)
    if (revised) {
      result.revised = true
      names = names.slice(0, revised.index)
    }
    const roles = m[1].split(/(?:(?<!\s)\s+)?,\s*(?:and\s+)?|(?<!\s)\s+and\s+/iu).map((w) => roleWords[w.toLowerCase()])
    const org = m[2]
    for (const written of splitNames(names)) {
      const parsed = parseName(written)
      if (parsed.literal) result.literals.push({ name: written, reason: parsed.literal })
      for (const role of roles) {
        const c: Contributor = { role, name: parsed.name }
        if (org) c.for = org
        result.contributors.push(c)
      }
    }
  })
  return result
}

/** Trim what joins a clause to the next (" and", ",", ";") and a sentence's final period,
 * but not the period of an initial ("N.V."). */
function stripConnectors(text: string): string {
  let s = text.trim().replace(/(?<!\s)(?:\s*[,;]\s*|\s+)and$/iu, '').replace(/(?<!\s)\s*[,;]$/u, '').trim()
  if (/\p{Ll}{2}\.$/u.test(s)) s = s.slice(0, -1)
  return s.trim()
}
