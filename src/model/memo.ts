// The one contract between stages and writers. Layouts fill a RawDocument; process.ts
// turns it into a Memo; writers see only the Memo. Every change here is a change of the
// published JSON shape (schema/memo.schema.json): bump schemaVersion when it breaks readers.
import type { CslItem } from './csl.js'

/** A place in the decoded input. line and column are 1-based; offset is 0-based and counts
 * UTF-16 code units (as JavaScript does) in the decoded text with line endings normalised
 * to "\n", so a CRLF file and its LF twin report the same places. */
export interface Point {
  line: number
  column: number
  offset: number
}

export interface Span {
  start: Point
  end: Point
}

export type SectionRole = 'original' | 'translation' | 'transcription'

export interface Paragraph {
  text: string
  position: Span
  /** Where a page of the original ends inside this paragraph: indices into `text`
   * (UTF-16 code units) at which a ` // ` marker or a page-break blank line stood. */
  pageBreaks?: number[]
}

export interface Section {
  /** Stable within a document: `<lang>-<role>` ("en-translation"), suffixed on a clash. */
  id: string
  /** As Contents names it ("English Translation"), or made from lang and role. */
  label: string
  role: SectionRole
  /** BCP-47 tag ("en", "zh", "ru"). */
  lang: string
  paragraphs: Paragraph[]
  /** Absent when the section holds no text (an announced scan, say). */
  position?: Span
  /** True when Contents announces the section but the dump has no text for it. */
  absent?: boolean
}

/** One row of the n-way alignment: for each section id, the indices of that section's
 * paragraphs in the row (possibly none). */
export interface AlignmentRow {
  cells: Record<string, number[]>
  /** In [0, 1]. */
  confidence: number
}

export type Severity = 'info' | 'warning' | 'error'

export interface Diagnostic {
  ruleId: string
  severity: Severity
  message: string
  line?: number
  column?: number
}

export interface Contributor {
  role: 'obtained' | 'translated' | 'contributed' | 'edited' | 'transcribed' | 'annotated' | 'selected'
  name: { family?: string; given?: string; literal?: string }
  /** "NKIDP" in "translated for NKIDP by X". */
  for?: string
}

export interface Memo {
  schemaVersion: 1
  /** "wilson-110404" from the URL, else the file stem. */
  id: string
  /** Which layout read the dump ("wilson-pdf", "generic", …). */
  layout: string
  /** The bibliographic record as a CSL-JSON item (type "manuscript"). */
  ref: CslItem
  /** The citation sentence exactly as the dump gives it. */
  citation?: string
  /** The original language as a BCP-47 tag. */
  originalLanguage?: string
  /** The declared Contents list, verbatim, in its order. */
  contents: string[]
  sections: Section[]
  alignment: AlignmentRow[]
  diagnostics: Diagnostic[]
}
