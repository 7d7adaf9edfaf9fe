// The links of an n-way alignment's pairs that a third section confirms, for the joint
// search's candidates (align-sequences.ts).
import type { Link } from './rows-from-links.js'

/** One pair's links as two adjacency lists: per paragraph of s, the paragraphs of t it
 * is linked to, and per paragraph of t, those of s (each list in increasing order). A
 * monotone alignment links a paragraph to at most a few others, so a lookup scans a
 * handful of numbers; string keys or a matrix per pair were most of what the candidates
 * allocated, and a matrix grows with the product of two long sections. */
interface Adjacency {
  s: number
  t: number
  /** offsetS[p] … offsetS[p + 1] index listS: the paragraphs of t linked to p. */
  offsetS: Int32Array
  listS: Int32Array
  offsetT: Int32Array
  listT: Int32Array
}

/** `links`: the pair's links, [s, p, t, q], ordered by p (as a pair's beads give them). */
function adjacencyOf(s: number, t: number, sizeS: number, sizeT: number, links: readonly Link[]): Adjacency {
  const offsetS = new Int32Array(sizeS + 1)
  const offsetT = new Int32Array(sizeT + 1)
  for (const link of links) {
    offsetS[link[1] + 1]++
    offsetT[link[3] + 1]++
  }
  for (let p = 0; p < sizeS; p++) offsetS[p + 1] += offsetS[p]
  for (let q = 0; q < sizeT; q++) offsetT[q + 1] += offsetT[q]
  const listS = new Int32Array(links.length)
  const listT = new Int32Array(links.length)
  const fillS = offsetS.slice(0, sizeS)
  const fillT = offsetT.slice(0, sizeT)
  for (const link of links) {
    listS[fillS[link[1]]++] = link[3]
    listT[fillT[link[3]]++] = link[1]
  }
  return { s, t, offsetS, listS, offsetT, listT }
}

/** Whether the pair links paragraph p of section `a` with paragraph q of section `b` (a
 * and b are the pair's two sections, in either order). */
function linked(pair: Adjacency, a: number, p: number, q: number): boolean {
  const offset = a === pair.s ? pair.offsetS : pair.offsetT
  const list = a === pair.s ? pair.listS : pair.listT
  for (let k = offset[p]; k < offset[p + 1]; k++) if (list[k] === q) return true
  return false
}

/** The joint search's pairs' links, indexed once for every section's confirmed subset. */
export class PairLinkIndex {
  private readonly adjacency: Adjacency[]
  /** Pair index by s * sections + t (and t * sections + s). */
  private readonly pairOf: Int32Array
  private readonly sections: number

  constructor(pairs: ReadonlyArray<{ s: number; t: number }>, sizes: readonly number[], private readonly links: ReadonlyArray<readonly Link[]>) {
    this.sections = sizes.length
    this.pairOf = new Int32Array(this.sections * this.sections).fill(-1)
    this.adjacency = pairs.map(({ s, t }, k) => {
      this.pairOf[s * this.sections + t] = k
      this.pairOf[t * this.sections + s] = k
      return adjacencyOf(s, t, sizes[s], sizes[t], links[k])
    })
  }

  /** Every link of the pairs without section u, and those of u's pairs that a third
   * section confirms: u's paragraph p and another section's paragraph i are kept linked
   * when some paragraph of a third section is linked to both. A section whose pairs went
   * astray together (Japanese lacking the preamble, matched in both its pairs to the other
   * two's first paragraphs) then leaves the other pairs' rows alone: its unconfirmed
   * paragraphs stand alone, and the joint search can still join them to a row between two
   * places. `all` is set when every link is kept (the set is then every pair's links). */
  supported(u: number): { links: Link[]; all: boolean } {
    const kept: Link[] = []
    let all = true
    this.adjacency.forEach((pair, k) => {
      if (pair.s !== u && pair.t !== u) {
        for (const link of this.links[k]) kept.push(link)
        return
      }
      const other = pair.s === u ? pair.t : pair.s
      for (const link of this.links[k]) {
        const mine = pair.s === u ? link[1] : link[3]
        const theirs = pair.s === u ? link[3] : link[1]
        if (this.confirmed(u, mine, other, theirs)) kept.push(link)
        else all = false
      }
    })
    return { links: kept, all }
  }

  /** Whether some third section's paragraph x is linked both to u's paragraph `mine` and
   * to the other section's paragraph `theirs`. */
  private confirmed(u: number, mine: number, other: number, theirs: number): boolean {
    for (let third = 0; third < this.sections; third++) {
      if (third === u || third === other) continue
      const kU = this.pairOf[u * this.sections + third]
      const kOther = this.pairOf[other * this.sections + third]
      if (kU < 0 || kOther < 0) continue
      const withU = this.adjacency[kU]
      const withOther = this.adjacency[kOther]
      const offset = u === withU.s ? withU.offsetS : withU.offsetT
      const list = u === withU.s ? withU.listS : withU.listT
      for (let k = offset[mine]; k < offset[mine + 1]; k++) if (linked(withOther, other, theirs, list[k])) return true
    }
    return false
  }
}
