// Commands as functions of (arguments, streams) → exit code. The CLI wires process.argv
// and the real streams in; tests pass their own. Nothing below here touches `process`.
import { realpath } from 'node:fs/promises'
import { resolve } from 'node:path'
import { VFile } from 'vfile'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Io } from './io/command-io.js'
import { writeAtomic } from './io/write-atomic.js'
import { processBytes } from './process.js'
import { readInput } from './read/read-input.js'
import { formatMessages, wantsColor } from './report/format.js'
import { FatalError, report } from './report/report.js'
import { writerNamed } from './writers/index.js'

export interface ExtractOptions {
  format: string
  output?: string
  layout?: string
  quiet?: boolean
  frail?: boolean
  maxSize?: number
  parallel?: boolean
  granularity?: 'paragraph' | 'sentence'
}

export interface CiteOptions {
  style: string
  format: 'text' | 'html'
  quiet?: boolean
}

interface Processed {
  memo?: import('./model/memo.js').Memo
  file: VFile
  /** Print the file's diagnostics on stderr. */
  show(): void
}

/** Read and process one input. A file that cannot be read shows its one-line reason and
 * gives undefined; a file the pipeline fails on gives no memo and a fatal message. */
async function memoOf(input: string, io: Io, options: { layout?: string; maxSize?: number; quiet?: boolean; output?: string; granularity?: 'paragraph' | 'sentence' }): Promise<Processed | undefined> {
  const name = input === '-' ? '<stdin>' : input
  const show = (file: VFile) => io.stderr.write(formatMessages(file, { color: wantsColor(io.stderr, io.env), quiet: Boolean(options.quiet) }))
  let bytes: Uint8Array
  try {
    if (options.output && input !== '-' && (await samePath(input, options.output))) {
      throw new FatalError('read/missing', `--output names the input file; memo never overwrites its input`)
    }
    bytes = await readInput(input, io.stdin, options.maxSize)
  } catch (error) {
    if (!(error instanceof FatalError)) throw error
    const file = new VFile({ path: name })
    report(file, error.ruleId, undefined, error.message).fatal = true
    show(file)
    return undefined
  }
  const { memo, file } = await processBytes(bytes, name, { layout: options.layout, granularity: options.granularity })
  return { memo, file, show: () => show(file) }
}

/** `memo cite FILE…`: one formatted bibliography for the inputs, in the style's order. */
export async function runCite(inputs: string[], options: CiteOptions, io: Io): Promise<number> {
  const [{ cslItemsOf }, { formatCitations, StyleError }, { uniqueKeys }] = await Promise.all([import('./writers/csl.js'), import('./cite/index.js'), import('./writers/citation-key.js')])
  let failed = false
  const items = []
  for (const input of inputs) {
    const done = await memoOf(input, io, { quiet: options.quiet })
    if (!done) {
      failed = true
      continue
    }
    done.show()
    if (!done.memo) {
      failed = true
      continue
    }
    items.push(cslItemsOf(done.memo, { related: false })[0])
  }
  // two inputs of one document (or two documents with one key) still get distinct ids
  const ids = uniqueKeys(items.map((i) => i.id))
  items.forEach((item, k) => (item.id = ids[k]))
  if (items.length) {
    try {
      io.stdout.write(await formatCitations(items, { style: options.style, format: options.format }))
    } catch (error) {
      if (error instanceof StyleError) {
        io.stderr.write(`memo: ${error.message}\n`)
        return EXIT_USAGE
      }
      throw error
    }
  }
  return failed ? EXIT_FAILED : EXIT_OK
}

export async function runExtract(input: string, options: ExtractOptions, io: Io): Promise<number> {
  const writer = writerNamed(options.format)
  if (!writer) {
    io.stderr.write(`memo: unknown format "${options.format}"; see memo extract --help\n`)
    return EXIT_USAGE
  }
  const done = await memoOf(input, io, options)
  if (!done) return EXIT_FAILED
  const { memo, file, show } = done
  if (!memo) {
    show()
    return EXIT_FAILED
  }
  const out = await writer.write(memo, { parallel: options.parallel, granularity: options.granularity })
  if (options.output) await writeAtomic(options.output, out)
  else io.stdout.write(out)
  show()
  const warned = file.messages.some((m) => m.fatal === false)
  return options.frail && warned ? EXIT_FAILED : EXIT_OK
}

async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (p: string) => realpath(p).catch(() => resolve(p))
  return (await real(a)) === (await real(b))
}
