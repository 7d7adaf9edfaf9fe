// The n-way rows of several sequences from candidate row sets: the cheapest chain of rows
// through the places where the candidates start and end rows, each row costing what it
// costs in every pair (row-cost.ts).
import { rowCost, type RowPair } from './row-cost.js'

/** A row may hold at most this many paragraphs of a sequence when it joins two places
 * that no candidate joins directly (the search's largest group is 3). */
const REACH = 3

/** The cheapest chain of rows from the start of every sequence to the end. A place is a
 * paragraph index per sequence where some candidate starts a row. The rows that may join
 * two places are every candidate's own rows, and any row between two places at most REACH
 * paragraphs apart in each sequence. Choosing one whole candidate instead loses whenever
 * each candidate is right somewhere and wrong elsewhere: with four sections, every pivot's
 * star held one of the pairs' mistakes, and the right row was often in no candidate at all
 * (pivot A right up to a place, pivot B right after it, the row between the two in
 * neither). Rows cost what they cost in every pair (rowCost, in row-cost.ts), so the chain's
 * cost is the candidates' score, taken stretch by stretch. */
export function cheapestRows(candidates: number[][][][], pairs: RowPair[], sizes: number[]): number[][][] {
  const n = sizes.length
  // Places, numbered in the order found; the candidates' rows are found by key. The rows
  // between two places and the search below go by number: the key (a string per place)
  // is built once per candidate row, not once per pair of places looked at.
  const places: number[][] = []
  const numbers = new Map<string, number>()
  const keyOf = (at: number[]) => at.join(',')
  const placeOf = (at: number[]): number => {
    const key = keyOf(at)
    let k = numbers.get(key)
    if (k === undefined) {
      numbers.set(key, (k = places.length))
      places.push(at)
    }
    return k
  }
  const start = placeOf(sizes.map(() => 0))
  interface Edge { cells: number[][]; cost: number }
  // per place, the rows leaving it by the place they reach, the first offered kept
  const edges: Array<Map<number, Edge>> = []
  const addEdge = (from: number, to: number, cells: number[][]) => {
    const out = (edges[from] ??= new Map())
    if (!out.has(to)) out.set(to, { cells, cost: rowCost(cells, places[from], pairs) })
  }
  // How many candidates pass through each place: where all do, they agree.
  const through = [candidates.length]
  for (const rows of candidates) {
    let at = start
    for (const cells of rows) {
      const next = placeOf(places[at].map((p, s) => p + cells[s].length))
      addEdge(at, next, cells)
      through[next] = (through[next] ?? 0) + 1
      at = next
    }
  }
  const sum = (at: number[]) => at.reduce((x, y) => x + y, 0)
  // (a stable sort: places of one sum stay in the order found)
  const order = places.map((_, k) => k).sort((x, y) => sum(places[x]) - sum(places[y]))
  const sums = order.map((k) => sum(places[k]))
  const agreed = order.map((k) => through[k] === candidates.length)
  for (let a = 0; a < order.length; a++) {
    const from = places[order[a]]
    for (let b = a + 1; b < order.length && sums[b] <= sums[a] + REACH * n; b++) {
      const to = places[order[b]]
      // Between two places all candidates pass through, the candidates' own rows are
      // there already; the new rows are only wanted where they disagree. (This keeps the
      // search's cost near that of scoring the candidates.)
      if (sums[b] === sums[a] || (agreed[a] && agreed[b])) continue
      let near = true
      for (let s = 0; s < n && near; s++) near = to[s] >= from[s] && to[s] - from[s] <= REACH
      if (!near || edges[order[a]]?.has(order[b])) continue
      addEdge(order[a], order[b], from.map((p, s) => Array.from({ length: to[s] - p }, (_, k) => p + k)))
    }
  }
  const best: Array<{ cost: number; from: number; cells: number[][] } | undefined> = []
  best[start] = { cost: 0, from: -1, cells: [] }
  for (const place of order) {
    const here = best[place]
    if (!here) continue
    for (const [to, edge] of edges[place] ?? []) {
      const cost = here.cost + edge.cost
      const known = best[to]
      if (!known || cost < known.cost - 1e-9) best[to] = { cost, from: place, cells: edge.cells }
    }
  }
  const rows: number[][][] = []
  for (let place = numbers.get(keyOf(sizes))!; place !== start; ) {
    const step = best[place]!
    rows.push(step.cells)
    place = step.from
  }
  return rows.reverse()
}
