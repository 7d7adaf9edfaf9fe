// Citation keys: readable, stable, unique within a batch.
//
//   <first two significant title words, camelCase, ASCII><year>-<document number>
//   "Memorandum, Conversation of Mao …", 1950, wilson-110404 → memorandumConversation1950-110404
//
// Readable: the words and the year say what the document is, as keys in Zotero and Better
// BibTeX do. Stable: the key depends only on the document's own title, date and id, never
// on the other files in the batch or the order they run in, so re-running memo does not
// break a manuscript's citations. Unique: the document number (or the whole id when it has
// no number, the file name it came from) tells apart documents with the same title and year; two inputs with the same
// id (one document dumped twice) are told apart by uniqueKeys() when a batch is combined.
import type { Memo } from '../model/memo.js'

/** Words that carry no meaning at the start of a title. */
const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'on', 'and', 'to', 'in', 'for', 'from', 'with', 'by', 'at'])

export function citationKey(memo: Memo): string {
  const title = memo.record.csl.title ?? ''
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // an apostrophe is inside a word ("Chancellor’s" is one word, not "Chancellor" and "s")
    .replace(/(?<=\p{L})['’ʼ](?=\p{L})/gu, '')
    .split(/[^A-Za-z0-9]+/u)
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w.toLowerCase()) && !/^\d+$/u.test(w))
    .slice(0, 2)
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase()))
  const head = words.join('') || 'document'
  const year = memo.record.csl.issued?.['date-parts']?.[0]?.[0]
  // the archive's own number; an id made from a file name is taken whole, since digits at
  // its end ("…web2013") are the file's, not the document's
  const number = memo.record.documentNumber ?? /^wilson-(\d+)$/u.exec(memo.id)?.[1] ?? memo.id.normalize('NFKD').replace(/[^A-Za-z0-9]+/gu, '-').replace(/^-|-$/gu, '')
  return `${head}${typeof year === 'number' ? year : 'nd'}${number ? `-${number}` : ''}`
}

/** The same keys in the same order, a repeated key suffixed "-2", "-3", … in order of
 * appearance, so a combined .bib never holds two entries under one key. */
export function uniqueKeys(keys: readonly string[]): string[] {
  const seen = new Map<string, number>()
  const taken = new Set(keys)
  return keys.map((key) => {
    const n = (seen.get(key) ?? 0) + 1
    seen.set(key, n)
    if (n === 1) return key
    let candidate = `${key}-${n}`
    while (taken.has(candidate)) candidate = `${candidate}-${n}`
    taken.add(candidate)
    return candidate
  })
}
