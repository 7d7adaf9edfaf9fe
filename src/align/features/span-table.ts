// A table of the words a thread has seen, looked up by where a word stands in a text
// rather than by the word as a string.
import { grownTo } from '../../text/grown-to.js'

const FNV_OFFSET = 0x811c9dc5 | 0
const FNV_PRIME = 0x01000193

/** FNV-1a of the code units text[p, q): what SpanTable is keyed by. */
export function spanHash(text: string, p: number, q: number): number {
  let h = FNV_OFFSET
  for (let k = p; k < q; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME)
  return h
}

/** Word → a number, for words read out of texts: looking up text[p, q) compares the
 * stored word with the text in place, so that a word is sliced out of the text only when
 * it is new (a slice and a Map lookup per word cost more). Open addressing, kept at most
 * half full. */
export class SpanTable {
  private slots = new Int32Array(1 << 10).fill(-1)
  private words: string[] = []
  private hashes = new Int32Array(1 << 9)
  private values = new Int32Array(1 << 9)

  get size(): number {
    return this.words.length
  }

  /** The value of the word text[p, q) whose spanHash is h, or `missing`. */
  get(text: string, p: number, q: number, h: number, missing: number): number {
    const slots = this.slots
    const mask = slots.length - 1
    for (let slot = (h ^ (h >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      const e = slots[slot]
      if (e < 0) return missing
      if (this.hashes[e] !== h) continue
      const word = this.words[e]
      // startsWith compares natively; a loop of charCodeAt cost twice as much.
      if (word.length === q - p && text.startsWith(word, p)) return this.values[e]
    }
  }

  /** Adds `word` (not in the table), whose spanHash is h, with its value. */
  set(word: string, h: number, value: number): void {
    const e = this.words.length
    this.words.push(word)
    this.hashes = grownTo(this.hashes, e + 1)
    this.values = grownTo(this.values, e + 1)
    this.hashes[e] = h
    this.values[e] = value
    if (2 * this.words.length > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2).fill(-1)
      for (let k = 0; k < this.words.length; k++) this.place(k)
    } else this.place(e)
  }

  clear(): void {
    this.slots = new Int32Array(1 << 10).fill(-1)
    this.words = []
  }

  private place(e: number): void {
    const slots = this.slots
    const mask = slots.length - 1
    const h = this.hashes[e]
    let slot = (h ^ (h >>> 15)) & mask
    while (slots[slot] >= 0) slot = (slot + 1) & mask
    slots[slot] = e
  }
}
