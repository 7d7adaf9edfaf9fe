// The Markdown writer's pieces (what memo extract streams for -f md) against its whole
// text: the same bytes on every fixture, plain and --parallel, cut after every block and
// after every few blocks, and on a dump long enough for the writer's own piece size.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { processBytes } from '../dist/process.js'
import { writerNamed } from '../dist/writers/index.js'
import { blocksInPieces, flavourOf, makeProcessor, toMdast } from '../dist/writers/markdown.js'
import { fixtureCases, fixtureInput } from './helpers/fixtures.js'

describe('Markdown in pieces', () => {
  const md = writerNamed('md')!

  it.each(fixtureCases())('%s: the pieces join to the whole Markdown, plain and --parallel', async (name) => {
    const { memo } = await processBytes(fixtureInput(name), 'input.txt', {})
    if (!memo) return
    for (const parallel of [false, true]) {
      const whole = await md.write(memo, { parallel })
      const tree = toMdast(memo, { parallel })
      const processor = await makeProcessor(await flavourOf(tree, memo))
      for (const size of [1, 2, 3, 7]) expect([...blocksInPieces(tree, processor, size)].join(''), `${parallel ? '--parallel, ' : ''}${size} a piece`).toBe(whole)
    }
  })

  it('cuts a long document into several pieces that join to its Markdown', async () => {
    const sample = readFileSync('fixtures/wilson-110404/input.txt', 'utf8')
    const { memo } = await processBytes(Buffer.from(sample.repeat(12)), 'input.txt', {})
    const pieces = [...(await md.pieces!(memo!, {}))]
    expect(pieces.length).toBeGreaterThan(1)
    expect(pieces.join('')).toBe(await md.write(memo!, {}))
  })
})
