// franc 6.2.0's answer for a text among an `only` list of languages, computed the way franc
// computes it, from franc's own data and script expressions, but without the work its
// answer does not need. franc builds a trigram dictionary as an object, sorts it into
// tuples, copies the language table to filter it and sorts every distance; per call that
// cost about 0.4 ms for a 200-character block, a tenth of the whole pipeline. Here the
// trigrams are counted by number (see Table), the distance (a sum of integers, so the order of the
// trigrams does not matter) is taken only for the allowed languages, and the smallest
// distance wins, the first in franc's table order on a tie, as franc's stable sort has it.
// test/franc-only.test.ts checks the answers against franc itself; franc is pinned.
// What it saves (bench/forks.js): with franc itself the batch's conversion takes 13% longer
// (0.40 s against 0.04 s per 1,000 documents, for the calls detection makes).
import { data } from 'franc/data.js'
import { expressions } from 'franc/expressions.js'

// franc's constants (index.js): the sample it reads and the cost of a missing trigram
const MAX_LENGTH = 2048
const MAX_DIFFERENCE = 300

/** The allowed languages of one script (in franc's table order) and every trigram any of
 * them has, with its rank in each, built on first use per script and `only` list. memo asks
 * with the same few lists (the languages of a script), so a table serves every call: the
 * distance loop then looks each trigram of the text up once, not once per language (with
 * no candidate in the script, that is 23 Latin languages: most of francOnly's time went to
 * those lookups).
 *
 * A trigram is looked up by a number, not by its string: each character of the tables'
 * trigrams has a small id (`letters`, 0 for a character no trigram has), and a trigram's
 * key is its three ids in base `base`. Counting a text's trigrams then slices no strings
 * and hashes small integers; a trigram with a character no list has is in no list, so it
 * is skipped, as the distance loop below skips every trigram no allowed language has. */
interface Table {
  langs: string[]
  letters: Uint16Array
  base: number
  /** trigram key to its row: the row's ranks are ranks[row * langs.length + l] */
  rows: Map<number, number>
  /** per row and language, the trigram's rank in that language's list, -1 if absent */
  ranks: Int16Array
  /** per row, the text's count of the trigram (scratch for one call, left all zero) */
  counts: Int32Array
}
const tables = new Map<string, Table>()

function tableOf(script: string, only: string[]): Table {
  const key = `${script}/${only.join(',')}`
  let table = tables.get(key)
  if (!table) {
    table = buildTable(script, only)
    tables.set(key, table)
  }
  return table
}

function buildTable(script: string, only: string[]): Table {
  // franc's allow(): an empty list allows every language
  const langs = Object.keys(data[script]).filter((lang) => only.length === 0 || only.includes(lang))
  const lists = langs.map((lang) => data[script][lang].split('|'))
  const letters = new Uint16Array(0x10000)
  let base = 1
  for (const list of lists) for (const trigram of list) for (let k = 0; k < trigram.length; k++) letters[trigram.charCodeAt(k)] ||= base++
  const rows = new Map<number, number>()
  const ranksOf: number[][] = []
  lists.forEach((list, l) => {
    // from the end, so a repeated trigram keeps its first place, as franc's model does
    for (let rank = list.length - 1; rank >= 0; rank--) {
      const t = list[rank]
      // (a list entry of another length could never equal three units of text)
      if (t.length !== 3) continue
      const trigramKey = keyOf(letters[t.charCodeAt(0)], letters[t.charCodeAt(1)], letters[t.charCodeAt(2)], base)
      let row = rows.get(trigramKey)
      if (row === undefined) {
        row = ranksOf.length
        rows.set(trigramKey, row)
        ranksOf.push(new Array<number>(langs.length).fill(-1))
      }
      ranksOf[row][l] = rank
    }
  })
  return { langs, letters, base, rows, ranks: Int16Array.from(ranksOf.flat()), counts: new Int32Array(ranksOf.length) }
}

function keyOf(a: number, b: number, c: number, base: number): number {
  return (a * base + b) * base + c
}

