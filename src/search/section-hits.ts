// Hits for a query in very many paragraphs: the best sections, a hit each (ranking.ts says
// when and why).
import Database from 'better-sqlite3'
import { type Found, hitOf, type HitRow } from './hits.js'
import { PER_DOC } from './rows.js'
import { indexText, TOKENIZER } from './terms.js'
import type { Hit } from './types.js'

/** How many of a section's paragraphs are given to the probe at a time. */
const PROBE_CHUNK = 8

/** The table in memory sectionHits asks which paragraphs match, with the index's tokenizer. */
export function openProbe(): Database.Database {
  const probe = new Database(':memory:')
  probe.exec(`CREATE VIRTUAL TABLE probe USING fts5(terms, lang, content='', tokenize='${TOKENIZER}')`)
  return probe
}

/** The best sections by bm25 over their whole text, each with its first paragraph that
 * matches. The sections are ranked by the query without its NOT parts (`positive`), which
 * is true of every section holding a matching paragraph; a section where no single
 * paragraph matches (the words in different paragraphs, or a NOT word beside them) gives
 * no hit. Which paragraph matches is asked of a small FTS5 table in memory, with the same
 * tokenizer, given the section's paragraphs a few at a time: asking the index itself with
 * a row id range costs as much as reading the word's whole list (FTS5 walks it to the
 * range), 20 ms a section for a word in 321,207 paragraphs. */
export function sectionHits(db: Database.Database, probe: Database.Database, positive: string, match: string, limit: number): Found {
  const ranked = db.prepare('SELECT rowid, bm25(section_fts, 1.0, 0.0) AS score FROM section_fts WHERE section_fts MATCH ? ORDER BY score, rowid LIMIT ? OFFSET ?')
  const texts = db.prepare('SELECT rowid, section, lang, text FROM paragraphs WHERE rowid >= ? AND rowid < ? ORDER BY rowid LIMIT ?')
  const row = db.prepare('SELECT p.key, d.path, d.id, d.title, d.outputs, p.section, p.lang, p.line, p.text FROM paragraphs p JOIN docs d ON d.key = p.key WHERE p.rowid = ?')
  const clear = probe.prepare("INSERT INTO probe (probe) VALUES ('delete-all')")
  const put = probe.prepare('INSERT INTO probe (rowid, terms, lang) VALUES (?, ?, ?)')
  const first = probe.prepare('SELECT rowid FROM probe WHERE probe MATCH ? ORDER BY rowid LIMIT 1').pluck()
  /** The row id of the section's first matching paragraph (its paragraphs share its
   * first one's section name and follow it until the next section of the document). */
  const firstMatch = (start: number): number | undefined => {
    const docEnd = (Math.floor(start / PER_DOC) + 1) * PER_DOC
    let section: string | undefined
    for (let from = start; from < docEnd; ) {
      const chunk = texts.all(from, docEnd, PROBE_CHUNK) as { rowid: number; section: string; lang: string; text: string }[]
      section ??= chunk[0]?.section
      const inSection = chunk.filter((p) => p.section === section)
      if (inSection.length === 0) return undefined
      clear.run()
      for (const p of inSection) put.run(p.rowid, indexText(p.text), p.lang)
      const found = first.get(match) as number | undefined
      if (found !== undefined) return found
      if (inSection.length < chunk.length || chunk.length < PROBE_CHUNK) return undefined
      from = chunk[chunk.length - 1].rowid + 1
    }
    return undefined
  }
  const hits: Hit[] = []
  // a first page of sections enough for the hits and the "more" when most hold a match
  let page = limit + 1 + Math.ceil(limit / 4)
  for (let offset = 0; ; offset += page, page *= 4) {
    const sections = ranked.all(positive, page, offset) as { rowid: number; score: number }[]
    for (const section of sections) {
      const found = firstMatch(section.rowid)
      if (found === undefined) continue
      if (hits.length === limit) return { ranked: 'sections', more: true, hits }
      hits.push(hitOf({ ...(row.get(found) as Omit<HitRow, 'score'>), score: section.score }))
    }
    if (sections.length < page) return { ranked: 'sections', more: false, hits }
  }
}
