// The credits of a document (who obtained, translated, edited it) as Chicago clauses. Every
// credit the record has is kept, in the order the credits sentence gives them: a person's
// roles are gathered into one clause ("Obtained and translated by Anna Kovacs"), and
// neighbouring people with the same roles share one ("Translated by Gary Lindahl and Mei
// Chen"), which is how the archive's sentence groups them too.
//
//   bibliography  one sentence a clause, capitalised (CMOS 14.103):
//                 "Obtained by Odd Arne Westad. Translated by Daniel Rozas."
//   note          one comma-separated element a clause, lower case; "trans." and "ed." where
//                 every role of the clause has CMOS's abbreviation and no "for …" is named
//                 ("ed. and trans. X"), the roles spelled out otherwise ("obtained and
//                 translated for NKIDP by Sun-hee Park"), since "obtained and trans. X"
//                 mixes two registers and "trans. for NKIDP by X" reads as neither.
import type { CslItem, CslName } from '../../model/csl.js'
import type { Contributor } from '../../model/memo.js'
import { clean } from './clean.js'
import { nameList, naturalName } from './names.js'
import { roleWords } from './role-words.js'

type Role = Contributor['role']

export interface Clause {
  roles: Role[]
  for?: string
  names: CslName[]
}

/** The clauses for the record's contributors; without them (a bare CSL item), its CSL
 * editors and translators, the only credits CSL has variables for. */
export function creditClauses(contributors: readonly Contributor[] | undefined, item: CslItem): Clause[] {
  const credits: Contributor[] = contributors?.length
    ? [...contributors]
    : [...(item.editor ?? []).map((name) => ({ role: 'edited' as const, name })), ...(item.translator ?? []).map((name) => ({ role: 'translated' as const, name }))]

  const people: { key: string; name: CslName; for?: string; roles: Role[] }[] = []
  for (const c of credits) {
    if (naturalName(c.name) === '') continue
    const key = JSON.stringify([naturalName(c.name), c.for ?? ''])
    let person = people.find((p) => p.key === key)
    if (!person) people.push((person = { key, name: c.name, ...(c.for && { for: c.for }), roles: [] }))
    if (!person.roles.includes(c.role)) person.roles.push(c.role)
  }

  const clauses: Clause[] = []
  for (const p of people) {
    const prev = clauses[clauses.length - 1]
    if (prev && prev.for === p.for && prev.roles.join() === p.roles.join()) prev.names.push(p.name)
    else clauses.push({ roles: [...p.roles], ...(p.for && { for: p.for }), names: [p.name] })
  }
  return clauses
}

/** "Obtained and translated for NKIDP by Sun-hee Park" (bibliography) or its note form. */
export function clauseText(clause: Clause, form: 'bibliography' | 'note'): string {
  const names = nameList(clause.names.map(naturalName))
  const words = clause.roles.map((r) => roleWords[r] ?? { verb: r })
  const org = clause.for ? clean(clause.for) : ''
  if (form === 'note' && !org && words.every((w) => w.abbreviation)) return `${nameList(words.map((w) => w.abbreviation!))} ${names}`
  const verbs = nameList(words.map((w) => w.verb))
  const text = `${verbs}${org ? ` for ${org}` : ''} by ${names}`
  return form === 'bibliography' ? text[0].toUpperCase() + text.slice(1) : text
}
