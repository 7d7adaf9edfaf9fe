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

/** A sentence of a paragraph: `text` is paragraph.text.slice(start, end). */
export interface SentenceRef {
  paragraph: number
  start: number
  end: number
  text: string
}

/** One row of the sentence alignment (`--granularity sentence`), inside paragraph row
 * `row` of `alignment`: for each section id, its sentences in the row (possibly none). */
export interface SentenceRow {
  row: number
  cells: Record<string, SentenceRef[]>
  /** In [0, 1]. */
  confidence: number
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

/** Where the document sits inside its archive, parsed from the citation's archive reference.
 * `location` keeps the reference exactly as written; the other fields are filled only where
 * memo recognised the shape, so a reader can trust every field that is present. */
export interface ArchivalRef {
  /** The archive as the citation names it ("Archive of Foreign Policy, Russian Federation"). */
  repository?: string
  /** "AVP RF", "RGANI", "PRC FMA", "АП РФ". */
  abbreviation?: string
  /** The city of the archive ("Moscow"). */
  place?: string
  /** The position inside the archive as written ("f. 0100, op. 43, d. 10, papka 302, ll. 1-4"). */
  location?: string
  /** Which shape the location was read as; absent when memo did not recognise it. */
  scheme?: 'fond' | 'hungarian' | 'prc-fma' | 'signature'
  /** Russian/Soviet archives: fond (f., fond, Ф.), opis (op., Оп.), delo (d., Д.), papka. */
  fond?: string
  opis?: string
  delo?: string
  papka?: string
  /** Folios (l., ll., list, Л.): "1-4", "193-194". */
  folios?: string
  /** Hungarian National Archives (MOL): the record group with its subseries ("XIX-J-1-j Korea"). */
  series?: string
  /** MOL box ("4" from "4. doboz"). */
  box?: string
  /** MOL item (tétel) inside the box ("5/a"). */
  item?: string
  /** PRC Foreign Ministry file number ("109-03984-02"); MOL registry number ("004076/1955"). */
  fileNumber?: string
  /** A German-style signature ("B 136/59748"). */
  signature?: string
  /** Pages inside a file ("7-8", "297-301"). */
  pages?: string
}

export interface Memo {
  schemaVersion: 1
  /** "wilson-110404" from the URL, else the file stem. */
  id: string
  /** Which layout read the dump ("wilson-pdf", "generic", …). */
  layout: string
  /** The bibliographic record as a CSL-JSON item (type "manuscript"). */
  ref: CslItem
  /** The archive's own number for the document ("110404"), from its URL. */
  documentNumber?: string
  /** The document's date, ISO 8601, partial when the archive gives only a year or month. */
  date?: string
  /** The citation sentence exactly as the dump gives it. */
  citation?: string
  /** The original language as a BCP-47 tag. */
  originalLanguage?: string
  /** The declared Contents list, verbatim, in its order. */
  contents: string[]
  sections: Section[]
  alignment: AlignmentRow[]
  /** Filled with `--granularity sentence`: sentence rows inside the alignment's rows. */
  sentenceAlignment?: SentenceRow[]
  diagnostics: Diagnostic[]
  /** The parsed archive reference (see ArchivalRef); the verbatim string is ref.archive_location. */
  archival?: ArchivalRef
  /** Everyone the citation credits, with a role (translators included, "for NKIDP" kept). */
  contributors?: Contributor[]
  /** Published sources that sections name for themselves (the Chinese "[源：…]" line). */
  related?: CslItem[]
  // What the web layouts add (layout D's footer blocks, the support line of B, C and D).
  /** Layout D's Source block as written: the citation without title, date and publisher. */
  source?: string
  /** "Original Archive", as written. */
  originalArchive?: string
  /** "Associated People & Organizations", one entry a value. */
  people?: string[]
  /** "Associated Places". */
  places?: string[]
  /** "Associated Topics" / "Subjects Discussed"; ref.keyword holds them joined with ", ". */
  topics?: string[]
  /** "Rights": the reuse boilerplate, kept out of the body. */
  rights?: string
  /** "Original Uploaded Date", ISO 8601 (partial when the page gives less). */
  uploaded?: string
  /** "Record ID": the archive's number for the document. */
  recordId?: string
  /** Who supported the translation, as the page's "made possible with support from" line
   * names them. */
  funding?: string
  /** Footnotes taken out of the body, in order. The markers ("[1]") stay in the text. */
  notes?: Note[]
}

export interface Note {
  /** The marker's label: "1" for "[1]". */
  label: string
  text: string
  position: Span
  /** The paragraphs whose text holds the marker. */
  refs?: { section: string; paragraph: number }[]
}
