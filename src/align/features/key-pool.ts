// Where the features' key lists are copied out to.

/** Keys a list may have and still be made on its own: V8 keeps a typed array of up to 64
 * bytes in its heap, cheap to make and to collect; a longer one gets a buffer of its own
 * outside the heap, which cost about fifteen times as much to make (a paragraph's stems
 * often need one). */
const SMALL = 16
/** Keys per chunk: a chunk lives as long as any list cut from it, so it is kept small
 * (64 KB), about twenty documents' worth of long lists in the batch corpus. */
const CHUNK = 1 << 14

/** Hands out key lists: short ones as typed arrays of their own, longer ones as views into
 * a shared chunk, cut one after the other. A list is never written to once handed out, so
 * lists that share a chunk never see each other. One per thread, like the FeatureScratch
 * that holds it. */
export class KeyPool {
  private chunk = new Int32Array(CHUNK)
  private used = 0

  /** keys[0, count) in a list of its own (count > 0). */
  copyOf(keys: Int32Array, count: number): Int32Array {
    if (count <= SMALL || count > CHUNK >> 2) return keys.slice(0, count)
    if (this.used + count > CHUNK) {
      this.chunk = new Int32Array(CHUNK)
      this.used = 0
    }
    const start = this.used
    const chunk = this.chunk
    for (let k = 0; k < count; k++) chunk[start + k] = keys[k]
    this.used = start + count
    return chunk.subarray(start, start + count)
  }
}
