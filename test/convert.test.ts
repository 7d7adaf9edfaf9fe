// convert(), the one per-file conversion behind extract, cite and the batch workers: what it
// renders, how bad input comes back, and the settings a batch records.
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { convert, settingsOf } from '../dist/convert/convert.js'
import { processBytes } from '../dist/process.js'
import { writerNamed } from '../dist/writers/index.js'
import { fixtureInput } from './helpers/fixtures.js'

const stdin = () => new PassThrough()

describe('convert', () => {
  it('renders each format asked for, once, as the writer renders the processed document', async () => {
    const bytes = fixtureInput('wilson-110404')
    const done = await convert({ path: 'a.txt', bytes }, { formats: ['json', 'md', 'tmx', 'json'], granularity: 'sentence', parallel: true })
    expect([...done.outputs.keys()]).toEqual(['json', 'md', 'tmx'])
    const { memo } = await processBytes(bytes, 'a.txt', { granularity: 'sentence' })
    expect(done.memo).toEqual(memo)
    for (const name of ['json', 'md', 'tmx']) {
      expect(done.outputs.get(name), name).toBe(await writerNamed(name).write(memo, { parallel: true, granularity: 'sentence' }))
    }
    expect(done.file.path).toBe('a.txt')
    expect(done.file.messages.length).toBeGreaterThan(0)
  })

  it('reads a path, or stdin for "-", with the size limit', async () => {
    const bytes = fixtureInput('contents-mismatch')
    const fromBytes = await convert({ path: 'x', bytes }, { formats: ['md'] })
    const input = stdin()
    input.end(bytes)
    const fromStdin = await convert({ path: 'x', read: '-', stdin: input }, { formats: ['md'] })
    expect(fromStdin.outputs.get('md')).toBe(fromBytes.outputs.get('md'))
    const tooLarge = await convert({ path: 'fixtures/contents-mismatch/input.txt', read: 'fixtures/contents-mismatch/input.txt', stdin: stdin(), maxSize: 100 }, { formats: ['md'] })
    expect(tooLarge.memo).toBeUndefined()
    expect(tooLarge.file.messages.map((m) => [m.fatal, `${m.source}/${m.ruleId}`])).toEqual([[true, 'read/too-large']])
  })

  it('gives a file that cannot be read, or holds no dump, back with no memo and no output, its reason a fatal message', async () => {
    const missing = await convert({ path: 'nowhere.txt', read: 'test/nowhere.txt', stdin: stdin() }, { formats: ['md'] })
    expect(missing.memo).toBeUndefined()
    expect(missing.outputs.size).toBe(0)
    expect(missing.file.path).toBe('nowhere.txt')
    expect(missing.file.messages.map((m) => [m.fatal, m.reason])).toEqual([[true, 'no such file']])
    const empty = await convert({ path: 'e.txt', bytes: new Uint8Array() }, { formats: ['md'] })
    expect(empty.memo).toBeUndefined()
    expect(empty.outputs.size).toBe(0)
    expect(empty.file.messages.filter((m) => m.fatal === true).map((m) => `${m.source}/${m.ruleId}`)).toEqual(['read/empty'])
  })

  it('throws for a format the registry does not have: commands check names first, so that is a bug', async () => {
    await expect(convert({ path: 'a.txt', bytes: fixtureInput('no-header') }, { formats: ['docx'] })).rejects.toThrow(/docx/)
  })
})

describe('settingsOf', () => {
  it('keeps only what differs from the defaults, in one key order', () => {
    expect(settingsOf({})).toEqual({})
    expect(settingsOf({ granularity: 'paragraph', parallel: false, layout: undefined })).toEqual({})
    const a = JSON.stringify(settingsOf({ parallel: true, granularity: 'sentence', layout: 'generic' }))
    const b = JSON.stringify(settingsOf({ layout: 'generic', granularity: 'sentence', parallel: true }))
    expect(a).toBe(b)
    expect(a).toBe('{"layout":"generic","granularity":"sentence","parallel":true}')
  })
})
