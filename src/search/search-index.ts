// The full-text index of a batch's output folder: search.sqlite, SQLite with FTS5.
//   docs        one row per document (the facts the index page shows, its input's hash)
//   paragraphs  one row per paragraph: document, section, language, line, text
//   fts         FTS5 over each paragraph's terms (terms.ts) and its language; contentless
//               (the text is in paragraphs already): a rerun deletes one document's rows by
//               giving FTS5 their terms again (indexText of the stored text), and leaves the
//               rest alone. (contentless_delete would not need them, but it records the
//               order rows came in, and the file would depend on it.)
//   section_fts the same over whole sections, a row per section under its first paragraph's
//               row id: what a word in very many paragraphs is ranked by (search below)
// Only the main thread of memo batch writes it (workers send SearchDocs; batch-search.ts
// groups them into transactions). A paragraph's row id comes from its document's key
// (docNumber), not from the order documents arrived in, so the same inputs give the same
// rows, ids and scores, and equal scores fall in the same order, whatever order the workers
// finished in and whether the index was built at once or updated run by run. The file's
// bytes are not a function of its rows: FTS5 numbers and merges its segments by the order
// and the transactions rows came in. memo batch therefore sends documents in batch order,
// in transactions that end on what they hold (batch-search.ts), so one run from nothing
// writes the same bytes every time; an index updated run by run keeps its own history.
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { SEARCH_DB } from './files.js'
import { type Found, hitOf, type HitRow } from './hits.js'
import { PARAGRAPH_RANKING_UP_TO } from './ranking.js'
import { DOC_SPACE, PER_DOC, sectionRuns, sectionText } from './rows.js'
import { openProbe, sectionHits } from './section-hits.js'
import { termCounts } from './term-counts.js'
import { indexText, queryTokens, TOKENIZER } from './terms.js'
import type { ParsedQuery } from './query.js'
import type { SearchDoc, SearchParagraph } from './types.js'

/** Bumped when the tables or the terms change: an index of another version is rebuilt. */
const SCHEMA = '3'

/** How much of a transaction's terms FTS5 holds in memory before it writes them out as a
 * segment (its hashsize; 1 MB unless told). At 1 MB a transaction of the batch (batch-search.ts:
 * 256 documents or 4 million characters) became three segments or so a table, each one more
 * for automerge to merge, again and again as the index grows; this holds a whole transaction
 * (3.5 million characters took under 4 MB), so that it is one segment. Kept in the tables'
 * config: an index made before keeps its own. */
const PENDING_BYTES = 16 * 1024 * 1024

const TABLES = `
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT) STRICT;
CREATE TABLE docs (key TEXT PRIMARY KEY, num INTEGER NOT NULL UNIQUE, hash TEXT NOT NULL, path TEXT NOT NULL, id TEXT NOT NULL,
  title TEXT, date TEXT, archive TEXT, type TEXT, topics TEXT NOT NULL, languages TEXT NOT NULL, outputs TEXT NOT NULL, counts TEXT NOT NULL) STRICT, WITHOUT ROWID;
CREATE TABLE paragraphs (rowid INTEGER PRIMARY KEY, key TEXT NOT NULL, section TEXT NOT NULL, lang TEXT NOT NULL, line INTEGER NOT NULL, text TEXT NOT NULL) STRICT;
CREATE VIRTUAL TABLE fts USING fts5(terms, lang, content='', tokenize='${TOKENIZER}');
INSERT INTO fts (fts, rank) VALUES ('rank', 'bm25(1.0, 0.0)');
INSERT INTO fts (fts, rank) VALUES ('hashsize', ${PENDING_BYTES});
CREATE VIRTUAL TABLE section_fts USING fts5(terms, lang, content='', tokenize='${TOKENIZER}');
INSERT INTO section_fts (section_fts, rank) VALUES ('hashsize', ${PENDING_BYTES});
`

type DocRow = Omit<SearchDoc, 'topics' | 'languages' | 'outputs' | 'paragraphs' | 'counts'> & { num: number; topics: string; languages: string; outputs: string; counts: string }

