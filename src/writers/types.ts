// What a writer is. A new format is one file exporting a Writer and one line in index.ts.
import type { Memo } from '../model/memo.js'
import type { Library } from './library.js'

export interface WriterOptions {
  /** Markdown: render the aligned sections side by side as one table. */
  parallel?: boolean
  /** TMX: one translation unit per paragraph row (default) or per sentence row. */
  granularity?: 'paragraph' | 'sentence'
  [option: string]: unknown
}

export interface Writer {
  /** The --format value ("md", "json", "bibtex"). */
  name: string
  /** The extension of the output file, with the dot (".md"). */
  extname: string
  /** One line for --help. */
  description: string
  /** Turn one document into the text of the output. Pure: same memo, same bytes. */
  write(memo: Memo, options: WriterOptions): string | Promise<string>
  /** The text write() gives, in pieces, for a command that streams one output (memo
   * extract): a huge document's output is then never held whole. Absent: write() only. */
  pieces?(memo: Memo, options: WriterOptions): Iterable<string> | Promise<Iterable<string>>
  /** For a format that holds many documents in one file (CSL-JSON array, .bib): the file
   * memo batch joins every document's output into (library.ts). Absent: none. */
  library?: Library
  /** The settings (beyond the document) that change this format's output; a command warns
   * when one is given and no chosen format reads it. */
  reads?: readonly WriterSetting[]
}

/** A command-line setting a writer may read: --parallel, --granularity sentence. */
export type WriterSetting = 'parallel' | 'granularity'
