// The open-addressing tables that number strings (search/term-counts.ts's words, span-table.ts's
// spans) keep a number + 1 per slot (0 empty) beside the string's hash; both grow the same
// way, and the hash kept in the slot is what lets them grow without reading the strings.

/** The slots and hashes moved into tables twice as long, each at its hash's first free slot. */
export function doubledSlots(slots: Int32Array, hashes: Int32Array): { slots: Int32Array<ArrayBuffer>; hashes: Int32Array<ArrayBuffer> } {
  const grown = new Int32Array(slots.length * 2)
  const grownHashes = new Int32Array(slots.length * 2)
  const mask = grown.length - 1
  for (let s = 0; s < slots.length; s++) {
    if (slots[s] === 0) continue
    let slot = hashes[s] & mask
    while (grown[slot] !== 0) slot = (slot + 1) & mask
    grown[slot] = slots[s]
    grownHashes[slot] = hashes[s]
  }
  return { slots: grown, hashes: grownHashes }
}
