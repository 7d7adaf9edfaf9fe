// The index page's own full-text index, for searching without a server: each document's
// terms with how often they occur (SearchDoc.counts: the same folding and Chinese pairs as
// terms.ts, counted by the batch worker), written as small script files in index-search/, one
// per first letters of a term ("ro" for roshchin, "港" for 港口), which the page loads on
// demand with <script> tags: that works from file://, where fetch() does not.
// A shard holds `memoShard("ro", {"roshchin": "12:3,40:1"})`: document number : count.
// It is document-level (no positions): the page finds documents that hold every word,
// prefixes included, ranked by tf·idf; phrases and paragraph snippets are memo search's.
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { AtomicFile } from '../io/atomic-file.js'
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
  // shard → term → [doc, count, doc, count, …], from each document's counts (made by the
  // worker). Numbers, not the "doc:count,…" text growing one posting at a time: a string
  // grown by + is a chain of pieces, and for 16,000 documents (11 million postings) the
  // chains held about a gigabyte until the shards were written.
  const shards = new Map<string, Map<string, number[]>>()
  for (const { key, counts } of index.counts()) {
    const n = number.get(key)
    if (n === undefined || !counts) continue
    for (const line of counts.split('\n')) {
      const space = line.lastIndexOf(' ')
      const term = line.slice(0, space)
      const shard = shardOf(term)
      let terms = shards.get(shard)
      if (!terms) shards.set(shard, (terms = new Map()))
      let postings = terms.get(term)
      if (!postings) terms.set(term, (postings = []))
      postings.push(n, Number(line.slice(space + 1)))
    }
  }

  const dir = join(out, CLIENT_DIR)
  mkdirSync(dir, { recursive: true })
  const written = new Set<string>()
  let bytes = 0
  for (const shard of [...shards.keys()].sort()) {
    const terms = shards.get(shard)!
    const text = `memoShard(${JSON.stringify(shard)},${JSON.stringify(Object.fromEntries([...terms].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([term, postings]) => [term, postingsText(postings)])))})\n`
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

/** [doc, count, doc, count, …] as the page reads it: "doc:count,doc:count". */
function postingsText(postings: readonly number[]): string {
  const parts: string[] = []
  for (let k = 0; k < postings.length; k += 2) parts.push(`${postings[k]}:${postings[k + 1]}`)
  return parts.join(',')
}
