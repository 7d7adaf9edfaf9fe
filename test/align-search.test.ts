// Properties the search's shortcuts rest on: the marks that share keys between groups
// give what the binary-search walk they replaced gave (the same count, the same sum added
// in the same order), and the rough pass's floor is never above a bead's cost.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { roughFloor, searchCost, shapes, side, type PairContext } from '../src/align/bead-cost.js'
import { FLAG_CONTINUED, FLAG_HEADING, FLAG_NOTE, FLAG_SENTENCE, type Features, type ParagraphKind } from '../src/align/anchors.js'
import { normalTailCost } from '../src/align/length-model.js'
import { addNewInB, countNewInB, markInB, startGroup } from '../src/align/sorted-has.js'

function has(sorted: Int32Array, key: number): boolean {
  let lo = 0
  let hi = sorted.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid] === key) return true
    if (sorted[mid] < key) lo = mid + 1
    else hi = mid - 1
  }
  return false
}

/** The walk the marks replaced: each key of A, unless an earlier list of A had it, is
 * looked up in every list of B. */
function reference(a: Int32Array[], b: Int32Array[], weight: Float64Array): [number, number] {
  let count = 0
  let sum = 0
  for (let x = 0; x < a.length; x++) {
    for (const key of a[x]) {
      const earlier = a.slice(0, x).some((list) => has(list, key))
      if (earlier) continue
      if (!b.some((list) => has(list, key))) continue
      count++
      if (weight[key] !== 0) sum += weight[key]
    }
  }
  return [count, sum]
}

const keyList = fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { maxLength: 12 }).map((keys) => Int32Array.from(keys.sort((x, y) => x - y)))

describe('group marks', () => {
  it('count and sum what the binary-search walk did, in the same order', () => {
    const weight = Float64Array.from({ length: 3001 }, (_, k) => (k % 5 === 0 ? 0 : Math.log(1 + (k % 17) / 3)))
    fc.assert(
      fc.property(fc.array(keyList, { minLength: 1, maxLength: 3 }), fc.array(keyList, { minLength: 1, maxLength: 3 }), (a, b) => {
        const [count, sum] = reference(a, b, weight)
        let e = startGroup()
        for (const list of b) markInB(list, e)
        let shared = 0
        for (const list of a) shared += countNewInB(list, e)
        e = startGroup()
        for (const list of b) markInB(list, e)
        let total = 0
        for (const list of a) total = addNewInB(list, e, weight, total)
        expect(shared).toBe(count)
        expect(Object.is(total, sum)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('rough floor', () => {
  it('normalTailCost never goes below the slack the floor allows', () => {
    for (let z = 0; z < 40; z += 0.001) expect(normalTailCost(z)).toBeGreaterThan(-1e-6)
  })

  it('is at most the cost of any bead of its shape in a context without anchors', () => {
    const kinds: ParagraphKind[] = ['sentence', 'heading', 'continued', 'note']
    const flagOf = { sentence: FLAG_SENTENCE, heading: FLAG_HEADING, continued: FLAG_CONTINUED, note: FLAG_NOTE }
    const paragraph = fc.record({ length: fc.double({ min: 0, max: 2000, noNaN: true }), kind: fc.constantFrom(...kinds) })
    const toSide = (ps: Array<{ length: number; kind: ParagraphKind }>) =>
      side(
        ps.map((p) => p.length),
        ps.map((p): Features => ({
          numbers: new Int32Array(0), weights: new Float64Array(0), names: new Int32Array(0), stems: new Int32Array(0),
          quantities: [], quote: false, paren: false, kind: p.kind, flags: flagOf[p.kind], weightSum: 0,
        })),
      )
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 3, maxLength: 6 }),
        fc.array(paragraph, { minLength: 3, maxLength: 6 }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: 2, max: 60, noNaN: true }),
        (pa, pb, ratio, variance) => {
          const ctx: PairContext = { a: toSide(pa), b: toSide(pb), model: { ratio, variance, relative: 0.08 }, anchors: false }
          for (const [di, dj] of shapes) {
            if (di === 0 || dj === 0) continue
            const floor = roughFloor(di, dj, 25)
            for (let i = 0; i + di <= pa.length; i++) {
              for (let j = 0; j + dj <= pb.length; j++) expect(searchCost(ctx, i, di, j, dj, 25)).toBeGreaterThanOrEqual(floor)
            }
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
