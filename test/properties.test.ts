// Properties over generated and mutated dumps: every input gives a document or a clear
// fatal message (never an exception), and the same input gives byte-identical output.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { processBytes } from '../dist/process.js'
import { json } from '../dist/writers/json.js'
import { markdown } from '../dist/writers/markdown.js'
import { fixtureInput } from './helpers/fixtures.js'

const sample = fixtureInput('wilson-110404').toString('utf8')
const sampleLines = sample.split('\n')

/** A dump made of the sample's lines: some dropped, some repeated, some cut, some shuffled. */
const mutatedDump = fc
  .array(
    fc.oneof(
      fc.nat(sampleLines.length - 1).map((i) => sampleLines[i]),
      fc.nat(sampleLines.length - 1).chain((i) => fc.nat(sampleLines[i].length).map((k) => sampleLines[i].slice(0, k))),
      fc.constantFrom('', ' // ', 'Citation:', 'Contents:', '- English Translation', '- Scan of Original Document', 'Summary:', 'undated', '\u00a0', '\r'),
      fc.string({ unit: 'grapheme', maxLength: 80 }),
    ),
    { maxLength: 120 },
  )
  .map((lines) => lines.join('\n'))

async function outcome(bytes: Uint8Array) {
  const { memo, file } = await processBytes(bytes, 'p.txt')
  if (!memo) {
    // a failure is one fatal message with a reason
    const fatal = file.messages.filter((m) => m.fatal === true)
    expect(fatal).toHaveLength(1)
    expect(fatal[0].reason.length).toBeGreaterThan(5)
    return 'failed'
  }
  return `${json.write(memo, {})}\n${await markdown.write(memo, {})}`
}

describe('properties', () => {
  it('any mutated dump gives a document or one fatal message, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedDump, async (text) => {
        await outcome(Buffer.from(text))
      }),
      { numRuns: 300 },
    )
  })

  it('any bytes give a document or one fatal message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        await outcome(bytes)
      }),
      { numRuns: 300 },
    )
  })

  it('the same input gives byte-identical output', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedDump, async (text) => {
        const bytes = Buffer.from(text)
        expect(await outcome(bytes)).toBe(await outcome(bytes))
      }),
      { numRuns: 100 },
    )
  })

  it('every paragraph points at its text in the input', async () => {
    const { memo } = await processBytes(Buffer.from(sample), 'p.txt')
    for (const section of memo!.sections) {
      for (const p of section.paragraphs) {
        const raw = sample.slice(p.position.start.offset, p.position.end.offset)
        // the first and last words of the paragraph stand at its two ends in the raw file
        expect(raw.startsWith(p.text.slice(0, 3))).toBe(true)
        expect(raw.endsWith(p.text.slice(-3))).toBe(true)
        expect(sampleLines[p.position.start.line - 1].slice(p.position.start.column - 1).startsWith(p.text.slice(0, 3))).toBe(true)
      }
    }
  })
})
