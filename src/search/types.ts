// What the search index holds of one document: the facts the index page lists and filters
// by, and every paragraph of every section. Plain data: a batch worker builds it and sends
// it to the main thread, which alone writes the database.

export interface SearchParagraph {
  section: string
  lang: string
  /** The paragraph's first line in the input. */
  line: number
  text: string
  /** indexText(text): what FTS5 indexes, made in the worker so the main thread only writes
   * (when the document says termsMade, given only where it differs from the text). */
  terms?: string
}

export interface SearchDoc {
  /** The manifest's key: the input's path below its input folder. */
  key: string
  /** The input's sha256, as the manifest has it: an entry is fresh when both agree. */
  hash: string
  /** The input as the batch was given it. */
  path: string
  id: string
  title?: string
  date?: string
  archive?: string
  type?: string
  topics: string[]
  languages: string[]
  /** Output files, relative to --out, in --format order. */
  outputs: string[]
  /** Every term of the document with its count, "term count" a line in term order: the
   * index page's client-side index (client-index.ts), made in the worker. */
  counts?: string
  /** Every paragraph's terms were made (searchDocOf): one without them is its own terms.
   * Most text is (terms.ts), and then it is not sent to the main thread twice. */
  termsMade?: true
  paragraphs: SearchParagraph[]
}

export interface Hit {
  key: string
  /** The input as the batch was given it. */
  path: string
  id: string
  title?: string
  /** The document's page in --out to open: its HTML reader, else Markdown, else the first. */
  output?: string
  section: string
  lang: string
  line: number
  score: number
  text: string
}
