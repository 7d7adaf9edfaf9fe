// memo batch's side of the search index (search/search-index.ts): which inputs it already
// holds, and the documents the workers send, written a group at a time, each input's
// manifest line only after its document is committed: the manifest never names an input the
// index lacks, and one whose document did not make it in is redone on the next run.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { CLIENT_DIR } from '../search/client-index.js'
import { INDEX_PAGE } from '../search/files.js'
import { writeIndexPage } from '../search/index-page.js'
import { SearchIndex } from '../search/search-index.js'
import type { SearchDoc } from '../search/types.js'
import type { Outcome } from './types.js'

/** memo batch --merge: the shards' indexes joined into --out's, the documents in `keys`
 * order, each from the shard folder given; returns how many no shard index held. */
export function mergeSearch(out: string, documents: readonly { key: string; dir: string }[]): number {
  const shards = new Map<string, SearchIndex | undefined>()
  const target = BatchSearch.open(out)
  let missing = 0
  let group: SearchDoc[] = []
  try {
    for (const { key, dir } of documents) {
      if (!shards.has(dir)) shards.set(dir, SearchIndex.openForSearch(dir))
      const doc = shards.get(dir)?.get(key)
      if (!doc) missing++
      else if (!target.fresh(key, doc.hash)) group.push(doc)
      if (group.length >= GROUP) {
        target.index.putAll(group)
        group = []
      }
    }
    target.index.putAll(group)
    target.finish(documents.map((d) => d.key))
    target.writePage(out)
    target.index.close()
  } finally {
    for (const s of shards.values()) s?.close()
  }
  return missing
}

/** Documents a transaction (see SearchIndex.putAll for why not one each), or the text a
 * transaction holds (UTF-16 units of the paragraphs), whichever is reached first. A
 * transaction ends on what it holds, never on a clock, because where transactions end
 * shapes the file's bytes. What a kill -9 can cost on top of the files in flight: the
 * inputs of one open transaction (their manifest lines wait for it), and those run-batch.ts
 * still holds for batch order, converted again on the next run; GROUP_TEXT keeps a
 * transaction to about a second of conversion when documents are long. */
const GROUP = 256
const GROUP_TEXT = 4_000_000

export class BatchSearch {
  private queue: { outcome: Outcome & { kind: 'done' }; committed: () => void }[] = []
  private text = 0

  private constructor(
    readonly index: SearchIndex,
    /** The index was unreadable or of another version and was made again. */
    readonly rebuilt: boolean,
  ) {}

  static open(out: string): BatchSearch {
    const { index, rebuilt } = SearchIndex.openForBatch(out)
    return new BatchSearch(index, rebuilt)
  }

  /** Whether the index holds this input's document, from these bytes. */
  fresh(key: string, hash: string): boolean {
    return this.index.has(key, hash)
  }

  /** A finished input's outcome, and what to do once its document is committed (append
   * its manifest line). Held until GROUP documents or GROUP_TEXT of text wait. */
  add(outcome: Outcome & { kind: 'done' }, committed: () => void): void {
    this.queue.push({ outcome, committed })
    for (const p of outcome.search?.paragraphs ?? []) this.text += p.text.length
    if (this.queue.length >= GROUP || this.text >= GROUP_TEXT) this.drain()
  }

  /** Commit what waits, then run its callbacks in the order they came (batch order). */
  drain(): void {
    if (this.queue.length === 0) return
    const queue = this.queue.splice(0)
    this.text = 0
    const docs = queue.flatMap(({ outcome }) => (outcome.search ? [outcome.search] : []))
    this.index.putAll(docs)
    for (const { outcome } of queue) if (!outcome.search) this.index.remove(outcome.entry.key)
    for (const { committed } of queue) committed()
  }

  /** Drop the documents of inputs not in this run (the manifest forgets them too), settle
   * the file, and hand the index on (to write the index page from). */
  finish(keys: readonly string[]): SearchIndex {
    this.drain()
    this.index.keepOnly(new Set(keys))
    this.index.settle()
    return this.index
  }

  /** The index page and its search files, from what the index holds now. Given memo's
   * version, a page this version wrote from the index as it is now is left as it is (on
   * 16,000 documents writing it takes most of a rerun that converts nothing). */
  writePage(out: string, version?: string): void {
    if (version !== undefined && this.index.pageIsFrom(version) && existsSync(join(out, INDEX_PAGE)) && existsSync(join(out, CLIENT_DIR))) return
    writeIndexPage(out, this.index)
    if (version !== undefined) this.index.stampPage(version)
  }
}
