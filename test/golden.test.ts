// Golden fixtures: fixtures/<case>/input.txt and, beside it, memo.<ext> for each format the
// case pins down. The expected files are the specification; UPDATE=1 npm test rewrites
// them, and the diff is read before committing.
import { Ajv2020 } from 'ajv/dist/2020.js'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { processBytes } from '../dist/process.js'
import { writers } from '../dist/writers/index.js'
import { fixtureCases, fixtureInput, fixturesDir, root } from './helpers/fixtures.js'

const update = process.env.UPDATE === '1'
const schema = JSON.parse(readFileSync(join(root, 'schema/memo.schema.json'), 'utf8'))
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema)

/** The writer an expected file is for: memo<extname> or memo.<name><extname>, with the
 * variants memo.parallel.md (--parallel) and memo.sentence.<ext> (--granularity sentence). */
function writerFor(fileName: string) {
  const parallel = fileName.includes('.parallel.')
  const sentence = fileName.includes('.sentence.')
  const plain = fileName.replace('.parallel.', '.').replace('.sentence.', '.')
  const writer = writers.find((w) => plain === `memo.${w.name}${w.extname}`) ?? writers.find((w) => plain === `memo${w.extname}`)
  return writer && { writer, parallel, granularity: sentence ? ('sentence' as const) : ('paragraph' as const) }
}

describe.each(fixtureCases())('fixture %s', (name) => {
  const dir = join(fixturesDir, name)
  const expected = readdirSync(dir).filter((f) => f.startsWith('memo'))
  // every case pins at least the model (JSON) and the default output (Markdown)
  for (const required of ['memo.json', 'memo.md']) if (!expected.includes(required)) expected.push(required)

  it.each(expected.sort())('%s matches', async (fileName) => {
    const found = writerFor(fileName)
    expect(found, `no writer for ${fileName}`).toBeDefined()
    const { writer, parallel, granularity } = found!
    const { memo, file } = await processBytes(fixtureInput(name), `fixtures/${name}/input.txt`, { granularity })
    expect(memo, String(file.messages)).toBeDefined()
    const actual = await writer.write(memo!, { parallel, granularity })
    const path = join(dir, fileName)
    if (update) writeFileSync(path, actual)
    expect(existsSync(path), `${path} is missing; run UPDATE=1 npm test and read it`).toBe(true)
    expect(actual).toBe(readFileSync(path, 'utf8'))
  })

  // every JSON of the model (memo.json, memo.sentence.json), not the CSL-JSON
  it.each(expected.filter((f) => /^memo(\.sentence)?\.json$/.test(f)))('%s validates against schema/memo.schema.json', (fileName) => {
    const data = JSON.parse(readFileSync(join(dir, fileName), 'utf8'))
    const ok = validate(data)
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })
})
