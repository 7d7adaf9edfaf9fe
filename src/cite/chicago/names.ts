// Names as Chicago writes them (CMOS 14.76 for several authors, 14.103 for translators and
// editors). A note gives every name in natural order ("Pavel Voronov"); a bibliography
// inverts the first author only ("Voronov, Pavel, and Boris Ilyin"), since only that name
// is alphabetised. A body ("Soviet Embassy in Pyongyang"), or any name the record keeps
// whole, is written as it is, never inverted.
import type { CslName } from '../../model/csl.js'
import { clean } from './clean.js'

/** "Given Family", a body as written. */
export function naturalName(name: CslName): string {
  if (name.literal !== undefined) return clean(name.literal)
  return [name.given, name.family].map((p) => clean(p ?? '')).filter(Boolean).join(' ')
}

/** "Family, Given" for a person; a body, or a person with one name, as written. */
function invertedName(name: CslName): string {
  if (name.literal !== undefined) return clean(name.literal)
  const family = clean(name.family ?? '')
  const given = clean(name.given ?? '')
  return family && given ? `${family}, ${given}` : family || given
}

/** "A", "A and B", "A, B, and C" (the serial comma, CMOS 6.19). */
export function nameList(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ')
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`
}

/** The authors of a note: up to three named, four or more as the first and "et al."
 * (CMOS 14.76). */
export function noteAuthors(authors: readonly CslName[]): string {
  const names = authors.map(naturalName).filter(Boolean)
  if (names.length >= 4) return `${names[0]} et al.`
  return nameList(names)
}

/** The authors of a bibliography entry: the first inverted, the others in natural order;
 * up to ten named, more than ten as the first seven and "et al." (CMOS 14.76). After an
 * inverted first name the "and" takes a comma even between two ("Ward, Geoffrey, and
 * Ken Burns"), or the comma inside the first name would read as the list's. */
export function bibliographyAuthors(authors: readonly CslName[]): string {
  const named = authors.filter((a) => naturalName(a) !== '')
  if (named.length === 0) return ''
  const names = [invertedName(named[0]), ...named.slice(1).map(naturalName)]
  if (names.length > 10) return `${names.slice(0, 7).join(', ')}, et al.`
  if (names.length === 2 && names[0].includes(',')) return `${names[0]}, and ${names[1]}`
  return nameList(names)
}
