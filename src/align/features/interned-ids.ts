// The interned ids of a thread's word table, kept for one interner at a time.
import { grownTo } from '../../text/grown-to.js'

/** Stamps start again from 1 (the stamps cleared) before they could overflow. */
const STAMP_LIMIT = 0x3fffffff

/** Per word number of a table that outlives one alignment (WordStems, NameKeys): the id
 * the current alignment's Interner gave the word's key, so that the interner is asked about
 * each key once. ids[g] is the current interner's when stamps[g] === stamp; a call with
 * another interner starts a new stamp, which leaves every id unknown without clearing. */
export class InternedIds {
  ids: Int32Array
  stamps: Int32Array
  stamp = 0
  private owner: object | undefined

  constructor(size: number) {
    this.ids = new Int32Array(size)
    this.stamps = new Int32Array(size)
  }

  /** Begins a call with `interner`: whether it is another than the last call's. */
  use(interner: object): boolean {
    if (this.stamp === STAMP_LIMIT) {
      this.stamps.fill(0)
      this.stamp = 0
      this.owner = undefined
    }
    if (interner === this.owner) return false
    this.owner = interner
    this.stamp++
    return true
  }

  /** Room for the word numbers below `size`. */
  grow(size: number): void {
    this.ids = grownTo(this.ids, size)
    this.stamps = grownTo(this.stamps, size)
  }

  /** Every id unknown: the table numbers its words anew. */
  forget(): void {
    this.stamps.fill(0)
  }
}
