import { grownTo } from './grown.js'

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

/** Per key, the last `epoch` at which it was marked in B and seen in A. */
let inB = new Int32Array(1024)
let seenA = new Int32Array(1024)
let epoch = 0

/** Start a group: returns its epoch, which no key is marked with yet (every earlier mark
 * is stale). */
export function startGroup(): number {
  if (epoch === 0x7fffffff) {
    inB.fill(0)
    seenA.fill(0)
    epoch = 0
  }
  return ++epoch
}

/** Room for `key` in both mark arrays (keys are interned ids: small, but no bound is
 * known in advance). */
function fit(key: number): void {
  inB = grownTo(inB, key + 1)
  seenA = grownTo(seenA, key + 1)
}

/** Mark `keys` as found on the B side of the group of epoch `e`. */
export function markInB(keys: Int32Array, e: number): void {
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]
    if (key >= inB.length) fit(key)
    inB[key] = e
  }
}

/** Whether `key` was marked as B's in the group of epoch `e`. */
export function markedInB(key: number, e: number): boolean {
  return key < inB.length && inB[key] === e
}

/** For the next list of the A side of group `e` (lists in order): how many of its keys
 * no earlier list of A had and B has; marks them seen. What checking each key with
 * a binary search against A's earlier lists, then B's lists, counts. Each list holds distinct
 * keys. */
export function countNewInB(keys: Int32Array, e: number): number {
  let shared = 0
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]
    if (key >= inB.length) fit(key)
    if (seenA[key] === e) continue
    seenA[key] = e
    if (inB[key] === e) shared++
  }
  return shared
}

/** As countNewInB, but adds the weight of each such key to `sum` in the order met and
 * returns it (a running sum, so the additions are the ones that walk made); keys
 * of weight 0 are left out before anything else, as that walk did. */
export function addNewInB(keys: Int32Array, e: number, weight: Float64Array, sum: number): number {
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]
    const w = weight[key]
    if (w === 0) continue
    if (key >= inB.length) fit(key)
    if (seenA[key] === e) continue
    seenA[key] = e
    if (inB[key] === e) sum += w
  }
  return sum
}