export class SearchIndex {
  private wal = false
  private readonly reserved = new Set<number>()

  private constructor(private readonly db: Database.Database) {}

  /** The index of an output folder for writing: made when missing; rebuilt (emptied) when
   * it is of another schema or unreadable, and then `rebuilt` says so. */
  static openForBatch(dir: string): { index: SearchIndex; rebuilt: boolean } {
    const path = join(dir, SEARCH_DB)
    const existed = existsSync(path)
    if (existed) {
      try {
        const db = new Database(path)
        const version = (db.prepare("SELECT value FROM meta WHERE name = 'schema'").get() as { value: string } | undefined)?.value
        if (version === SCHEMA) return { index: new SearchIndex(db), rebuilt: false }
        db.close()
      } catch {
        // not a database of ours, or a damaged one: made again below
      }
      for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(path + suffix, { force: true })
    }
    const db = new Database(path)
    db.exec(TABLES)
    db.prepare("INSERT INTO meta VALUES ('schema', ?)").run(SCHEMA)
    return { index: new SearchIndex(db), rebuilt: existed }
  }

  /** The index of an output folder for reading, or undefined when it has none. */
  static openForSearch(dir: string): SearchIndex | undefined {
    const path = join(dir, SEARCH_DB)
    if (!existsSync(path)) return undefined
    const db = new Database(path, { readonly: true, fileMustExist: true })
    const version = (db.prepare("SELECT value FROM meta WHERE name = 'schema'").get() as { value: string } | undefined)?.value
    if (version !== SCHEMA) {
      db.close()
      throw new Error(`${SEARCH_DB} was written by another version of memo`)
    }
    return new SearchIndex(db)
  }

  /** Whether the document is indexed from this input. */
  has(key: string, hash: string): boolean {
    return this.db.prepare('SELECT 1 FROM docs WHERE key = ? AND hash = ?').get(key, hash) !== undefined
  }

