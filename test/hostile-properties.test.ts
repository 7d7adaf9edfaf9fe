// fast-check over byte-level mutations of real dumps: flips, inserted hostile tokens,
// repeats, cuts and re-encodings. Every input gives a document or exactly one fatal
// message; the same input gives byte-identical output in every format; and no output
// carries a control character or an unbalanced .bib field, whatever the dump held.
import fc from 'fast-check'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { processBytes } from '../dist/process.js'
import { writers } from '../dist/writers/index.js'
import { fixtureCases, fixtureInput } from './helpers/fixtures.js'

const bases = fixtureCases().map((name) => fixtureInput(name))
// every format, the Chicago ones included now that they need no citeproc (which made a run slow)
const used = writers
const TOKENS = [' // ', '\n\n', '\r\n', '\r', 'Citation:\n\n', 'Contents:\n\n- English Translation\n', 'Summary:\n\n', '“', '{', '}', '@', '\\', '%', '#', '<b>', '`', '\u001b[1m', '\u0007', '\u0085', '\u00a0', 'VerdeÈ›', 'Ã©', '\ufeff', '\u2028']
  .map((t) => Buffer.from(t))
  .concat([Buffer.from([0]), Buffer.from([0xc3]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xff, 0xfe])])

type Op = { kind: 'flip'; at: number; byte: number } | { kind: 'token'; at: number; token: number; times: number } | { kind: 'cut'; at: number; length: number } | { kind: 'repeat'; at: number; length: number; times: number }

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.nat(255) }),
  fc.record({ kind: fc.constant('token' as const), at: fc.nat(), token: fc.nat(TOKENS.length - 1), times: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat(3000) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 120 }), times: fc.integer({ min: 2, max: 100 }) }),
)

const dump = fc
  .record({
    base: fc.nat(bases.length - 1),
    start: fc.nat(),
    length: fc.integer({ min: 0, max: 6000 }),
    ops: fc.array(op, { maxLength: 5 }),
    encoding: fc.constantFrom('utf-8', 'utf-8', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'gb18030', 'big5', 'windows-1250', 'latin1-mojibake'),
  })
  .map(({ base, start, length, ops, encoding }) => {
    const src = bases[base]
    const from = start % Math.max(1, src.length)
    let b = Buffer.from(src.subarray(from, from + length))
    for (const o of ops) {
      const at = o.at % (b.length + 1)
      if (o.kind === 'flip' && b.length) b[at % b.length] = o.byte
      if (o.kind === 'token') b = Buffer.concat([b.subarray(0, at), ...Array<Buffer>(o.times).fill(TOKENS[o.token]), b.subarray(at)])
      if (o.kind === 'cut') b = Buffer.concat([b.subarray(0, at), b.subarray(at + o.length)])
      if (o.kind === 'repeat') b = Buffer.concat([b.subarray(0, at), ...Array<Buffer>(o.times).fill(b.subarray(at, at + o.length)), b.subarray(at)])
    }
    if (encoding === 'utf-8') return b
    if (encoding === 'latin1-mojibake') return Buffer.from(b.toString('latin1'), 'utf8')
    return iconv.encode(b.toString('utf8'), encoding)
  })

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

async function outcome(bytes: Uint8Array): Promise<string> {
  const { memo, file } = await processBytes(bytes, 'p.txt')
  const fatal = file.messages.filter((m) => m.fatal === true)
  if (!memo) {
    expect(fatal).toHaveLength(1)
    expect(fatal[0].reason.length).toBeGreaterThan(5)
    return `failed: ${fatal[0].reason}`
  }
  expect(fatal).toHaveLength(0)
  const outs: string[] = []
  for (const w of used) {
    const out = await w.write(memo, {})
    expect(CONTROL.exec(out), w.name).toBeNull()
    if (w.extname.endsWith('.bib')) for (const line of out.split('\n')) expect(braceDepthEnd(line), line).toBe(0)
    outs.push(out)
  }
  return outs.join('\u0000')
}

/** 0 when every brace in the line closes, and no prefix closes more than it opened. An
 * entry's first line ("@misc{key,") opens the entry and its last line ("}") closes it. */
function braceDepthEnd(line: string): number {
  if (line === '}') return 0
  let depth = /^@\w+\{[^,]*,$/.test(line) ? -1 : 0
  for (const c of line) {
    depth += c === '{' ? 1 : c === '}' ? -1 : 0
    if (depth < -1) return depth
  }
  return depth
}

describe('properties over mutated dumps', () => {
  it('a document or one fatal message; no control character and no unbalanced .bib field in any output', async () => {
    await fc.assert(fc.asyncProperty(dump, async (bytes) => void (await outcome(bytes))), { numRuns: 100 })
  })
  it('the same input gives byte-identical output in every format', async () => {
    await fc.assert(
      fc.asyncProperty(dump, async (bytes) => {
        expect(await outcome(bytes)).toBe(await outcome(Buffer.from(bytes)))
      }),
      { numRuns: 40 },
    )
  })
  it('the id (which names output files) is safe whatever the file is called, when the dump has no URL', async () => {
    const body = Buffer.from('The delegation arrived in Warsaw on the morning of 3 March.\n\nThe talks began the same afternoon.\n')
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('', 'dir/', '../', '/tmp/x/', 'C:\\a\\'), async (name, dir) => {
        const { memo } = await processBytes(body, `${dir}${name}.txt`)
        // no separator, no leading dot or dash: never a path, a hidden file or an option
        expect(memo!.id).toMatch(/^[\p{L}\p{N}_][\p{L}\p{N}._-]*$/u)
      }),
      { numRuns: 200 },
    )
  })
})
