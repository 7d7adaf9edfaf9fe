// Interned keys: what the features hold instead of strings.

/** Strings to small integers, per alignment run, so the search compares numbers. */
export class Interner {
  private ids = new Map<string, number>()
  // Word stems apart: a map of their own keeps them from colliding with the figure and
  // name keys without building a prefixed string for every stem of every paragraph.
  private stems = new Map<string, number>()
  private next = 0
  id(key: string): number {
    return this.intern(this.ids, key)
  }
  stem(stem: string): number {
    return this.intern(this.stems, stem)
  }
  /** The id of a stem already interned, or undefined. */
  knownStem(stem: string): number | undefined {
    return this.stems.get(stem)
  }
  /** Each stem's text by its id: the batch lexicon (costs/lexicon.ts) is kept by text,
   * since ids hold for one alignment only. Made when asked, not kept up on every stem. */
  stemTexts(): Map<number, string> {
    const out = new Map<number, string>()
    for (const [text, id] of this.stems) out.set(id, text)
    return out
  }
  /** Calls `visit` with each stem's text and id (forEach: a Map's iterator would make an
   * entry array for each). */
  forEachStem(visit: (text: string, id: number) => void): void {
    this.stems.forEach((id, text) => visit(text, id))
  }
  private intern(map: Map<string, number>, key: string): number {
    let id = map.get(key)
    if (id === undefined) {
      id = this.next++
      map.set(key, id)
    }
    return id
  }
}
