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
  private intern(map: Map<string, number>, key: string): number {
    let id = map.get(key)
    if (id === undefined) {
      id = this.next++
      map.set(key, id)
    }
    return id
  }
}
