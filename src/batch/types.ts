// The data that crosses between the parts of `memo batch`: what the main thread sends a
// worker (Task), what comes back (Outcome), and what the manifest keeps per input (Entry).
// All plain JSON, because it crosses a worker boundary and is written to the manifest.
import type { ConvertSettings } from '../convert/convert.js'
import type { SearchDoc } from '../search/types.js'

/** One input file found on the command line, before anything is read. */
export interface Input {
  /** Absolute path, for reading. */
  abs: string
  /** As shown to the user and written in index.json: relative to the working folder
   * when inside it (POSIX separators), else absolute. */
  path: string
  /** Relative to the input's root (the folder given, a glob's fixed prefix, or a file's
   * folder), POSIX separators: mirrored under --out, hashed for --shard, the manifest key. */
  key: string
}

export interface SectionRow {
  id: string
  label: string
  lang: string
  paragraphs: number
}

export type Status = 'converted' | 'warned' | 'failed' | 'pending'

/** One row of index.json. */
export interface IndexRow {
  path: string
  /** The document's id in library.json (its citation key, made unique in the batch). */
  citekey?: string
  id?: string
  title?: string
  date?: string
  languages: string[]
  sections: SectionRow[]
  warnings: number
  errors: number
  status: Status
  /** Why the file failed (failed rows only). */
  reason?: string
  /** Output files, relative to --out. */
  outputs: string[]
}

/** What the manifest keeps for one input: enough to skip it next time and to rebuild the
 * combined outputs without reading it again. */
export interface Entry {
  key: string
  path: string
  size: number
  hash: string
  memoVersion: string
  /** The formats its outputs were written in, in --format order. */
  formats: string[]
  /** The settings its outputs were written with (settingsOf: only those not at their
   * default; absent when all are). */
  settings?: ConvertSettings
  row: IndexRow
  /** Each library's writer output for this document, by the library's field ("csl": the
   * csl writer's JSON array; "bib": the bibtex entry). In a manifest line they are fields
   * of their own after `row` (manifest.ts). */
  libraries?: Record<string, string>
}

export interface Task {
  abs: string
  path: string
  key: string
  /** Absolute output paths, one per format, in --format order. */
  outputs: string[]
  /** Same, relative to --out (for the index). */
  relOutputs: string[]
  formats: string[]
  /** The manifest's entry when it may be skipped (same formats, settings and memo version). */
  known?: { size: number; hash: string }
  /** Outputs this input had before (to remove when it now fails). */
  previous?: string[]
  maxSize?: number
  /** --layout, --granularity, --parallel as settingsOf gives them, for convert(); absent
   * when all are at their defaults (and then absent from the manifest line too). */
  settings?: ConvertSettings
  color: boolean
  /** Print warnings (false with --quiet: errors only). */
  warnings: boolean
  memoVersion: string
}

/** One input read for the batch's lexicon (learn-one.ts): its alignment's confident beads. */
export interface LearnTask {
  learn: true
  abs: string
  path: string
  maxSize?: number
  settings?: ConvertSettings
}

export type Outcome =
  | { kind: 'skipped'; key: string }
  | { kind: 'done'; entry: Entry; /** diagnostic lines for stderr */ messages: string; /** for the search index (converted inputs only) */ search?: SearchDoc }