/** franc(value, { only, minLength }). */
export function francOnly(value: string, only: string[], minLength: number): string {
  if (!value || value.length < minLength) return 'und'
  const sample = value.slice(0, MAX_LENGTH)
  const [script, share] = topScript(sample)
  // a script of one language (franc keys those by the language)
  if (!data[script]) return share === 0 || !(only.length === 0 || only.includes(script)) ? 'und' : script
  const table = tableOf(script, only)
  const { langs, ranks, counts } = table
  if (langs.length === 0) return 'und'
  const seen = countTrigrams(sample, table)
  // Each language's distance: the sum over the text's trigrams of |count - rank - 1|, or
  // MAX_DIFFERENCE for a trigram not in its list (integers, so the order of the sum does
  // not matter).
  // A trigram no allowed language has adds MAX_DIFFERENCE to every distance alike, so it
  // is left out: it cannot change which is smallest.
  const n = langs.length
  const distances = new Float64Array(n)
  for (const row of seen) {
    const count = counts[row]
    counts[row] = 0
    for (let l = 0, at = row * n; l < n; l++, at++) {
      const rank = ranks[at]
      distances[l] += rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1)
    }
  }
  // strictly smaller: on a tie the earlier language in franc's table stays
  let best = 0
  for (let l = 1; l < n; l++) if (distances[l] < distances[best]) best = l
  return langs[best]
}

/** trigram-utils' asDictionary, only for the trigrams in `table`: the text cleaned as its
 * clean() does (ASCII punctuation and digits to spaces, white space collapsed, trimmed,
 * lower case), padded with a space at either end, every three UTF-16 units counted. Adds
 * each count to table.counts and returns the rows counted, each once. */
function countTrigrams(value: string, table: Table): number[] {
  const padded = ` ${value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `
  const { letters, base, rows, counts } = table
  const seen: number[] = []
  let a = letters[padded.charCodeAt(0)]
  let b = letters[padded.charCodeAt(1)]
  for (let i = 2; i < padded.length; i++) {
    const c = letters[padded.charCodeAt(i)]
    // a character outside every list (id 0) puts its three trigrams outside them too
    if (a !== 0 && b !== 0 && c !== 0) {
      const row = rows.get(keyOf(a, b, c, base))
      if (row !== undefined && counts[row]++ === 0) seen.push(row)
    }
    a = b
    b = c
  }
  return seen
}

// franc's script expressions as one table: per character, a bit for each expression that
// matches it. franc's getTopScript runs every expression over the sample (thirty global
// matches, each building an array of matches); one pass over the sample with this table
// counts the same matches. Every expression matches one BMP character or one surrogate
// pair, never a lone surrogate (test/franc-only.test.ts checks the counts against the
// expressions on random text), so counting per code point counts what they match.
const SCRIPTS = Object.keys(expressions)
const WHOLE = SCRIPTS.map((script) => new RegExp(`^(?:${expressions[script].source})$`))
/** per BMP code unit: LOOKED_UP | its bits, or 0 before it is first seen */
const BMP_BITS = new Int32Array(0x10000)
const LOOKED_UP = 1 << 30
if (SCRIPTS.length > 30) throw new Error('franc has more script expressions than scriptMatches has bits')
const ASTRAL_BITS = new Map<number, number>()

function bitsOf(character: string): number {
  let bits = 0
  for (let k = 0; k < WHOLE.length; k++) if (WHOLE[k].test(character)) bits |= 1 << k
  return bits
}

/** How many matches each of franc's expressions has in `value`, in SCRIPTS order. */
export function scriptMatches(value: string): Int32Array {
  const matches = new Int32Array(SCRIPTS.length)
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    let bits: number
    const next = i + 1 < value.length ? value.charCodeAt(i + 1) : 0
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      const point = value.codePointAt(i++)!
      bits = ASTRAL_BITS.get(point) ?? -1
      if (bits === -1) ASTRAL_BITS.set(point, (bits = bitsOf(String.fromCodePoint(point))))
    } else {
      bits = BMP_BITS[code]
      if (bits === 0) BMP_BITS[code] = bits = LOOKED_UP | bitsOf(value[i])
      bits &= ~LOOKED_UP
    }
    // most characters match one expression or none
    for (; bits !== 0; bits &= bits - 1) matches[31 - Math.clz32(bits & -bits)]++
  }
  return matches
}

/** franc's getTopScript: the expression with the largest share of matches, the first on a tie. */
function topScript(value: string): [string, number] {
  const matches = scriptMatches(value)
  let top = ''
  let topShare = -1
  for (let k = 0; k < SCRIPTS.length; k++) {
    const share = matches[k] / value.length || 0
    if (share > topShare) {
      top = SCRIPTS[k]
      topShare = share
    }
  }
  return [top, topShare]
}
