// Numbers for the distinct strings of many spans of larger texts (the client index reads
// millions of terms out of its documents' counts): a span already met is found by hashing
// and comparing its code units where it stands, so a string is made only for a new one,
// where a Map would need a slice of every span to look it up.

import { doubledSlots } from './doubled-slots.js'

export class SpanTable {
  /** The strings, by number (in the order first met). */
  readonly strings: string[] = []
  /** Open addressing: a string's number + 1 a slot (0 empty), beside the string's hash. */
  private slots = new Int32Array(1 << 10)
  private hashes = new Int32Array(1 << 10)

  /** The number of text[start, end), given the next number when it is new. */
  numberOf(text: string, start: number, end: number): number {
    let hash = 0x811c9dc5 | 0
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
    const mask = this.slots.length - 1
    const length = end - start
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const number = this.slots[slot] - 1
      if (number < 0) {
        this.strings.push(text.slice(start, end))
        this.slots[slot] = this.strings.length
        this.hashes[slot] = hash
        if (this.strings.length * 2 > this.slots.length) this.grow()
        return this.strings.length - 1
      }
      if (this.hashes[slot] === hash && this.strings[number].length === length && text.startsWith(this.strings[number], start)) return number
    }
  }

  private grow(): void {
    const grown = doubledSlots(this.slots, this.hashes)
    this.slots = grown.slots
    this.hashes = grown.hashes
  }
}
