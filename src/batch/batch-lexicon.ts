// The batch's lexicon (align/lexicon/): word tables per language pair, learnt once from the
// batch and reused by every input, kept in --out so that a rerun, a resumed run and
// `memo extract --lexicon` align the same way.
//
//   --lexicon FILE given   that file, copied into --out
//   --out has one          that one
//   neither                learnt: a sample of the inputs (sampleSize), evenly spaced in
//                          batch order, converted without output, their confident beads pooled
//   --no-lexicon           none: each input learns its own table, as extract does
import { join } from 'node:path'
import { learnLexicon } from '../align/lexicon/learn-lexicon.js'
import type { LexiconSample } from '../align/lexicon/lexicon.js'
import { lexiconText } from '../align/lexicon/lexicon-file.js'
import { loadLexicon, parseLexicon, type LoadedLexicon } from '../align/lexicon/load-lexicon.js'
import type { ConvertSettings } from '../convert/convert.js'
import { writeAtomicSync } from '../io/write-atomic-sync.js'
import { LEXICON } from './libraries.js'
import type { Pool } from './pool.js'
import type { LearnTask } from './types.js'

/** Inputs read to learn from: one in SHARE, at least FEWEST and at most MOST (a few
 * thousand paragraph pairs for each common language pair), so that learning stays a small
 * share of the batch's time. */
const SAMPLE = { share: 16, fewest: 32, most: 256 }

export function sampleSize(inputs: number): number {
  return Math.min(inputs, Math.max(SAMPLE.fewest, Math.min(SAMPLE.most, Math.ceil(inputs / SAMPLE.share))))
}

export type BatchLexicon =
  /** `stale`: the inputs the kept lexicon's sample was drawn from, when the batch has since
   * grown to twice as many or more. */
  | { ok: true; loaded: LoadedLexicon; learnt?: { documents: number }; stale?: number }
  /** `usage`: the --lexicon given is at fault, not the output folder. */
  | { ok: false; problem: string; usage?: true }

export interface LexiconInput {
  abs: string
  path: string
}

export async function batchLexicon(
  out: string,
  inputs: readonly LexiconInput[],
  options: { given?: string; jobs: number; maxSize?: number; settings: ConvertSettings; interrupt?: AbortSignal },
  /** The batch's workers (the same ones convert afterwards: each starts once). */
  pool: Pool<LearnTask, LexiconSample[]>,
): Promise<BatchLexicon> {
  const place = join(out, LEXICON)
  if (options.given !== undefined) {
    const loaded = loadLexicon(options.given)
    if ('problem' in loaded) return { ok: false, problem: `--lexicon ${options.given} cannot be used: ${loaded.problem}`, usage: true }
    writeAtomicSync(place, loaded.text)
    return { ok: true, loaded }
  }
  const kept = loadLexicon(place)
  if (!('problem' in kept)) {
    const from = kept.lexicon.inputs
    return { ok: true, loaded: kept, ...(from !== undefined && inputs.length >= 2 * from && sampleSize(inputs.length) > sampleSize(from) ? { stale: from } : {}) }
  }
  if (!kept.missing) return { ok: false, problem: `${place} cannot be used (${kept.problem}); delete it, and memo batch learns a new one` }

  const sample = spread(inputs, sampleSize(inputs.length))
  const found: LexiconSample[][] = new Array(sample.length)
  let next = 0
  const lane = async () => {
    while (next < sample.length && !options.interrupt?.aborted) {
      const i = next++
      const task: LearnTask = { learn: true, abs: sample[i].abs, path: sample[i].path, settings: options.settings, ...(options.maxSize !== undefined ? { maxSize: options.maxSize } : {}) }
      // a worker that dies on an input loses only what that input would have taught
      found[i] = await pool.run(task).catch(() => [])
    }
  }
  await Promise.all(Array.from({ length: Math.min(options.jobs * 2, sample.length) }, lane))
  if (options.interrupt?.aborted) return { ok: false, problem: 'interrupted' }
  // Read back from its text, as a rerun will: the batch aligns with what the file says.
  const text = lexiconText({ ...learnLexicon(found.flat()), inputs: inputs.length })
  writeAtomicSync(place, text)
  const loaded = parseLexicon(text)
  if ('problem' in loaded) throw new Error(`the lexicon memo wrote does not read back: ${loaded.problem}`)
  return { ok: true, loaded, learnt: { documents: sample.length } }
}

/** At most `most` of `items`, evenly spaced, in their order. */
function spread<T>(items: readonly T[], most: number): T[] {
  if (items.length <= most) return [...items]
  return Array.from({ length: most }, (_, k) => items[Math.floor((k * items.length) / most)])
}

/** What the user is told of the lexicon: what a new one holds, or that a kept one was
 * learnt from a much smaller batch. `where` is its path as shown. */
export function lexiconNotes(found: BatchLexicon & { ok: true }, where: string, inputs: number): string[] {
  const notes: string[] = []
  if (found.learnt) notes.push(learntLine(found.learnt.documents, found.loaded, where))
  if (found.stale !== undefined) notes.push(`${where} was learnt when the batch had ${found.stale} input${found.stale === 1 ? '' : 's'}; it has ${inputs} now: delete the file to learn from a larger sample (every input is then converted again)`)
  return notes
}

/** What a newly learnt lexicon holds, for the user. */
function learntLine(documents: number, lexicon: LoadedLexicon, where: string): string {
  const pairs = [...lexicon.lexicon.directions].filter(([key]) => { const [a, b] = key.split('>'); return a < b }).map(([key, d]) => `${key.replace('>', '–')} from ${d.beads} paragraph pairs`)
  if (pairs.length === 0) return `no language pair had enough sure paragraph pairs in ${documents} input${documents === 1 ? '' : 's'} for an alignment lexicon, so each input learns its own word table (${where} records that)`
  return `learnt an alignment lexicon from ${documents} input${documents === 1 ? '' : 's'} (${pairs.join(', ')}); it is kept in ${where} for reruns`
}
