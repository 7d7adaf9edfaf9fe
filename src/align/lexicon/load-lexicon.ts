// A lexicon file read for use (memo extract --lexicon, memo batch): its lexicon, its text
// (what a batch hands its workers) and a digest that names it in a batch's manifest.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Lexicon } from './lexicon.js'
import { readLexicon } from './lexicon-file.js'

export interface LoadedLexicon {
  lexicon: Lexicon
  text: string
  /** The first 16 hex digits of the file's SHA-256. */
  digest: string
}

/** The lexicon in `text`, or the reason it is not one. */
export function parseLexicon(text: string): LoadedLexicon | { problem: string } {
  try {
    return { lexicon: readLexicon(text), text, digest: createHash('sha256').update(text).digest('hex').slice(0, 16) }
  } catch (error) {
    return { problem: (error as Error).message }
  }
}

/** The lexicon file at `path`, or the reason it cannot be used (`missing` when there is
 * no such file, which for a batch's own means one is to be learnt). */
export function loadLexicon(path: string): LoadedLexicon | { problem: string; missing?: true } {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { problem: 'there is no such file', missing: true }
    return { problem: code === 'EISDIR' ? 'it is a folder' : `it cannot be read (${code ?? (error as Error).message})` }
  }
  return parseLexicon(text)
}
