// A small seeded generator (mulberry32) for the benchmark corpus and the built alignment
// test documents: the same seed gives the same numbers on every machine and run, so the
// corpora and the hand alignments built from them never change under us.

/** @param {number} seed @returns {() => number} numbers in [0, 1) */
export function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
