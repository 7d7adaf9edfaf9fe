// Memos for the citation writers' tests, made by the real stages: a fixture input through the
// whole pipeline, or a citation sentence alone through the record stage.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { buildRecord } from '../../src/header/record.js'
import type { Memo } from '../../src/model/memo.js'
import { processBytes } from '../../src/process.js'
import { fixturesDir } from './fixtures.js'

export async function memoOfFixture(name: string): Promise<Memo> {
  const path = join(fixturesDir, name, 'input.txt')
  const { memo } = await processBytes(readFileSync(path), path)
  if (!memo) throw new Error(`the pipeline gave no memo for ${name}`)
  return memo
}

/** A memo whose record comes from a citation sentence alone, as the header stage makes it. */
export function memoFromCitation(id: string, citation: string): Memo {
  const record = buildRecord({ id, citation, contents: [], announced: [] }, {}, [], new VFile())
  return { schemaVersion: 2, id, layout: 'test', record, contents: [], sections: [], alignment: [], diagnostics: [] }
}
