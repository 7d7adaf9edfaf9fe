// The lexicon as a file (lexicon.json in a batch's output folder): JSON that a person can
// read and a rerun reads back to the same table. Keys are written in code-unit order and
// t(f|e) to four decimals, so the same lexicon gives the same bytes.
import { directionKey, type Lexicon, type LexiconDirection } from './lexicon.js'

/** Bumped when the file's shape or the stems it is keyed by change: an older file is then
 * learnt again rather than misread. */
export const LEXICON_VERSION = 1

export function lexiconText(lexicon: Lexicon): string {
  const directions: Record<string, unknown> = {}
  for (const key of [...lexicon.directions.keys()].sort()) {
    const d = lexicon.directions.get(key)!
    // fromEntries, not assignment: a stem may be "__proto__"
    const t = Object.fromEntries([...d.table].map(([e, row]) => [e, Object.fromEntries(row.fs.map((f, k) => [f, row.ts[k]]))]))
    directions[key] = { documents: d.documents, beads: d.beads, t }
  }
  const file = {
    memoLexicon: LEXICON_VERSION,
    ...(lexicon.inputs !== undefined ? { inputs: lexicon.inputs } : {}),
    about: 'Word-translation probabilities t(f|e) per language direction ("en>ru": English stem e, Russian stem f), learnt by memo batch from the confident 1:1 paragraph pairs of its documents (IBM Model 1). memo batch reads this file back on every run, so that its documents keep the alignment they were written with; delete it to learn it again.',
    directions,
  }
  return `${JSON.stringify(file, null, 1)}\n`
}

/** The lexicon in `text`; throws an Error saying what is wrong when it is not one. */
export function readLexicon(text: string): Lexicon {
  let file: unknown
  try {
    file = JSON.parse(text)
  } catch {
    throw new Error('it is not JSON')
  }
  if (!isRecord(file) || !('memoLexicon' in file)) throw new Error('it is not a memo lexicon (no "memoLexicon" field)')
  if (file.memoLexicon !== LEXICON_VERSION) throw new Error(`it is a lexicon of version ${String(file.memoLexicon)}, and this memo reads version ${LEXICON_VERSION}`)
  if (!isRecord(file.directions)) throw new Error('its "directions" is not an object')
  if (file.inputs !== undefined && !Number.isSafeInteger(file.inputs)) throw new Error('its "inputs" is not a whole number')
  const directions = new Map<string, LexiconDirection>()
  for (const [key, value] of Object.entries(file.directions)) {
    const [a, b, ...rest] = key.split('>')
    if (!a || !b || rest.length || directionKey(a, b) !== key) throw new Error(`"${key}" is not a direction such as "en>ru"`)
    if (!isRecord(value) || !isRecord(value.t) || !Number.isSafeInteger(value.documents) || !Number.isSafeInteger(value.beads)) throw new Error(`the direction "${key}" lacks "documents", "beads" or "t"`)
    const table = new Map<string, { fs: string[]; ts: number[] }>()
    for (const [e, row] of Object.entries(value.t)) {
      if (!isRecord(row)) throw new Error(`"${key}" gives "${e}" no table of translations`)
      const fs: string[] = []
      const ts: number[] = []
      for (const [f, t] of Object.entries(row)) {
        if (typeof t !== 'number' || !(t > 0 && t <= 1)) throw new Error(`"${key}" gives "${e}" → "${f}" a probability that is not in (0, 1]`)
        fs.push(f)
        ts.push(t)
      }
      table.set(e, { fs, ts })
    }
    directions.set(key, { documents: value.documents as number, beads: value.beads as number, table })
  }
  return { directions, ...(file.inputs !== undefined ? { inputs: file.inputs as number } : {}) }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}
