// The batch's answers back in batch order (src/batch/in-order.ts): whatever order the
// workers finish in, diagnostics print and documents reach the search index in input order.
import { describe, expect, it } from 'vitest'
import { InOrder } from '../src/batch/in-order.js'
import type { Entry, Outcome } from '../src/batch/types.js'

const done = (key: string): Outcome => ({ kind: 'done', entry: { key } as Entry, messages: `${key}: a warning\n` })
const skipped = (key: string): Outcome => ({ kind: 'skipped', key })

function run(limit: number) {
  const printed: string[] = []
  const indexed: string[] = []
  const order = new InOrder(4, (m) => printed.push(m.trim()), (o) => indexed.push(o.entry.key), limit)
  return { order, printed, indexed }
}

describe('InOrder', () => {
  it('holds what finished early until everything before it has answered', () => {
    const { order, printed, indexed } = run(100)
    order.add(2, done('c'))
    order.add(1, skipped('b'))
    expect(printed).toEqual([])
    expect(indexed).toEqual([])
    order.add(0, done('a'))
    expect(printed).toEqual(['a: a warning', 'c: a warning'])
    expect(indexed).toEqual(['a', 'c'])
    expect([0, 1, 2, 3].map((i) => order.has(i))).toEqual([true, true, true, false])
  })

  it('indexes what an interrupted run finished after a gap, in order, when drained', () => {
    const { order, indexed } = run(100)
    order.add(3, done('d'))
    order.add(1, done('b'))
    order.drain()
    expect(indexed).toEqual(['b', 'd'])
  })

  it('lets documents in as they are once more than the limit wait', () => {
    const { order, printed, indexed } = run(1)
    order.add(3, done('d'))
    expect(indexed).toEqual([])
    order.add(2, done('c'))
    expect(indexed).toEqual(['c', 'd'])
    // the diagnostics still wait for input 0
    expect(printed).toEqual([])
  })
})
