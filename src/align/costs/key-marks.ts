import { grownTo } from '../../text/grown-to.js'

// Which keys (paragraph names or word stems, interned as numbers) two paragraphs or two
// groups of paragraphs share. Paragraphs keep their keys sorted and unique.

// The one-paragraph-against-one case (the commonest bead): one merge walk over both
// sorted arrays.

/** How many keys two sorted arrays of distinct keys share. */
export function sortedCommon(a: Int32Array, b: Int32Array): number {
  let shared = 0
  for (let x = 0, y = 0; x < a.length && y < b.length; ) {
    if (a[x] === b[y]) {
      shared++
      x++
      y++
    } else if (a[x] < b[y]) x++
    else y++
  }
  return shared
}

/** The summed weight of the keys two sorted arrays of distinct keys share, added in
 * the order of a. */
export function sortedCommonWeight(a: Int32Array, b: Int32Array, weight: Float64Array): number {
  let shared = 0
  for (let x = 0, y = 0; x < a.length && y < b.length; ) {
    if (a[x] === b[y]) {
      const w = weight[a[x]]
      if (w !== 0) shared += w
      x++
      y++
    } else if (a[x] < b[y]) x++
    else y++
  }
  return shared
}

// Groups (1:2, 2:1, 2:2, 1:3, 3:1: most beads the second pass computes in full) ask, for
// every key of the A side, whether an earlier paragraph of the group had it and whether
// any paragraph of B has it. A binary search per key and paragraph (how this was done
// before) cost more than the rest of the bead; marking B's keys once and A's as they are
// met answers each in one array read, in the same order.

/** The marks of one group at a time, owned by the pair's context (PairContext.marks): per
 * key, the last group (its epoch) in which it was marked as B's and seen in A's lists.
 * A new group makes every earlier mark stale without clearing anything. */
export class KeyMarks {
  private inB = new Int32Array(64)
  private seenA = new Int32Array(64)
  private epoch = 0

  /** Start a group: no key is marked in it yet. */
  startGroup(): void {
    if (this.epoch === 0x7fffffff) {
      this.inB.fill(0)
      this.seenA.fill(0)
      this.epoch = 0
    }
    this.epoch++
  }

  /** Room for `key` in both mark arrays (keys are interned ids: small, but no bound is
   * known in advance). */
  private fit(key: number): void {
    this.inB = grownTo(this.inB, key + 1)
    this.seenA = grownTo(this.seenA, key + 1)
  }

  /** Mark `keys` as found on the B side of the group. */
  markInB(keys: Int32Array): void {
    const e = this.epoch
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]
      if (key >= this.inB.length) this.fit(key)
      this.inB[key] = e
    }
  }

  /** Whether `key` was marked as B's in the group. */
  markedInB(key: number): boolean {
    return key < this.inB.length && this.inB[key] === this.epoch
  }

  /** For the next list of the A side of the group (lists in order): how many of its keys
   * no earlier list of A had and B has; marks them seen. What checking each key with a
   * binary search against A's earlier lists, then B's lists, counts. Each list holds
   * distinct keys. */
  countNewInB(keys: Int32Array): number {
    const e = this.epoch
    let shared = 0
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]
      if (key >= this.inB.length) this.fit(key)
      if (this.seenA[key] === e) continue
      this.seenA[key] = e
      if (this.inB[key] === e) shared++
    }
    return shared
  }

  /** As countNewInB, but adds the weight of each such key to `sum` in the order met and
   * returns it (a running sum, so the additions are the ones that walk made); keys of
   * weight 0 are left out before anything else, as that walk did. */
  addNewInB(keys: Int32Array, weight: Float64Array, sum: number): number {
    const e = this.epoch
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]
      const w = weight[key]
      if (w === 0) continue
      if (key >= this.inB.length) this.fit(key)
      if (this.seenA[key] === e) continue
      this.seenA[key] = e
      if (this.inB[key] === e) sum += w
    }
    return sum
  }
}
