// IBM Model 1 (Brown et al. 1993): word-translation probabilities t(f|e) learnt by
// expectation-maximisation from beads believed to be translations, each a list of stems
// of A (e) and of B (f). One document's table (translation-cost.ts) and a batch's lexicon
// (lexicon.ts) are trained here alike.

/** t(f|e) after training, by e: the stems f of B that e translates to, with t(f|e) ≥ minT. */
export type Table = Map<number, { fs: number[]; ts: number[] }>

/** A table whose rows name their stems f in a numbering of their own (a batch lexicon's,
 * lexicon/lexicon.ts): f's id here is fOf[g] - 1 for the row's entry g, and an entry whose
 * fOf is 0 names a stem this document's B does not hold. Reading a lexicon's rows through
 * the renumbering, instead of copying each row with the entries B holds, spares a pair a
 * table of thousands of entries, most of them read once or never. */
export interface RenumberedTable {
  table: Table
  fOf: Int32Array
}

/** One training bead: the stem ids of its A and B paragraphs (any id space, one per side). */
export interface ModelOneBead {
  es: Int32Array
  fs: Int32Array
}

// The table as flat arrays: every (e, f) pair that co-occurs in a training bead is a cell,
// and each bead is the list of its cells, so an iteration is a pass over typed arrays. A
// Map of Maps rebuilt each iteration made training three quarters of the third pass (1.3 s
// of 3.3 s aligning 500 benchmark dumps), and a Map from (e, f) to its cell still half of
// what was left. Sums run in the order the Maps summed them, so the table is the same to
// the last bit.
export function trainModelOne(given: readonly ModelOneBead[], iterations: number, minT: number): Table {
  // stems numbered 0, 1, … in the order first met, on each side
  const eLocal = new Map<number, number>()
  const fLocal = new Map<number, number>()
  const local = (ids: Int32Array, into: Map<number, number>) =>
    Int32Array.from(ids, (id) => {
      let k = into.get(id)
      if (k === undefined) into.set(id, (k = into.size))
      return k
    })
  const pairs = given.map(({ es, fs }) => ({ es: local(es, eLocal), fs: local(fs, fLocal) }))
  const nf = fLocal.size
  // (e, f) → cell: a dense table while it stays small, a Map past that
  const dense = eLocal.size * nf <= 1 << 20 ? new Int32Array(eLocal.size * nf).fill(-1) : undefined
  const sparse = new Map<number, number>()
  // Every bead's cells in one array, bead after bead, each f-major (for each stem f of B,
  // the cells of A's stems e in order); bead k's start in `beadStart`, its count of e in `beadNe`.
  let size = 0
  for (const { es, fs } of pairs) size += es.length * fs.length
  const cells = new Int32Array(size)
  const beadStart = new Int32Array(pairs.length + 1)
  const beadNe = new Int32Array(pairs.length)
  // a cell's e and f; at most one cell per bead cell
  const eOf = new Int32Array(size)
  const fOf = new Int32Array(size)
  let n = 0
  let at = 0
  for (let k = 0; k < pairs.length; k++) {
    const { es, fs } = pairs[k]
    beadStart[k] = at
    beadNe[k] = es.length
    for (let q = 0; q < fs.length; q++) {
      for (let p = 0; p < es.length; p++) {
        const key = es[p] * nf + fs[q]
        let c = dense ? dense[key] : (sparse.get(key) ?? -1)
        if (c < 0) {
          c = n++
          if (dense) dense[key] = c
          else sparse.set(key, c)
          eOf[c] = es[p]
          fOf[c] = fs[q]
        }
        cells[at++] = c
      }
    }
  }
  beadStart[pairs.length] = at
  // t starts uniform: with every t equal, each f spreads one count evenly over A's stems
  const t = new Float64Array(n).fill(1)
  const counts = new Float64Array(n)
  const totals = new Float64Array(eLocal.size)
  for (let it = 0; it < iterations; it++) {
    counts.fill(0)
    for (let k = 0; k < pairs.length; k++) {
      const ne = beadNe[k]
      const stop = beadStart[k + 1]
      for (let from = beadStart[k]; from < stop; from += ne) {
        let z = 0
        for (let p = from; p < from + ne; p++) z += t[cells[p]]
        if (z === 0) continue
        for (let p = from; p < from + ne; p++) counts[cells[p]] += t[cells[p]] / z
      }
    }
    totals.fill(0)
    for (let c = 0; c < n; c++) totals[eOf[c]] += counts[c]
    for (let c = 0; c < n; c++) {
      const p = counts[c] === 0 ? 0 : counts[c] / totals[eOf[c]]
      t[c] = p < minT / 4 ? 0 : p
    }
  }
  const eIds = [...eLocal.keys()]
  const fIds = [...fLocal.keys()]
  const table: Table = new Map()
  for (let c = 0; c < n; c++) {
    if (t[c] < minT) continue
    const e = eIds[eOf[c]]
    let row = table.get(e)
    if (!row) table.set(e, (row = { fs: [], ts: [] }))
    row.fs.push(fIds[fOf[c]])
    row.ts.push(t[c])
  }
  return table
}
