// THE pipeline: the only place where the stages meet. It calls each stage in order and
// hands on what the next one needs; the stages report problems on the vfile. Nothing here
// knows about argv, streams or output files, and nothing here decides anything.
//
//   bytes ─ read ─ layout ─ header ─ body ─ language ─ sections ─ paragraphs ─ record ─ align ─ Memo
import { VFile } from 'vfile'
import { alignSections } from './align/align-sections.js'
import type { Lexicon, LexiconSample } from './align/lexicon/lexicon.js'
import { alignSentences } from './align/sentences.js'
import { readHeader } from './header/read-header.js'
import { buildRecord } from './header/record.js'
import { tagBlocks } from './language/tag-blocks.js'
import { chooseLayout } from './layouts/index.js'
import type { Memo } from './model/memo.js'
import { toSource } from './model/source.js'
import { joinBrokenWords } from './paragraphs/broken-words.js'
import { buildSections } from './paragraphs/build-sections.js'
import { cleanBody } from './paragraphs/clean-body.js'
import { linkNotes } from './paragraphs/footnotes.js'
import { cleanText } from './read/clean-text.js'
import { decodeInput } from './read/decode-input.js'
import { diagnosticsOf, FatalError, report } from './report/report.js'
import { settleRoles } from './sections/settle-roles.js'
import { splitSections } from './sections/split-sections.js'

export interface ProcessOptions {
  /** Force a layout by name instead of detecting it. */
  layout?: string
  /** Also align the sentences inside each paragraph row (sentenceAlignment). */
  granularity?: 'paragraph' | 'sentence'
  /** A batch's lexicon to align with, or a batch learning one (align-sequences.ts). */
  lexicon?: Lexicon
  learn?: (sample: LexiconSample) => void
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
    return { memo: await processText(await decodeInput(bytes, file), path, file, options), file }
  } catch (error) {
    if (!(error instanceof FatalError)) throw error
    report(file, error.ruleId, error.place, error.message).fatal = true
    return { file }
  }
}

/** The pipeline from decoded text on. Throws FatalError for input it cannot read. */
export async function processText(raw: string, path: string, file: VFile, options: ProcessOptions = {}): Promise<Memo> {
  const source = toSource(cleanText(raw, file), path)
  const layout = chooseLayout(source, options.layout)
  const doc = layout.read(source, file)
  const header = readHeader(doc.header, path, file)

  const body = cleanBody(doc, source, file)
  const tagged = await tagBlocks(body.blocks, header.announced, header.originalLanguage)
  const drafts = splitSections(tagged, header.announced, header.originalLanguage, file, doc.header.contents?.[0]?.position.start, layout.hasContents ?? false)
  const found = buildSections(drafts, file, doc.pageBreaks !== 'markers')
  await joinBrokenWords(found, source, file)
  const record = buildRecord(header, doc.header, found, file)
  const sections = settleRoles(found, record, file)
  const notes = linkNotes(body.notes, sections)

  const alignment = alignSections(sections, file, { lexicon: options.lexicon, learn: options.learn })
  const sentenceAlignment = options.granularity === 'sentence' ? alignSentences(sections, alignment) : undefined

  // Keys in the order a reader of the JSON wants them: identity, record, then the text.
  return {
    schemaVersion: 2,
    id: header.id,
    layout: doc.layout,
    record,
    contents: header.contents,
    sections,
    ...(notes.length && { notes }),
    alignment,
    ...(sentenceAlignment && { sentenceAlignment }),
    diagnostics: diagnosticsOf(file),
  }
}
