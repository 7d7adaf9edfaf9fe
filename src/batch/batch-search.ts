// memo batch's side of the search index (search/search-index.ts): which inputs it already
// holds, and the documents the workers send, each written as it arrives, before its
// manifest line: an input whose document did not make it in is redone on the next run,
// because `fresh` says no.
import { SearchIndex } from '../search/search-index.js'
import type { Outcome } from './types.js'

/** memo batch --merge: the shards' indexes joined into --out's, the documents in `keys`
 * order, each from the shard folder given; returns how many no shard index held. */
export function mergeSearch(out: string, documents: readonly { key: string; dir: string }[]): number {
  const shards = new Map<string, SearchIndex | undefined>()
  const target = BatchSearch.open(out)
  let missing = 0
  try {
    for (const { key, dir } of documents) {
      if (!shards.has(dir)) shards.set(dir, SearchIndex.openForSearch(dir))
      const doc = shards.get(dir)?.get(key)
      if (!doc) missing++
      else if (!target.fresh(key, doc.hash)) target.index.put(doc)
    }
    target.finish(documents.map((d) => d.key)).close()
  } finally {
    for (const s of shards.values()) s?.close()
  }
  return missing
}

export class BatchSearch {
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

  answer(outcome: Outcome): void {
    if (outcome.kind === 'skipped') return
    if (outcome.search) this.index.put(outcome.search)
    else this.index.remove(outcome.entry.key)
  }

  /** Drop the documents of inputs not in this run (the manifest forgets them too), settle
   * the file, and hand the index on (to write the index page from). */
  finish(keys: readonly string[]): SearchIndex {
    this.index.keepOnly(new Set(keys))
    this.index.settle()
    return this.index
  }
}
