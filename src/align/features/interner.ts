// Interned keys: what the features hold instead of strings.

/** Strings to small integers, per alignment run, so the search compares numbers. */
export class Interner {
  private ids = new Map<string, number>()
  // Word stems apart: a map of their own keeps them from colliding with the figure and
  // name keys without building a prefixed string for every stem of every paragraph. It
  // holds stemOrder[0, mapped) and is filled only when stem() is called: the word table
  // (WordStems) knows which stems are new to an interner and adds them with newStem, and
  // a map that grows to every stem of every document was a fifth of what reading
  // paragraphs' features allocated.
  private stems: Map<string, number> | undefined
  private mapped = 0
  private next = 0
  /** The stems' texts and ids in the order interned, for stemTexts and stemList: a batch
   * lexicon reads them for every pair, and a Map's iterator makes an entry array each. */
  private stemOrder: string[] = []
  private stemOrderIds: number[] = []
  id(key: string): number {
    return this.intern(this.ids, key)
  }
  /** How many stems are interned. */
  get stemCount(): number {
    return this.stemOrder.length
  }
  stem(stem: string): number {
    const map = (this.stems ??= new Map())
    for (; this.mapped < this.stemOrder.length; this.mapped++) map.set(this.stemOrder[this.mapped], this.stemOrderIds[this.mapped])
    let id = map.get(stem)
    if (id === undefined) {
      id = this.newStem(stem)
      map.set(stem, id)
      this.mapped++
    }
    return id
  }
  /** The id of a stem the caller knows is not interned yet: stem() without the lookup. */
  newStem(stem: string): number {
    const id = this.next++
    this.stemOrder.push(stem)
    this.stemOrderIds.push(id)
    return id
  }
  /** Each stem's text by its id: the batch lexicon (lexicon/lexicon.ts) is kept by text,
   * since ids hold for one alignment only. Made when asked. */
  stemTexts(): Map<number, string> {
    const out = new Map<number, string>()
    for (let k = 0; k < this.stemOrder.length; k++) out.set(this.stemOrderIds[k], this.stemOrder[k])
    return out
  }
  /** Each stem's text and id, in the order interned (index k of both lists): read, not
   * changed. */
  stemList(): { texts: readonly string[]; ids: readonly number[] } {
    return { texts: this.stemOrder, ids: this.stemOrderIds }
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
