/** Whether a sorted array of keys (paragraph names or word stems, interned as numbers)
 * holds `key`: a binary search, since paragraphs keep their keys sorted once. */
export function sortedHas(sorted: Int32Array, key: number): boolean {
  let lo = 0
  let hi = sorted.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const v = sorted[mid]
    if (v === key) return true
    if (v < key) lo = mid + 1
    else hi = mid - 1
  }
  return false
}

// The one-paragraph-against-one case of the group measures (most beads the search tries):
// one merge walk over both sorted arrays instead of a binary search per key.

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
