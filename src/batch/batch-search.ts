// memo batch's side of the search index (search/search-index.ts): which inputs it already
// holds, and the documents the workers send, written in batch order (whatever order the
// workers finish in, the rows and their ids come out the same), committed every
// COMMIT_EVERY documents so that a killed run keeps most of its work; an input whose
// document did not make it in is redone on the next run, because `fresh` says no.
import { SearchIndex } from '../search/search-index.js'
import type { Outcome } from './types.js'

const COMMIT_EVERY = 256

export class BatchSearch {
  private readonly waiting = new Map<number, Outcome>()
  private next = 0
  private since = 0

  private constructor(
    private readonly index: SearchIndex,
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

  /** Task i's outcome; written once every task before it has been. */
  answer(i: number, outcome: Outcome): void {
    this.waiting.set(i, outcome)
    for (let o = this.waiting.get(this.next); o !== undefined; o = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++)
      if (o.kind === 'skipped') continue
      this.index.begin()
      if (o.search) this.index.put(o.search)
      else this.index.remove(o.entry.key)
      if (++this.since >= COMMIT_EVERY) {
        this.index.commit()
        this.since = 0
      }
    }
  }

  /** Drop the documents of inputs not in this run (the manifest forgets them too). */
  finish(keys: readonly string[]): SearchIndex {
    this.index.begin()
    this.index.keepOnly(new Set(keys))
    this.index.commit()
    return this.index
  }
}
