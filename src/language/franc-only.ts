// franc 6.2.0's answer for a text among an `only` list of languages, computed the way franc
// computes it, from franc's own data and script expressions, but without the work its
// answer does not need. franc builds a trigram dictionary as an object, sorts it into
// tuples, copies the language table to filter it and sorts every distance; per call that
// cost about 0.4 ms for a 200-character block, a tenth of the whole pipeline. Here the
// trigrams are counted in a Map, the distance (a sum of integers, so the order of the
// trigrams does not matter) is taken only for the allowed languages, and the smallest
// distance wins, the first in franc's table order on a tie, as franc's stable sort has it.
// test/franc-only.test.ts checks the answers against franc itself; franc is pinned.
import { data } from 'franc/data.js'
import { expressions } from 'franc/expressions.js'

// franc's constants (index.js): the sample it reads and the cost of a missing trigram
const MAX_LENGTH = 2048
const MAX_DIFFERENCE = 300

/** The allowed languages of one script (in franc's table order) and, for every trigram
 * any of them has, its rank in each (-1: not in that language's list), built on first use
 * per script and `only` list. memo asks with the same few lists (the languages of a
 * script), so a table serves every call: the distance loop then looks each trigram of the
 * text up once, not once per language (with no candidate in the script, that is 23 Latin
 * languages: most of francOnly's time went to those lookups). */
interface Table {
  langs: string[]
  ranks: Map<string, Int16Array>
}
const tables = new Map<string, Table>()

function tableOf(script: string, only: string[]): Table {
  const key = `${script}/${only.join(',')}`
  let table = tables.get(key)
  if (!table) {
    // franc's allow(): an empty list allows every language
    const langs = Object.keys(data[script]).filter((lang) => only.length === 0 || only.includes(lang))
    const ranks = new Map<string, Int16Array>()
    langs.forEach((lang, l) => {
      const list = data[script][lang].split('|')
      // from the end, so a repeated trigram keeps its first place, as franc's model does
      for (let rank = list.length - 1; rank >= 0; rank--) {
        let row = ranks.get(list[rank])
        if (!row) ranks.set(list[rank], (row = new Int16Array(langs.length).fill(-1)))
        row[l] = rank
      }
    })
    table = { langs, ranks }
    tables.set(key, table)
  }
  return table
}

/** franc(value, { only, minLength }). */
export function francOnly(value: string, only: string[], minLength: number): string {
  if (!value || value.length < minLength) return 'und'
  const sample = value.slice(0, MAX_LENGTH)
  const [script, share] = topScript(sample)
  // a script of one language (franc keys those by the language)
  if (!data[script]) return share === 0 || !(only.length === 0 || only.includes(script)) ? 'und' : script
  const { langs, ranks } = tableOf(script, only)
  if (langs.length === 0) return 'und'
  // Each language's distance: the sum over the text's trigrams of |count - rank - 1|, or
  // MAX_DIFFERENCE for a trigram not in its list (integers, so the order of the sum does
  // not matter).
  // A trigram no allowed language has adds MAX_DIFFERENCE to every distance alike, so it
  // is left out: it cannot change which is smallest.
  const distances = new Float64Array(langs.length)
  for (const [trigram, count] of trigramCounts(sample)) {
    const row = ranks.get(trigram)
    if (row === undefined) continue
    for (let l = 0; l < row.length; l++) {
      const rank = row[l]
      distances[l] += rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1)
    }
  }
  // strictly smaller: on a tie the earlier language in franc's table stays
  let best = 0
  for (let l = 1; l < langs.length; l++) if (distances[l] < distances[best]) best = l
  return langs[best]
}

/** franc's getTopScript: the expression with the largest share of matches, the first on a tie. */
function topScript(value: string): [string, number] {
  let top = ''
  let topShare = -1
  for (const script in expressions) {
    const matches = value.match(expressions[script])
    const share = (matches ? matches.length : 0) / value.length || 0
    if (share > topShare) {
      top = script
      topShare = share
    }
  }
  return [top, topShare]
}

/** trigram-utils' asDictionary: the text cleaned as its clean() does (ASCII punctuation and
 * digits to spaces, white space collapsed, trimmed, lower case), padded with a space at
 * either end, every three UTF-16 units counted. */
function trigramCounts(value: string): Map<string, number> {
  const padded = ` ${value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `
  const counts = new Map<string, number>()
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3)
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1)
  }
  return counts
}
