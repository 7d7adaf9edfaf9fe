// What a layout hands on: the header fields as the dump wrote them, each with its place,
// and the body lines. Everything after the layout (dates, languages, sections, paragraphs)
// is layout-independent.
import type { Span } from './memo.js'
import type { Line, Source } from './source.js'

export interface Field {
  /** The value as written, hard wraps joined for one-line fields. */
  value: string
  position: Span
}

export interface RawHeader {
  date?: Field
  title?: Field
  citation?: Field
  url?: Field
  summary?: Field
  originalLanguage?: Field
  /** One field per Contents entry, verbatim (without the list bullet). */
  contents?: Field[]
  // Fields of the web layouts (B, C, D). Lists hold one field per value, as written.
  /** Layout D's "Author(s)" values ("Soviet Embassy in Pyongyang", "Puzanov, Aleksandr"). */
  authors?: Field[]
  /** "Associated People & Organizations". */
  people?: Field[]
  /** "Associated Places". */
  places?: Field[]
  /** "Associated Topics" or "Subjects Discussed". */
  topics?: Field[]
  /** Layout D's "Source" block: the citation without its title, date and publisher (the
   * archive reference, then the credits), to be read as the tail of a citation sentence. */
  source?: Field
  /** "Original Archive". */
  originalArchive?: Field
  /** "Rights": the reuse boilerplate, recorded but not body text. */
  rights?: Field
  /** "Original Uploaded Date", as written. */
  uploaded?: Field
  /** "Record ID": the archive's document number. */
  recordId?: Field
  /** Layout D's "Type" block: what kind of document it is ("Telegram", "Diary"). */
  genre?: Field
  /** Who paid for the translation: the text after "made possible with support from". */
  funders?: Field
}

/** A footnote taken out of the body: its label ("1" for "[1]") and text. */
export interface RawNote {
  label: string
  text: string
  position: import('./memo.js').Span
}

export interface RawDocument {
  layout: string
  header: RawHeader
  /** The body lines, in order, blank lines included. */
  body: Line[]
  /** 'lines' when the dump was saved from a web page that never hard-wraps: each line is a
   * paragraph of its own. Default 'wrapped': blank lines separate paragraphs. */
  lineBreaks?: 'wrapped' | 'lines'
  /** How the dump shows a page break of the original: PDF text leaves a blank line in
   * mid-sentence, which the paragraph stage guesses from the text ('blank-lines', the
   * default); web pages mark pages "(p. N)" or not at all ('markers'), so a blank line there
   * always ends a paragraph. */
  pageBreaks?: 'blank-lines' | 'markers'
}

export interface Layout {
  name: string
  description: string
  /** How much of the text looks like this layout: 0 none; about 1 a hint, 3 a mark no other
   * layout prints. The layout with the most evidence reads the text (a tie goes to the
   * earlier in the registry). Must be cheap: it runs on every input. */
  detect(source: Source): number
  read(source: Source, file: import('vfile').VFile): RawDocument
  /** True when dumps of this layout carry a Contents list, so a dump without one is
   * suspect (a warning); web pages never have one, and their sections by language are the
   * normal case (an info). */
  hasContents?: boolean
}

/** A run of non-blank body lines: a paragraph as the dump laid it out, before sections
 * are known and before page-broken paragraphs are joined. */
export interface Block {
  lines: Line[]
  /** Hard wraps joined, page-break markers removed, NFC. */
  text: string
  position: Span
  /** Indices into `text` where a ` // ` page-break marker stood. */
  pageBreaks: number[]
}

/** A section that the Contents list announces. */
export interface AnnouncedSection {
  label: string
  /** BCP-47; absent for a scan. */
  lang?: string
  role: import('./memo.js').SectionRole
  /** A scan of the original has no text in a dump. */
  scan: boolean
  /** Where the Contents entry stands. */
  position?: import('./memo.js').Point
}

/** A body block with the language the language stage found for it. */
export interface TaggedBlock {
  block: Block
  /** BCP-47, or undefined for a block without letters (numbers, punctuation). */
  lang?: string
  /** Letters in the block (Han triple): what a misplaced block costs. */
  weight: number
}

/** A section as the section stage finds it: its blocks, before paragraphs are made. */
export interface SectionDraft {
  label: string
  role: import('./memo.js').SectionRole
  lang: string
  blocks: Block[]
  absent?: boolean
  /** An announced scan of the original: never text in a dump. */
  scan?: boolean
}
