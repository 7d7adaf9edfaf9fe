// Record → TEI P5, as data: the words of each credit's <resp> with its MARC relator (the
// Library of Congress's role vocabulary, which TEI projects point <resp ref> at), and the
// <idno type> of each parsed part of an archive reference, in the order a reference is read.
import type { ArchivalRef, Contributor } from '../../model/memo.js'

/** A credit's role → the <resp> phrase and, where MARC has a code that means just that, its URI. */
export const respOfRole: Record<Contributor['role'], { words: string; relator?: string }> = {
  obtained: { words: 'obtained by' },
  translated: { words: 'translated by', relator: 'trl' },
  contributed: { words: 'contributed by', relator: 'ctb' },
  edited: { words: 'edited by', relator: 'edt' },
  transcribed: { words: 'transcribed by', relator: 'trc' },
  annotated: { words: 'annotated by', relator: 'ann' },
  selected: { words: 'selected by', relator: 'com' },
}

export const MARC_RELATORS = 'http://id.loc.gov/vocabulary/relators/'

/** msIdentifier/idno: each parsed part of the reference as its own idno, type named for the
 * part. The reference as written comes first (type "shelfmark"), so nothing is lost where
 * memo did not recognise its shape. */
export const idnoParts: (keyof ArchivalRef)[] = ['fond', 'opis', 'delo', 'papka', 'folios', 'series', 'box', 'item', 'fileNumber', 'signature', 'pages']
