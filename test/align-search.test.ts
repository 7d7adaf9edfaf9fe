// Properties the search's shortcuts rest on: the marks that share keys between groups
// give what the binary-search walk they replaced gave (the same count, the same sum added
// in the same order), a group's anchor cost is what the plain walks over its figures and
// names give (whatever shortcut a side without figures or names takes), and the rough
// pass's floor is never above a bead's cost.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anchorCost, anchorWeights } from '../src/align/costs/anchor-cost.js'
import { roughFloor, searchCost, shapes, type PairContext } from '../src/align/costs/bead-cost.js'
import { KeyMarks } from '../src/align/costs/key-marks.js'
import { normalTailCost } from '../src/align/costs/length-model.js'
import { side } from '../src/align/costs/side.js'
import {
  FLAG_CONTINUED, FLAG_HEADING, FLAG_NOTE, FLAG_PAREN, FLAG_QUOTE, FLAG_SENTENCE, type Features,
} from '../src/align/features/paragraph-features.js'
import type { ParagraphKind } from '../src/align/features/paragraph-kind.js'

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
    const marks = new KeyMarks()
    fc.assert(
      fc.property(fc.array(keyList, { minLength: 1, maxLength: 3 }), fc.array(keyList, { minLength: 1, maxLength: 3 }), (a, b) => {
        const [count, sum] = reference(a, b, weight)
        marks.startGroup()
        for (const list of b) marks.markInB(list)
        let shared = 0
        for (const list of a) shared += marks.countNewInB(list)
        marks.startGroup()
        for (const list of b) marks.markInB(list)
        let total = 0
        for (const list of a) total = marks.addNewInB(list, weight, total)
        expect(shared).toBe(count)
        expect(Object.is(total, sum)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})

/** anchorCost of a group as its rules say, with no shortcut: every figure of A looks for
 * an unused equal one in B (B's in order), names are counted as a set. (anchorCost tracks
 * 31 figures of B; the groups below have fewer.) */
function plainGroupAnchorCost(fa: Features[], fb: Features[]): number {
  const w = anchorWeights
  let matched = 0
  let total = 0
  for (const f of fb) for (const x of f.weights) total += x
  const used = new Set<string>()
  for (const f of fa) {
    f.numbers.forEach((key, k) => {
      total += f.weights[k]
      for (let y = 0; y < fb.length; y++) {
        const l = fb[y].numbers.findIndex((other, l) => other === key && !used.has(`${y}:${l}`))
        if (l < 0) continue
        used.add(`${y}:${l}`)
        matched += Math.max(f.weights[k], fb[y].weights[l])
        total -= f.weights[k] + fb[y].weights[l]
        break
      }
    })
  }
  const namesB = new Set(fb.flatMap((f) => [...f.names]))
  const shared = new Set(fa.flatMap((f) => [...f.names]).filter((key) => namesB.has(key))).size
  let cost = 0
  cost -= w.numberMatch * Math.min(matched, w.numberMatchCap)
  cost += w.numberMiss * Math.min(total > 0 ? total : 0, w.numberMissCap)
  cost -= w.name * Math.min(shared, w.nameCap)
  const any = (fs: Features[], flag: number) => fs.some((f) => (f.flags & flag) !== 0)
  const all = (fs: Features[], flag: number) => fs.every((f) => (f.flags & flag) !== 0)
  if (any(fa, FLAG_PAREN) && any(fb, FLAG_PAREN)) cost -= w.paren
  if (any(fa, FLAG_QUOTE) && any(fb, FLAG_QUOTE)) cost -= w.quote
  else if (any(fa, FLAG_QUOTE) !== any(fb, FLAG_QUOTE)) cost += w.quoteMiss
  if (any(fa, FLAG_NOTE) !== any(fb, FLAG_NOTE)) cost += w.noteVsText
  const headA = all(fa, FLAG_HEADING)
  const headB = all(fb, FLAG_HEADING)
  if (headA && headB) cost -= w.headings
  else if (headA !== headB && (all(fa, FLAG_SENTENCE) || all(fb, FLAG_SENTENCE))) cost += w.headingVsSentence
  return cost
}

describe('group anchor cost', () => {
  it('is what the plain walks give, sides without figures or names included', () => {
    // Few distinct keys, and often none: matches, repeats and empty sides all occur.
    const figures = fc.array(fc.record({ key: fc.integer({ min: 0, max: 6 }), weight: fc.constantFrom(0.3, 0.7, 1) }), { maxLength: 4 })
    const names = fc.uniqueArray(fc.integer({ min: 0, max: 8 }), { maxLength: 4 }).map((keys) => Int32Array.from(keys.sort((x, y) => x - y)))
    const paragraph = fc
      .record({ figures: fc.oneof(fc.constant([]), figures), names: fc.oneof(fc.constant(new Int32Array(0)), names), flags: fc.integer({ min: 0, max: 63 }) })
      .map(({ figures, names, flags }): Features => {
        const sorted = [...figures].sort((x, y) => x.key - y.key)
        const weights = Float64Array.from(sorted, (f) => f.weight)
        return {
          numbers: Int32Array.from(sorted, (f) => f.key), weights, names, stems: new Int32Array(0),
          quantities: [], kind: 'sentence', flags, weightSum: weights.reduce((x, y) => x + y, 0),
        }
      })
    const marks = new KeyMarks()
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 3 }), fc.array(paragraph, { minLength: 1, maxLength: 3 }), (fa, fb) => {
        fc.pre(fa.length > 1 || fb.length > 1)
        expect(Object.is(anchorCost(fa, 0, fa.length, fb, 0, fb.length, 100, 100, marks), plainGroupAnchorCost(fa, fb))).toBe(true)
      }),
      { numRuns: 3000 },
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
          quantities: [], kind: p.kind, flags: flagOf[p.kind], weightSum: 0,
        })),
      )
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 3, maxLength: 6 }),
        fc.array(paragraph, { minLength: 3, maxLength: 6 }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: 2, max: 60, noNaN: true }),
        (pa, pb, ratio, variance) => {
          const ctx: PairContext = { a: toSide(pa), b: toSide(pb), model: { ratio, variance, relative: 0.08 }, anchors: false, marks: new KeyMarks() }
          const out = new Float64Array(1)
          for (const [di, dj] of shapes) {
            if (di === 0 || dj === 0) continue
            const floor = roughFloor(di, dj, 25)
            for (let i = 0; i + di <= pa.length; i++) {
              for (let j = 0; j + dj <= pb.length; j++) {
                searchCost(ctx, i, di, j, dj, 25, out, 0)
                expect(out[0]).toBeGreaterThanOrEqual(floor)
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
