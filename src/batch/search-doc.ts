// One converted document as the search index takes it (search/types.ts), built in the
// worker from the document it has just converted, so the main thread never reads it again.
import type { Memo } from '../model/memo.js'
import { isoDate } from '../model/csl.js'
import { termCounts } from '../search/term-counts.js'
import { indexText } from '../search/terms.js'
import type { SearchDoc, SearchParagraph } from '../search/types.js'

export function searchDocOf(memo: Memo, at: { key: string; hash: string; path: string; outputs: string[] }): SearchDoc {
  const csl = memo.record.csl
  const sections = memo.sections.filter((s) => !s.absent)
  const date = isoDate(csl.issued)
  const terms: string[] = []
  const paragraphs: SearchParagraph[] = []
  for (const s of sections) {
    for (const p of s.paragraphs) {
      const indexed = indexText(p.text)
      terms.push(indexed)
      paragraphs.push(indexed === p.text ? { section: s.id, lang: s.lang, line: p.position.start.line, text: p.text } : { section: s.id, lang: s.lang, line: p.position.start.line, text: p.text, terms: indexed })
    }
  }
  return {
    key: at.key,
    hash: at.hash,
    path: at.path,
    id: memo.id,
    ...(csl.title ? { title: csl.title } : {}),
    ...(date ? { date } : {}),
    ...(csl.archive ? { archive: csl.archive } : {}),
    ...(csl.type ? { type: csl.type } : {}),
    topics: memo.record.topics ?? [],
    languages: [...new Set(sections.map((s) => s.lang))],
    outputs: at.outputs,
    // the terms are made here, in the worker, in parallel: the main thread only writes them
    counts: termCounts(terms),
    termsMade: true,
    paragraphs,
  }
}
