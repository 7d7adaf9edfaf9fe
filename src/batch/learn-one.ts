// One input read for a batch's lexicon, inside a worker: what its alignment's confident
// beads say about word translations (align/lexicon/), nothing written. An input that cannot
// be read or converted offers nothing: the conversion that follows reports it.
import type { LexiconSample } from '../align/lexicon/lexicon.js'
import { convert } from '../convert/convert.js'
import { readInputSync } from '../read/read-input.js'
import type { LearnTask } from './types.js'

export async function learnOne(task: LearnTask): Promise<LexiconSample[]> {
  const samples: LexiconSample[] = []
  try {
    const bytes = readInputSync(task.abs, task.maxSize)
    await convert({ path: task.path, bytes }, { ...task.settings, formats: [], learn: (sample) => samples.push(sample) })
  } catch {
    return []
  }
  return samples
}
