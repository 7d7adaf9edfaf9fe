// A Memo for the citation writers' tests, made by the real pipeline from a fixture input.
// Until process.ts wires the citation parser in, the citation parts are merged here the way
// the header stage hands them over (parseCitation → ref, archival, contributors;
// parseSourceNote → related); once the pipeline fills memo.archival this does nothing extra.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { parseCitation, parseSourceNote } from '../../src/header/citation/index.js'
import type { Memo } from '../../src/model/memo.js'
import { processBytes } from '../../src/process.js'
import { fixturesDir } from './fixtures.js'

export async function memoOfFixture(name: string): Promise<Memo> {
  const path = join(fixturesDir, name, 'input.txt')
  const { memo } = await processBytes(readFileSync(path), path)
  if (!memo) throw new Error(`the pipeline gave no memo for ${name}`)
  return withCitation(memo)
}

export function withCitation(memo: Memo): Memo {
  if (memo.archival || !memo.citation) return memo
  const file = new VFile()
  const { contributors, translator, archival, ...fields } = parseCitation(memo.citation, file)
  const ref = { ...memo.ref }
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && ref[k] === undefined) ref[k] = v
  if (translator.length) ref.translator = translator
  const out: Memo = { ...memo, ref, contributors }
  if (archival) out.archival = archival
  const related = memo.sections
    .map((s) => s.paragraphs[0]?.text)
    .filter((t): t is string => t !== undefined)
    .map((t, i) => parseSourceNote(t, file, undefined, { id: `${memo.id}-source-${i + 1}` }))
    .filter((x) => x !== undefined)
  if (related.length) out.related = related
  return out
}
