// The index page's own full-text index, for searching without a server: each document's
// terms with how often they occur (SearchDoc.counts: the same folding and Chinese pairs as
// terms.ts, counted by the batch worker in term-counts.ts), written as small script files
// in index-search/, one per first letters of a term ("ro" for roshchin, "港" for 港口),
// which the page loads on demand with <script> tags: that works from file://, where
// fetch() does not.
// A shard holds `memoShard("ro", {"roshchin": "12:3,40:1"})`: document number : count.
// It is document-level (no positions): the page finds documents that hold every word,
// prefixes included, ranked by tf·idf; phrases and paragraph snippets are memo search's.
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { AtomicFile } from '../io/atomic-file.js'
import { grownTo } from '../text/grown-to.js'
import { SpanTable } from '../text/span-table.js'
import { codeUnitOrder } from './code-unit-order.js'
import type { SearchIndex } from './search-index.js'

export const CLIENT_DIR = 'index-search'

/** The shard a term is in: its first character when that is Han or kana, else its first two. */
export function shardOf(term: string): string {
  const chars = [...term]
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u.test(chars[0]) ? chars[0] : chars.slice(0, 2).join('')
}

/** A shard's file name: its characters as hex code points, so any script makes a safe name. */
export function shardFile(shard: string): string {
  return [...shard].map((c) => c.codePointAt(0)!.toString(16)).join('-') + '.js'
}

/** Write index-search/ for these documents (numbered by their place in `order`). */
export function writeClientIndex(out: string, index: SearchIndex, order: readonly string[]): { shards: number; bytes: number } {
  const number = new Map(order.map((key, i) => [key, i]))
  // Each term's postings (document number, count) from each document's counts (made by the
  // worker), in flat typed arrays: read once in document order (each posting's term as a
  // number), then placed term by term (a counting sort). Postings gathered per term in
  // growing lists took 744 MB at the peak for 16,000 documents (11 million postings), and
  // as growing strings about a gigabyte; this takes about four numbers of 4 bytes a posting.
  const slot = new SpanTable()
  const sizes: number[] = []
  let readTerms = new Int32Array(1 << 16)
  let readCounts = new Int32Array(1 << 16)
  let total = 0
  /** Each document read: its number and where its postings end in `read`. */
  const docOf: number[] = []
  const endOf: number[] = []
  for (const { key, counts: text } of index.counts()) {
    const n = number.get(key)
    if (n === undefined || !text) continue
    // line by line in place ("term count"): no array of lines, and the count read digit by
    // digit, not sliced and parsed (16,000 documents hold 11 million lines)
    for (let at = 0; at < text.length; ) {
      let end = text.indexOf('\n', at)
      if (end < 0) end = text.length
      const space = text.lastIndexOf(' ', end - 1)
      // a line without its space (none is written so) would read the line before it
      if (space < at) {
        at = end + 1
        continue
      }
      // the term's number, its string made only the first time it is met
      const k = slot.numberOf(text, at, space)
      if (k === sizes.length) sizes.push(0)
      sizes[k]++
      if (total === readTerms.length) {
        readTerms = grownTo(readTerms, total + 1)
        readCounts = grownTo(readCounts, total + 1)
      }
      let count = 0
      for (let i = space + 1; i < end; i++) count = count * 10 + text.charCodeAt(i) - 48
      readTerms[total] = k
      readCounts[total] = count
      total++
      at = end + 1
    }
    docOf.push(n)
    endOf.push(total)
  }
  const start = new Int32Array(sizes.length + 1)
  for (let k = 0; k < sizes.length; k++) start[k + 1] = start[k] + sizes[k]
  const filled = start.slice(0, sizes.length)
  const docs = new Int32Array(total)
  const counts = new Int32Array(total)
  for (let d = 0, at = 0; d < docOf.length; d++) {
    for (; at < endOf[d]; at++) {
      const to = filled[readTerms[at]]++
      docs[to] = docOf[d]
      counts[to] = readCounts[at]
    }
  }
  readTerms = readCounts = new Int32Array(0)
  const postingsText = (k: number): string => {
    const parts: string[] = []
    for (let at = start[k]; at < start[k + 1]; at++) parts.push(`${docs[at]}:${counts[at]}`)
    return parts.join(',')
  }
  // shard → its terms' numbers (the shard is worked out once a term, not once a posting)
  const shards = new Map<string, number[]>()
  slot.strings.forEach((term, k) => {
    const shard = shardOf(term)
    const terms = shards.get(shard)
    if (terms) terms.push(k)
    else shards.set(shard, [k])
  })

  const dir = join(out, CLIENT_DIR)
  mkdirSync(dir, { recursive: true })
  const written = new Set<string>()
  let bytes = 0
  for (const shard of [...shards.keys()].sort()) {
    // code unit order (sort() without a comparator), as before and as the page expects
    const numbers = shards.get(shard)!
    const terms = numbers.map((k) => slot.strings[k])
    const text = `memoShard(${JSON.stringify(shard)},${JSON.stringify(Object.fromEntries(codeUnitOrder(terms).map((i) => [terms[i], postingsText(numbers[i])])))})\n`
    const name = shardFile(shard)
    const file = new AtomicFile(join(dir, name))
    file.write(text)
    file.commit()
    written.add(name)
    bytes += Buffer.byteLength(text)
  }
  // shards of terms no document holds any more
  for (const name of readdirSync(dir)) if (!written.has(name) && name.endsWith('.js')) rmSync(join(dir, name), { force: true })
  return { shards: written.size, bytes }
}
