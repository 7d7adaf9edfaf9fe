// `memo extract FILE`: one input, one format, on stdout or (atomically) in --output. The
// conversion is convert()'s, the one a batch worker runs; what is left here is the command's
// own: the format name checked, the input guarded from --output, where the output goes, and
// the exit code.
import { once } from 'node:events'
import { realpath } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Lexicon } from '../align/lexicon/lexicon.js'
import { loadLexicon } from '../align/lexicon/load-lexicon.js'
import { convert, unreadable } from '../convert/convert.js'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Io } from '../io/command-io.js'
import { checkOutput, OutputError, writeOutput } from '../io/write-output.js'
import { FatalError } from '../report/report.js'
import { unusedSettings, writerNamed } from '../writers/index.js'
import { printDiagnostics, printFlagWarnings } from './print-diagnostics.js'

export interface ExtractOptions {
  format: string
  output?: string
  layout?: string
  quiet?: boolean
  frail?: boolean
  maxSize?: number
  parallel?: boolean
  granularity?: 'paragraph' | 'sentence'
  /** A batch's lexicon file (--lexicon), to align as that batch did. */
  lexicon?: string
}

export async function runExtract(input: string, options: ExtractOptions, io: Io): Promise<number> {
  if (!writerNamed(options.format)) {
    io.stderr.write(`memo: unknown format "${options.format}"; see memo extract --help\n`)
    return EXIT_USAGE
  }
  const path = input === '-' ? '<stdin>' : input
  if (options.output && input !== '-' && (await samePath(input, options.output))) {
    printDiagnostics(io, unreadable(path, new FatalError('output/is-input', `--output names the input file; memo never overwrites its input`)), options.quiet)
    return EXIT_FAILED
  }
  // a place memo cannot write is said before the work, not after it
  if (options.output) {
    const problem = outputProblem(() => checkOutput(options.output!))
    if (problem) {
      printDiagnostics(io, unreadable(options.output, problem), options.quiet)
      return EXIT_FAILED
    }
  }
  let lexicon: Lexicon | undefined
  if (options.lexicon !== undefined) {
    const loaded = loadLexicon(options.lexicon)
    if ('problem' in loaded) {
      io.stderr.write(`memo: --lexicon ${options.lexicon} cannot be used: ${loaded.problem}\n`)
      return EXIT_USAGE
    }
    lexicon = loaded.lexicon
  }
  const flagNotes = unusedSettings([options.format], options)
  printFlagWarnings(io, 'memo extract', flagNotes, options.quiet)
  // a writer that gives its output in pieces (JSON, Markdown) is run here, so that a huge document's
  // output is streamed to its place rather than held whole; the others by convert()
  const writer = writerNamed(options.format)!
  const streamed = writer.pieces !== undefined
  const converted = await convert(
    { path, read: input, stdin: io.stdin, maxSize: options.maxSize },
    { layout: options.layout, granularity: options.granularity, parallel: options.parallel, lexicon, formats: streamed ? [] : [options.format] },
  )
  const { file, outputs } = converted
  if (!converted.memo) {
    printDiagnostics(io, file, options.quiet)
    return EXIT_FAILED
  }
  let out: string | Iterable<string>
  if (streamed) out = await writer.pieces!(converted.memo, { parallel: options.parallel, granularity: options.granularity })
  else {
    // the model is not needed past its output: let the collector have it before the output
    // is encoded (on a 47.7 MB dump it is about 150 MB)
    converted.memo = undefined
    out = outputs.get(options.format)!
  }
  const problem = options.output ? outputProblem(() => writeOutput(options.output!, out)) : undefined
  if (!options.output) {
    if (typeof out === 'string') io.stdout.write(out)
    else for (const piece of out) if (!io.stdout.write(piece)) await once(io.stdout, 'drain')
  }
  printDiagnostics(io, file, options.quiet)
  if (problem) {
    printDiagnostics(io, unreadable(options.output!, problem), options.quiet)
    return EXIT_FAILED
  }
  const warned = flagNotes.length > 0 || file.messages.some((m) => m.fatal === false)
  return options.frail && warned ? EXIT_FAILED : EXIT_OK
}

/** An OutputError as the FatalError of the output's path; any other exception is a bug. */
function outputProblem(write: () => void): FatalError | undefined {
  try {
    write()
  } catch (error) {
    if (!(error instanceof OutputError)) throw error
    return new FatalError(`output/${error.kind}`, error.message)
  }
  return undefined
}

async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (p: string) => realpath(p).catch(() => resolve(p))
  return (await real(a)) === (await real(b))
}
