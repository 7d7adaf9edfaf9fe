// Folio and page ranges take an en dash (CMOS 6.78: the en dash stands for "through"); the rest
// of an archive reference is kept exactly as written, its own capitalisation included
// ("f. 0100, op. 43", never "F. 0100"). A hyphen between digits is read as a range only
// where the reference says so: after a folio or page word (locator-words.ts), or where memo
// parsed the reference and found the folios or pages (record.archival), since the same
// hyphen inside a file number ("109-03984-02") is part of the number.
import type { ArchivalRef } from '../../model/memo.js'
import { locatorAbbreviations, locatorWords } from './locator-words.js'

const longestFirst = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).join('|')
// "ll. 1-4", "ll. 5-6, 9-10", "Л. 8-9", "list 12-14": a locator (not inside another word),
// then numbers joined by hyphens, dashes and commas.
const AFTER_LOCATOR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${longestFirst(locatorAbbreviations)})\. ?|(?:${longestFirst(locatorWords)})\.? )\d+\p{Ll}?(?: ?[-–,] ?\d+\p{Ll}?)*`,
  'gu',
)
const HYPHEN_BETWEEN_DIGITS = /(\d\p{Ll}?) ?- ?(?=\d)/gu

/** Every hyphen between two numbers in `value` as an en dash: for a field that holds only
 * pages or folios ("80-83"). The numbers stay as written, in full ("112–118", not CMOS 9.64's
 * condensed "112–18"): the archive's figures are quoted, not re-typeset. */
export function dashed(value: string): string {
  return value.replace(HYPHEN_BETWEEN_DIGITS, '$1–')
}

/** The archive reference as written, with its folio and page ranges en-dashed. */
export function locationWithRanges(location: string, archival?: ArchivalRef): string {
  let out = location.replace(AFTER_LOCATOR, (m) => dashed(m))
  for (const known of [archival?.folios, archival?.pages]) {
    if (!known || !known.includes('-')) continue
    const at = out.lastIndexOf(known)
    if (at >= 0) out = out.slice(0, at) + dashed(known) + out.slice(at + known.length)
  }
  return out
}
