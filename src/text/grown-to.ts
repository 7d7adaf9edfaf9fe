// Typed arrays that grow as the work needs (the aligner's scratch and per-key tables, the
// client index's postings): one way to grow them, shared by every such array.

/** `a` when it holds `size` entries already; otherwise a copy at least twice as long (so a
 * run of growths costs linear time), with `a`'s entries at the front and zeros after. */
export function grownTo<T extends Int32Array | Float64Array>(a: T, size: number): T {
  if (size <= a.length) return a
  const length = Math.max(size, a.length * 2)
  const b = (a instanceof Float64Array ? new Float64Array(length) : new Int32Array(length)) as T
  b.set(a)
  return b
}
