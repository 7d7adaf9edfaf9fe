// THE pipeline: the only place where the stages meet. Each stage gets what it needs and
// reports problems on the vfile; nothing here knows about argv, streams or output files.
//
//   bytes ─ decode ─ layout ─ header ─ blocks ─ language ─ sections ─ paragraphs ─ align ─ Memo
import { VFile } from 'vfile'
import { detectBlockLanguages } from './language/detect-language.js'
import { detectLayout, layoutNamed } from './layouts/index.js'
import { parseCitation, parseSourceNote } from './header/citation/index.js'
import { parseReferenceAndCredits } from './header/citation/index.js'
import { parseDate } from './header/parse-date.js'
import { bodyBlocks } from './paragraphs/clean-body.js'
import { linkNotes } from './paragraphs/footnotes.js'
import { readHeader } from './header/read-header.js'
import type { CslItem, CslName } from './model/csl.js'
import type { Memo, Section } from './model/memo.js'
import { toSource } from './model/source.js'
import { reportDroppedGlyphs } from './paragraphs/dropped-glyphs.js'
import { joinPageBreaks } from './paragraphs/join-page-breaks.js'
import { decode } from './read/decode.js'
import { normalizeNewlines } from './read/normalize.js'
import { blankControls } from './read/controls.js'
import { repairMojibake } from './read/mojibake.js'
import { alignSections } from './align/align-sections.js'
import { alignSentences } from './align/sentences.js'
import { diagnosticsOf, FatalError, report } from './report/report.js'
import { splitSections, type TaggedBlock } from './sections/split-sections.js'

export interface ProcessOptions {
  /** Force a layout by name instead of detecting it. */
  layout?: string
  /** Also align the sentences inside each paragraph row (sentenceAlignment). */
  granularity?: 'paragraph' | 'sentence'
}

export interface ProcessResult {
  /** Undefined when the file failed; the reason is a fatal message on `file`. */
  memo?: Memo
  file: VFile
}

/** Run the whole pipeline on one input. Never throws for bad input: a FatalError from a
 * stage becomes a fatal message on the file and no memo. Other exceptions are bugs and
 * propagate, so the caller can say so. */
export async function processBytes(bytes: Uint8Array, path: string, options: ProcessOptions = {}): Promise<ProcessResult> {
  const file = new VFile({ path })
  try {
    const decoded = await decode(bytes)
    if (decoded.guessed || decoded.encoding !== 'utf-8') report(file, 'read/encoding', undefined, `decoded as ${decoded.encoding}${decoded.guessed ? ' (detected)' : ' (byte order mark)'}`)
    if (decoded.replaced > 0) report(file, 'read/replacement', undefined, `${decoded.replaced} undecodable byte sequence${decoded.replaced === 1 ? '' : 's'} replaced with U+FFFD`)
    return { memo: await processText(decoded.text, path, file, options), file }
  } catch (error) {
    if (error instanceof FatalError) {
      const message = report(file, error.ruleId, error.place, error.message)
      message.fatal = true
      return { file }
    }
    throw error
  }
}

