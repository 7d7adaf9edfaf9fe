// How Chicago words each credit, as data. A bibliography spells the role out as a sentence
// ("Translated by Daniel Rozas."); a note abbreviates the roles CMOS abbreviates ("trans.",
// "ed.": CMOS 14.103) and spells out the others, which have no standard abbreviation
// ("obtained by Odd Arne Westad").
import type { Contributor } from '../../model/memo.js'

export interface RoleWords {
  /** The past participle: "translated". */
  verb: string
  /** The note's abbreviation, where CMOS has one: "trans.". */
  abbreviation?: string
}

export const roleWords: Readonly<Record<Contributor['role'], RoleWords>> = {
  obtained: { verb: 'obtained' },
  translated: { verb: 'translated', abbreviation: 'trans.' },
  contributed: { verb: 'contributed' },
  edited: { verb: 'edited', abbreviation: 'ed.' },
  transcribed: { verb: 'transcribed' },
  annotated: { verb: 'annotated' },
  selected: { verb: 'selected' },
}
