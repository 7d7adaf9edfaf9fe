// Key lists as the features keep them: sorted, unique, in a typed array of their own (or
// a view of one, see KeyPool).
import type { KeyPool } from './key-pool.js'

/** The result for no keys, shared: an empty typed array cannot be written to, and making
 * one costs about as much as a short one (most Chinese paragraphs have no stems, and most
 * paragraphs no names or figures). */
export const NO_KEYS = new Int32Array(0)

/** keys[0, count) sorted, duplicates dropped, as a list from `pool` (keys is scratch). A
 * paragraph has a few dozen keys: an insertion sort of those costs less than calling the
 * typed array's sort on a subarray; a long list still goes to that sort. */
export function sortedUnique(keys: Int32Array, count: number, pool: KeyPool): Int32Array {
  if (count === 0) return NO_KEYS
  if (count > 64) keys.subarray(0, count).sort()
  else {
    for (let k = 1; k < count; k++) {
      const key = keys[k]
      let l = k - 1
      while (l >= 0 && keys[l] > key) {
        keys[l + 1] = keys[l]
        l--
      }
      keys[l + 1] = key
    }
  }
  let u = 1
  for (let k = 1; k < count; k++) if (keys[k] !== keys[u - 1]) keys[u++] = keys[k]
  return pool.copyOf(keys, u)
}