/** The pipeline from decoded text on. Throws FatalError for input it cannot read. */
export async function processText(raw: string, path: string, file: VFile, options: ProcessOptions = {}): Promise<Memo> {
  const text = blankControls(repairMojibake(normalizeNewlines(raw), file), file)
  if (text.trim() === '') throw new FatalError('read/empty', 'the file holds no text (empty or only white space)')
  const source = toSource(text, path)

  const layout = options.layout ? layoutNamed(options.layout) : detectLayout(source)
  if (!layout) throw new FatalError('layout/no-header', `unknown layout "${options.layout}"`)
  const doc = layout.read(source, file)
  const header = readHeader(doc.header, path, file)
  // Layout D has no URL; its Record ID is the same document number the URL would carry.
  const recordId = doc.header.recordId?.value
  if (recordId && /^\d+$/.test(recordId) && !header.documentNumber) Object.assign(header, { id: `wilson-${recordId}`, documentNumber: recordId })

  const { blocks, notes: rawNotes } = bodyBlocks(doc.body, doc.lineBreaks, file)
  if (blocks.length === 0) {
    // Everything was header: a dump cut short, or saved before its text. Say so, at its end,
    // rather than hand back a document with no sections and no word why.
    const last = source.lines[source.lines.length - 1]
    report(file, 'layout/no-body', { line: last.number, column: 1, offset: last.offset }, 'the dump ends before any body text (cut short?); the record holds only the header')
  }
  const candidates = [...new Set([...header.announced.map((a) => a.lang).filter((l): l is string => !!l), ...(header.originalLanguage ? [header.originalLanguage] : [])])]
  const detected = await detectBlockLanguages(blocks.map((b) => b.text), candidates)
  const tagged: TaggedBlock[] = blocks.map((block, i) => ({ block, lang: detected[i]?.lang, weight: detected[i]?.weight ?? 0 }))
  const contentsPlace = doc.header.contents?.[0]?.position.start
  const drafts = splitSections(tagged, header.announced, header.originalLanguage, file, contentsPlace, layout.hasContents ?? false)

  const sections: Section[] = []
  const ids = new Map<string, number>()
  for (const draft of drafts) {
    const base = draft.scan ? 'scan' : `${draft.lang}-${draft.role}`
    const n = (ids.get(base) ?? 0) + 1
    ids.set(base, n)
    const section: Section = { id: n === 1 ? base : `${base}-${n}`, label: draft.label, role: draft.role, lang: draft.lang, paragraphs: [] }
    if (draft.absent) section.absent = true
    if (draft.blocks.length) {
      section.paragraphs = joinPageBreaks(draft.blocks, file, doc.pageBreaks !== 'markers')
      section.position = { start: draft.blocks[0].position.start, end: draft.blocks[draft.blocks.length - 1].position.end }
      if (draft.lang === 'zh' || draft.lang === 'ja') reportDroppedGlyphs(draft.blocks, draft.label, file)
    }
    sections.push(section)
  }

  const ref: CslItem = { id: header.id, type: 'manuscript' }
  if (header.title) ref.title = header.title
  if (header.issued) ref.issued = header.issued
  if (header.url) ref.URL = header.url
  if (header.summary) ref.abstract = header.summary
  if (header.originalLanguage) ref.language = header.originalLanguage

  // The citation sentence: publisher, archive and its reference, credits. The header's own
  // title, date and URL win over the sentence's; the sentence fills what the header lacks.
  const cited = header.citation ? parseCitation(header.citation, file, doc.header.citation?.position.start) : undefined
  if (cited) {
    const { contributors: _c, translator, archival: _a, ...fields } = cited
    for (const [key, value] of Object.entries(fields)) if (value !== undefined && ref[key] === undefined) ref[key] = value
    if (translator.length) ref.translator = translator
  }
  // A section's own published source ("[源：…]" opening the Chinese translation).
  const related: CslItem[] = []
  for (const section of sections) {
    const first = section.paragraphs[0]
    if (!first) continue
    const item = parseSourceNote(first.text, file, first.position.start, { id: `${header.id}-${section.id}-source` })
    if (item) related.push(item)
  }

  // The web layouts' own fields (layout D's footer, the support line). Layout D's Source
  // block is the citation's reference-and-credits tail; it fills what no sentence gave.
  const webRaw = doc.header
  const sourced = webRaw.source && !cited ? parseReferenceAndCredits(webRaw.source.value, file, webRaw.source.position.start) : undefined
  if (sourced) {
    const { contributors: _c, translator, archival: _a, ...fields } = sourced
    for (const [key, value] of Object.entries(fields)) if (value !== undefined && ref[key] === undefined) ref[key] = value
    if (translator.length) ref.translator = translator
  }
  if (webRaw.originalArchive && ref.archive === undefined) ref.archive = webRaw.originalArchive.value
  if (webRaw.authors?.length) ref.author = webRaw.authors.map((a) => authorName(a.value))
  if (webRaw.topics?.length) ref.keyword = webRaw.topics.map((t) => t.value).join(', ')
  let uploaded: string | undefined
  if (webRaw.uploaded) {
    const d = parseDate(webRaw.uploaded.value)
    if (d.kind === 'date') uploaded = d.iso
    else report(file, 'header/bad-date', webRaw.uploaded.position.start, `cannot read the upload date "${webRaw.uploaded.value}"; not recorded`)
  }
  // A web page shows only the English text; when the credits name a translator it is a
  // translation, whatever the language runs alone suggest.
  if (sections.length === 1 && !header.originalLanguage && sections[0].role === 'original' && sections[0].lang === 'en' && ref.translator?.length) {
    Object.assign(sections[0], { id: 'en-translation', label: 'English Translation', role: 'translation' })
  }
  const notes = linkNotes(rawNotes, sections)
  const web: Partial<Memo> = {
    ...(sourced?.archival && { archival: sourced.archival }),
    ...(sourced?.contributors.length && { contributors: sourced.contributors }),
    ...(webRaw.source && { source: webRaw.source.value }),
    ...(webRaw.originalArchive && { originalArchive: webRaw.originalArchive.value }),
    ...(webRaw.people?.length && { people: webRaw.people.map((f) => f.value) }),
    ...(webRaw.places?.length && { places: webRaw.places.map((f) => f.value) }),
    ...(webRaw.topics?.length && { topics: webRaw.topics.map((f) => f.value) }),
    ...(webRaw.rights && { rights: webRaw.rights.value }),
    ...(uploaded && { uploaded }),
    ...(recordId && /^\d+$/.test(recordId) && { recordId }),
    ...(webRaw.funders && { funding: webRaw.funders.value }),
    ...(notes.length && { notes }),
  }

  const alignment = alignSections(sections, file)
  const sentenceAlignment = options.granularity === 'sentence' ? alignSentences(sections, alignment) : undefined

  // Keys in the order a reader of the JSON wants them: identity, record, then the text.
  const memo: Memo = {
    schemaVersion: 1,
    id: header.id,
    ...(header.documentNumber && { documentNumber: header.documentNumber }),
    layout: doc.layout,
    ref,
    ...(header.date && { date: header.date }),
    ...(header.citation && { citation: header.citation }),
    ...(header.originalLanguage && { originalLanguage: header.originalLanguage }),
    ...(cited?.archival && { archival: cited.archival }),
    ...(cited?.contributors.length && { contributors: cited.contributors }),
    ...(related.length && { related }),
    ...web,
    contents: header.contents,
    sections,
    alignment,
    ...(sentenceAlignment && { sentenceAlignment }),
    diagnostics: diagnosticsOf(file),
  }
  return memo
}

/** A name from layout D's Author(s) block: the site writes people "Family, Given" and
 * bodies ("Soviet Embassy in Pyongyang") whole. */
function authorName(text: string): CslName {
  const m = /^([^,]{1,80}), ([^,]{1,80})$/.exec(text.trim())
  if (m && !/\d/.test(text)) return { family: m[1], given: m[2] }
  return { literal: text.trim() }
}