  /** Put documents in, in one transaction, each replacing what was indexed under its key.
   * In row id order: FTS5 writes out what it holds whenever a row id is lower than the
   * last one (and at every savepoint), and many small segments are slow to write and merge. */
  putAll(docs: readonly SearchDoc[]): void {
    this.writing()
    this.db.transaction(() => {
      const numbered = docs.map((doc) => {
        this.remove(doc.key)
        return { doc, num: this.docNumber(doc.key) }
      })
      this.reserved.clear()
      numbered.sort((a, b) => a.num - b.num)
      const docRow = this.db.prepare('INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      const paragraph = this.db.prepare('INSERT INTO paragraphs (rowid, key, section, lang, line, text) VALUES (?, ?, ?, ?, ?, ?)')
      const terms = this.db.prepare('INSERT INTO fts (rowid, terms, lang) VALUES (?, ?, ?)')
      const sectionTerms = this.db.prepare('INSERT INTO section_fts (rowid, terms, lang) VALUES (?, ?, ?)')
      if (numbered.length) this.changed()
      for (const { doc, num } of numbered) {
        // a batch worker sends each paragraph's terms made (those that differ from the text);
        // documents from elsewhere (a merge) get them here
        const indexed = doc.paragraphs.map((p) => p.terms ?? (doc.termsMade ? p.text : indexText(p.text)))
        docRow.run(doc.key, num, doc.hash, doc.path, doc.id, doc.title ?? null, doc.date ?? null, doc.archive ?? null, doc.type ?? null, JSON.stringify(doc.topics), JSON.stringify(doc.languages), JSON.stringify(doc.outputs), doc.counts ?? termCounts(indexed))
        const kept = doc.paragraphs.slice(0, PER_DOC)
        kept.forEach((p, i) => {
          const rowid = num * PER_DOC + i
          paragraph.run(rowid, doc.key, p.section, p.lang, p.line, p.text)
          terms.run(rowid, indexed[i], p.lang)
        })
        for (const [start, end] of sectionRuns(kept)) sectionTerms.run(num * PER_DOC + start, sectionText(indexed.slice(start, end)), kept[start].lang)
      }
    })()
  }

  /** A number for the key from its hash; the next free one on the rare clash (a number
   * taken in this transaction but not yet written counts as taken too). */
  private docNumber(key: string): number {
    let num = Number(BigInt('0x' + createHash('sha256').update(key).digest('hex').slice(0, 12)) % BigInt(DOC_SPACE))
    const taken = this.db.prepare('SELECT 1 FROM docs WHERE num = ?')
    while (taken.get(num) !== undefined || this.reserved.has(num)) num = (num + 1) % DOC_SPACE
    this.reserved.add(num)
    return num
  }

  /** Before the first write of a run: WAL, so that a commit costs no fsync (a kill keeps
   * every commit; only a power cut could lose the last few). */
  private writing(): void {
    if (this.wal) return
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = NORMAL')
    this.wal = true
  }

  /** After a run that changed the index: leave WAL, so that the file is whole in itself
   * (readers on a read-only disk cannot open a WAL database). FTS5 keeps its segments few
   * by merging as it goes (automerge); no optimize or VACUUM, which would rewrite the whole
   * file on every run. */
  settle(): void {
    if (!this.wal) return
    this.db.pragma('journal_mode = DELETE')
    this.wal = false
  }

  remove(key: string): void {
    if (!this.db.inTransaction) {
      this.writing()
      this.db.transaction(() => this.remove(key))()
      return
    }
    const num = this.db.prepare('SELECT num FROM docs WHERE key = ?').pluck().get(key) as number | undefined
    if (num === undefined) return
    this.changed()
    // a document's paragraphs are the row ids from num × PER_DOC on (no index on key needed)
    const range = [num * PER_DOC, (num + 1) * PER_DOC] as const
    const rows = this.db.prepare('SELECT rowid, section, lang, text FROM paragraphs WHERE rowid >= ? AND rowid < ? ORDER BY rowid').all(...range) as { rowid: number; section: string; lang: string; text: string }[]
    const drop = this.db.prepare("INSERT INTO fts (fts, rowid, terms, lang) VALUES ('delete', ?, ?, ?)")
    const indexed = rows.map((r) => indexText(r.text))
    rows.forEach((r, i) => drop.run(r.rowid, indexed[i], r.lang))
    const dropSection = this.db.prepare("INSERT INTO section_fts (section_fts, rowid, terms, lang) VALUES ('delete', ?, ?, ?)")
    for (const [start, end] of sectionRuns(rows)) dropSection.run(rows[start].rowid, sectionText(indexed.slice(start, end)), rows[start].lang)
    this.db.prepare('DELETE FROM paragraphs WHERE rowid >= ? AND rowid < ?').run(...range)
    this.db.prepare('DELETE FROM docs WHERE key = ?').run(key)
  }

  /** Count one more change of what the index holds (in the transaction making it), so
   * that what is made from the index can tell whether it is out of date. */
  private changed(): void {
    this.db.prepare("INSERT INTO meta VALUES ('generation', '1') ON CONFLICT (name) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)").run()
  }

  /** What was written from the index, and at which generation of it (see pageIsFrom). */
  stampPage(version: string): void {
    this.db.prepare("INSERT INTO meta VALUES ('page', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value").run(this.pageStamp(version))
  }

  /** Whether the index page was last written by this memo version from the index as it is now. */
  pageIsFrom(version: string): boolean {
    return this.db.prepare("SELECT value FROM meta WHERE name = 'page'").pluck().get() === this.pageStamp(version)
  }

  private pageStamp(version: string): string {
    const generation = (this.db.prepare("SELECT value FROM meta WHERE name = 'generation'").pluck().get() as string | undefined) ?? '0'
    return `${version} ${generation}`
  }

  /** Remove every document whose key is not in `keep`; returns how many went. */
  keepOnly(keep: ReadonlySet<string>): number {
    const gone = (this.db.prepare('SELECT key FROM docs ORDER BY key').pluck().all() as string[]).filter((k) => !keep.has(k))
    for (const k of gone) this.remove(k)
    return gone.length
  }

  /** One document back (memo batch --merge copies them). */
  get(key: string): SearchDoc | undefined {
    const row = this.db.prepare('SELECT * FROM docs WHERE key = ?').get(key) as DocRow | undefined
    if (!row) return undefined
    const paragraphs = this.db.prepare('SELECT section, lang, line, text FROM paragraphs WHERE rowid >= ? AND rowid < ? ORDER BY rowid').all(row.num * PER_DOC, (row.num + 1) * PER_DOC) as SearchParagraph[]
    return docOf(row, paragraphs)
  }

  /** Every document without its paragraphs, in key order (the index page's table). */
  documents(): Omit<SearchDoc, 'paragraphs'>[] {
    return (this.db.prepare('SELECT key, num, hash, path, id, title, date, archive, type, topics, languages, outputs, \'\' AS counts FROM docs ORDER BY key').all() as DocRow[]).map((row) => docOf(row, []))
  }

  /** Each document's term counts (SearchDoc.counts), in key order. */
  *counts(): Generator<{ key: string; counts: string }> {
    yield* this.db.prepare('SELECT key, counts FROM docs ORDER BY key').iterate() as Iterable<{ key: string; counts: string }>
  }

  /** The best `limit` hits, and whether there are more. (Counting every match would cost a
   * second pass as long as the first.) Ranked by bm25 over the paragraphs (equal scores in
   * row id order) while the query matches at most `paragraphRankingUpTo` of them; past that,
   * by bm25 over whole sections (sectionHits; ranking.ts says why). */
  search(query: ParsedQuery, options: { lang?: string; limit: number; paragraphRankingUpTo?: number }): Found {
    const match = query.match + this.langFilter(options.lang)
    const upTo = options.paragraphRankingUpTo ?? PARAGRAPH_RANKING_UP_TO
    const many = Number.isFinite(upTo) && (this.db.prepare('SELECT count(*) FROM (SELECT rowid FROM fts WHERE fts MATCH ? LIMIT ?)').pluck().get(match, upTo + 1) as number) > upTo
    if (many) return sectionHits(this.db, (this.probeDb ??= openProbe()), query.positive + this.langFilter(options.lang), match, options.limit)
    const rows = this.db
      .prepare(
        // bm25() called by name scores as the table's rank setting does (the same weights:
        // the terms count, the language column not), and in 40% less time: 175 ms against
        // 295 ms for a word in 321,207 paragraphs of the 16,000-document bench index
        `SELECT p.key, d.path, d.id, d.title, d.outputs, p.section, p.lang, p.line, p.text, f.score
         FROM (SELECT rowid, bm25(fts, 1.0, 0.0) AS score FROM fts WHERE fts MATCH ? ORDER BY score, rowid LIMIT ?) AS f
         JOIN paragraphs p ON p.rowid = f.rowid JOIN docs d ON d.key = p.key
         ORDER BY f.score, f.rowid`,
      )
      .all(match, options.limit + 1) as HitRow[]
    return { ranked: 'paragraphs', more: rows.length > options.limit, hits: rows.slice(0, options.limit).map((r) => hitOf(r)) }
  }

  private probeDb: Database.Database | undefined

  private langFilter(lang: string | undefined): string {
    if (!lang) return ''
    return ` AND lang : "${queryTokens(lang).tokens.join(' ')}"`
  }

  close(): void {
    this.probeDb?.close()
    this.db.close()
  }
}

function docOf(row: DocRow, paragraphs: SearchParagraph[]): SearchDoc {
  const doc: SearchDoc = { key: row.key, hash: row.hash, path: row.path, id: row.id, topics: JSON.parse(row.topics) as string[], languages: JSON.parse(row.languages) as string[], outputs: JSON.parse(row.outputs) as string[], paragraphs }
  for (const f of ['title', 'date', 'archive', 'type'] as const) if (row[f] !== null && row[f] !== undefined) doc[f] = row[f]
  // the counts made when the document went in (a merge copies them instead of counting again)
  if (row.counts) doc.counts = row.counts
  return doc
}
