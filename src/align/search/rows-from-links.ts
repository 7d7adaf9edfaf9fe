// Turn links between paragraphs of several sections into n-way rows: linked paragraphs
// share a row, a row holds a contiguous run of each section's paragraphs, every paragraph
// is in exactly one row, and rows come in document order. Crossing links (which no
// monotone alignment makes, but a union of several can) are resolved by merging the rows
// involved, so the result is always a valid alignment.

/** [section, paragraph, section, paragraph] */
export type Link = readonly [number, number, number, number]

class UnionFind {
  parent: Int32Array
  constructor(size: number) {
    this.parent = new Int32Array(size)
    for (let i = 0; i < size; i++) this.parent[i] = i
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]]
      x = this.parent[x]
    }
    return x
  }
  union(x: number, y: number): boolean {
    const rx = this.find(x)
    const ry = this.find(y)
    if (rx === ry) return false
    // The smaller id wins, so the result does not depend on the order of the links.
    if (rx < ry) this.parent[ry] = rx
    else this.parent[rx] = ry
    return true
  }
}

/** Rows as lists of paragraph indices per section (section order as in `sizes`). */
export function rowsFromLinks(sizes: readonly number[], links: readonly Link[]): number[][][] {
  const base: number[] = []
  let total = 0
  for (const size of sizes) {
    base.push(total)
    total += size
  }
  const uf = new UnionFind(total)
  // Indexed, not destructured: a destructured link is read through an iterator, one
  // object per link, and a document has a link per paragraph and pair in each candidate.
  for (let k = 0; k < links.length; k++) {
    const link = links[k]
    uf.union(base[link[0]] + link[1], base[link[2]] + link[3])
  }

  fillGaps(uf, sizes, base)
  let spans = spansOf(uf, sizes, base, total)
  const width = 2 * sizes.length
  const rows: number[][][] = []
  const pointer = sizes.map(() => 0)
  const heads: number[] = []
  for (;;) {
    heads.length = 0
    for (let s = 0; s < sizes.length; s++) {
      if (pointer[s] < sizes[s]) {
        const root = uf.find(base[s] + pointer[s])
        if (!heads.includes(root)) heads.push(root)
      }
    }
    if (heads.length === 0) break
    // A row is ready when, in every section it touches, it starts at that section's pointer
    // (the first head that is, in order).
    let ready: number | undefined
    for (let h = 0; h < heads.length && ready === undefined; h++) {
      const at = heads[h] * width
      let starts = true
      for (let s = 0; s < sizes.length && starts; s++) starts = spans[at + 2 * s] < 0 || spans[at + 2 * s] === pointer[s]
      if (starts) ready = heads[h]
    }
    if (ready === undefined) {
      // Crossing links: every head waits for another. Merge them and go on.
      for (const root of heads) uf.union(heads[0], root)
      fillGaps(uf, sizes, base)
      spans = spansOf(uf, sizes, base, total)
      continue
    }
    const at = ready * width
    const cells: number[][] = sizes.map(() => NONE)
    for (let s = 0; s < sizes.length; s++) {
      const first = spans[at + 2 * s]
      if (first < 0) {
        cells[s] = []
        continue
      }
      const last = spans[at + 2 * s + 1]
      cells[s] = run(first, last)
      pointer[s] = last + 1
    }
    rows.push(cells)
  }
  return rows
}

/** A placeholder, replaced before a row is returned. */
const NONE: number[] = []

/** first, first + 1, … last. The usual lengths are literals: a list grown by push from
 * empty keeps room for 16 numbers, and every candidate has a list per row and section. */
function run(first: number, last: number): number[] {
  switch (last - first) {
    case 0:
      return [first]
    case 1:
      return [first, first + 1]
    case 2:
      return [first, first + 1, first + 2]
  }
  const list: number[] = []
  for (let p = first; p <= last; p++) list.push(p)
  return list
}

/** A row holding paragraphs 3 and 5 of a section holds 4 too. Repeat until nothing
 * changes (a fill can join two rows, which can open a new gap). */
function fillGaps(uf: UnionFind, sizes: readonly number[], base: readonly number[]): void {
  // Per root, the last paragraph of the section seen in it (-1: none yet); the roots
  // written are listed in `touched` and put back to -1 after each section. A Map per
  // section and pass was most of what building a candidate allocated.
  const total = uf.parent.length
  const last = new Int32Array(total).fill(-1)
  const touched = new Int32Array(total)
  for (let changed = true; changed; ) {
    changed = false
    for (let s = 0; s < sizes.length; s++) {
      let count = 0
      for (let p = 0; p < sizes[s]; p++) {
        const root = uf.find(base[s] + p)
        const previous = last[root]
        if (previous >= 0 && previous < p - 1) {
          for (let k = previous + 1; k < p; k++) if (uf.union(base[s] + k, base[s] + p)) changed = true
        }
        const now = uf.find(base[s] + p)
        if (last[now] < 0) touched[count++] = now
        last[now] = p
      }
      for (let k = 0; k < count; k++) last[touched[k]] = -1
    }
  }
}

/** Per row (root r, entries r * 2·sections on): first and last paragraph in each section,
 * -1 where it has none. One table for all roots: a small array per row was most of what
 * joining a document's rows allocated. */
function spansOf(uf: UnionFind, sizes: readonly number[], base: readonly number[], total: number): Int32Array {
  const width = 2 * sizes.length
  const spans = new Int32Array(total * width).fill(-1)
  for (let s = 0; s < sizes.length; s++) {
    for (let p = 0; p < sizes[s]; p++) {
      const at = uf.find(base[s] + p) * width
      if (spans[at + 2 * s] < 0) spans[at + 2 * s] = p
      spans[at + 2 * s + 1] = p
    }
  }
  return spans
}
