// The one contract between stages and writers. Layouts fill a RawDocument; the stages
// turn it into a Memo; writers see only the Memo. Every change here is a change of the
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

/** `text`: a text of the document whose relation to the others the dump does not say (no
 * original language declared, several languages). */
export type SectionRole = 'original' | 'translation' | 'transcription' | 'text'

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

/** The bibliographic record: built once, by the header stage (header/record.ts), from the
 * layout's header fields, the parsed citation and the page's footer. `csl` is the flat view
 * for citation tools; `archival` and `contributors` are the structured views of the same
 * reference and credits; the rest is what CSL has no field for. */
export interface DocumentRecord {
  /** The record as one CSL-JSON item (type "manuscript"), keys in CSL_FIELD_ORDER: what every
   * bibliographic writer starts from. `id` is the document id; writers put the citation key
   * in its place. `language` is the record's own language (English for the Digital
   * Archive's translations); `keyword` the topics joined. */
  csl: CslItem
  /** The archive's own number for the document ("110404"), from its URL or record id. */
  documentNumber?: string
  /** The language the document was written in, as a BCP-47 tag (the header's "Original
   * Language"); csl.language is the record's own. */
  originalLanguage?: string
  /** The citation as the dump gives it, verbatim: the citation sentence, or, where a page
   * gives only the reference and credits (the current site's "Source" block), those. */
  citation?: string
  /** The parsed archive reference (see ArchivalRef); the verbatim string is csl.archive_location. */
  archival?: ArchivalRef
  /** A source that names several archives: one parsed reference per archive, in the order
   * written (the first is `archival`). Absent when the source names one. */
  archives?: ArchivalRef[]
  /** Everyone the citation credits, with a role (translators included, "for NKIDP" kept). */
  contributors?: Contributor[]
  /** Published sources that sections name for themselves (the Chinese "[源：…]" line). */
  related?: CslItem[]
  /** Subjects, one entry a value as the page lists them (a topic may hold a comma, so
   * csl.keyword alone cannot give them back). */
  topics?: string[]
  /** People and organisations the page associates with the document. */
  people?: string[]
  /** Places the page associates with the document. */
  places?: string[]
  /** The archive's reuse statement, kept out of the body. */
  rights?: string
  /** When the archive put the document online, ISO 8601 (partial when the page gives less). */
  uploaded?: string
  /** Who supported the translation, as the page's "made possible with support from" line
   * names them. */
  funding?: string
}

export interface Memo {
  schemaVersion: 2
  /** "wilson-110404" from the URL or record id, else the file stem. */
  id: string
  /** Which layout read the dump ("wilson-pdf", "generic", …). */
  layout: string
  record: DocumentRecord
  /** The declared Contents list, verbatim, in its order. */
  contents: string[]
  sections: Section[]
  /** Footnotes taken out of the body, in order. The markers ("[1]") stay in the text. */
  notes?: Note[]
  alignment: AlignmentRow[]
  /** Filled with `--granularity sentence`: sentence rows inside the alignment's rows. */
  sentenceAlignment?: SentenceRow[]
  diagnostics: Diagnostic[]
}

export interface Note {
  /** The marker's label: "1" for "[1]". */
  label: string
  text: string
  position: Span
  /** The paragraphs whose text holds the marker. */
  refs?: { section: string; paragraph: number }[]
}
