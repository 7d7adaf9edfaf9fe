// One input → its document, its diagnostics and its outputs: the one conversion path behind
// `memo extract`, `memo cite` and every batch worker, so that a batch writes the bytes
// extract writes for the same input and options. Reading (when given a path), the pipeline
// (process.ts) and the writers of the formats asked for; nothing else. It writes no file
// and touches no stream or `process`: where outputs go, and what is printed, is the
// command's business.
//
// Never throws for bad input: a file that cannot be read, or that the pipeline gives up on,
// comes back with no memo and the reason as a fatal message on its vfile. Any other
// exception (from a stage or a writer) is a bug in memo and propagates, so the command can
// say so.
import { VFile } from 'vfile'
import type { Lexicon, LexiconSample } from '../align/lexicon/lexicon.js'
import type { Memo } from '../model/memo.js'
import { processBytes } from '../process.js'
import { readInput } from '../read/read-input.js'
import { FatalError, report } from '../report/report.js'
import { writerNamed } from '../writers/index.js'
import type { Writer, WriterOptions } from '../writers/types.js'

/** What shapes a document's outputs, besides its bytes and the formats asked for. */
export interface ConvertSettings {
  /** Force a layout by name instead of detecting it. */
  layout?: string
  /** Also align the sentences inside each paragraph row (JSON sentenceAlignment, TMX units). */
  granularity?: 'paragraph' | 'sentence'
  /** Markdown: the aligned sections side by side in one table. */
  parallel?: boolean
  /** memo batch: which lexicon the alignment read (load-lexicon.ts's digest), kept among
   * the settings so that a rerun with another one redoes the documents. The lexicon
   * itself reaches convert() as ConvertOptions.lexicon. */
  lexiconDigest?: string
}

export interface ConvertOptions extends ConvertSettings {
  /** The formats to render (the writer registry's names), each once, in this order. */
  formats: readonly string[]
  /** A batch's lexicon (align/lexicon/lexicon.ts): `memo batch`, or `memo extract
   * --lexicon`, so that extract gives the batch's bytes. */
  lexicon?: Lexicon
  /** A batch learning its lexicon: each aligned pair's confident beads. */
  learn?: (sample: LexiconSample) => void
}

export type ConvertInput =
  /** Bytes the caller has read already (a batch worker hashes them first). */
  | { path: string; bytes: Uint8Array }
  /** A path to read, or "-" for `stdin`; larger than maxSize fails. */
  | { path: string; read: string; stdin: NodeJS.ReadableStream; maxSize?: number }

export interface Converted {
  /** Undefined when the file failed; the reason is a fatal message on `file`. */
  memo?: Memo
  /** `path` as given, with every diagnostic of the read, the pipeline and the layout. */
  file: VFile
  /** Each format's output, by format name; empty when the file failed. */
  outputs: Map<string, string>
}

export async function convert(input: ConvertInput, options: ConvertOptions): Promise<Converted> {
  const writers = options.formats.map(writerFor)
  let bytes: Uint8Array
  if ('bytes' in input) bytes = input.bytes
  else {
    try {
      bytes = await readInput(input.read, input.stdin, input.maxSize)
    } catch (error) {
      if (!(error instanceof FatalError)) throw error
      return { file: unreadable(input.path, error), outputs: new Map() }
    }
  }
  const { memo, file } = await processBytes(bytes, input.path, { layout: options.layout, granularity: options.granularity, lexicon: options.lexicon, learn: options.learn })
  const outputs = new Map<string, string>()
  if (memo) {
    const writerOptions: WriterOptions = { parallel: options.parallel, granularity: options.granularity }
    for (const writer of writers) if (!outputs.has(writer.name)) outputs.set(writer.name, await writer.write(memo, writerOptions))
  }
  return { memo, file, outputs }
}

/** The vfile of an input that was never processed (it could not be read; an output would
 * overwrite it): its one fatal message gives the reason. */
export function unreadable(path: string, error: FatalError): VFile {
  const file = new VFile({ path })
  report(file, error.ruleId, undefined, error.message).fatal = true
  return file
}

/** The settings that differ from the defaults, in one key order: equal settings give equal
 * JSON, and the defaults give {}. A batch's manifest records them, so that a rerun with
 * other settings redoes the files. */
export function settingsOf(options: ConvertSettings): ConvertSettings {
  return {
    ...(options.layout ? { layout: options.layout } : {}),
    ...(options.granularity && options.granularity !== 'paragraph' ? { granularity: options.granularity } : {}),
    ...(options.parallel ? { parallel: true } : {}),
  }
}

/** Commands check format names against the registry before they convert (an unknown one is
 * a usage error there), so an unknown name here is a bug. */
function writerFor(name: string): Writer {
  const writer = writerNamed(name)
  if (!writer) throw new Error(`no writer for the format "${name}"`)
  return writer
}
