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
