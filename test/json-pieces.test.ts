// The JSON writer's pieces (what memo extract streams) against JSON.stringify: the same
// bytes on every fixture, with and without sentence alignment, and on any JSON-like value.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { processBytes } from '../dist/process.js'
import { jsonPieces } from '../dist/writers/json-pieces.js'
import { writerNamed } from '../dist/writers/index.js'
import { fixtureCases, fixtureInput } from './helpers/fixtures.js'

describe('JSON in pieces', () => {
  it.each(fixtureCases())('%s: the pieces join to the JSON writer\'s output, by paragraph and by sentence', async (name) => {
    const json = writerNamed('json')!
    for (const granularity of ['paragraph', 'sentence'] as const) {
      const { memo } = await processBytes(fixtureInput(name), 'input.txt', { granularity })
      if (!memo) continue
      expect([...(await json.pieces!(memo, { granularity }))].join('')).toBe(await json.write(memo, { granularity }))
    }
  })

  it('gives JSON.stringify(value, null, 2) for any value, undefined members and empty containers included', () => {
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: false }), fc.boolean(), fc.constant(null), fc.constant(undefined))
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
      array: fc.array(tie('tree'), { maxLength: 4 }),
      object: fc.dictionary(fc.string(), tie('tree'), { maxKeys: 4 }),
    }))
    fc.assert(
      fc.property(fc.dictionary(fc.string(), tree, { maxKeys: 5 }), (value) => {
        expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value, null, 2))
      }),
      { numRuns: 2000 },
    )
  })
})
