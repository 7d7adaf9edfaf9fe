// Commands as functions of (arguments, streams) → exit code. The CLI wires process.argv
// and the real streams in; tests pass their own. Nothing below here touches `process`.
import { realpath } from 'node:fs/promises'
import { resolve } from 'node:path'
import { VFile } from 'vfile'
import { writeAtomic } from './batch/write-atomic.js'
import { processBytes } from './process.js'
import { readInput } from './read/read-input.js'
import { formatMessages, wantsColor } from './report/format.js'
import { FatalError, report } from './report/report.js'
import { writerNamed } from './writers/index.js'

export interface Io {
  stdin: NodeJS.ReadableStream
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
  env: NodeJS.ProcessEnv
}

export interface ExtractOptions {
  format: string
  output?: string
  layout?: string
  quiet?: boolean
  frail?: boolean
  maxSize?: number
  parallel?: boolean
}

export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2

export async function runExtract(input: string, options: ExtractOptions, io: Io): Promise<number> {
  const writer = writerNamed(options.format)
  if (!writer) {
    io.stderr.write(`memo: unknown format "${options.format}"; see memo extract --help\n`)
    return EXIT_USAGE
  }
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
    return EXIT_FAILED
  }

  const { memo, file } = await processBytes(bytes, name, { layout: options.layout })
  if (!memo) {
    show(file)
    return EXIT_FAILED
  }
  const out = await writer.write(memo, { parallel: options.parallel })
  if (options.output) await writeAtomic(options.output, out)
  else io.stdout.write(out)
  show(file)
  const warned = file.messages.some((m) => m.fatal === false)
  return options.frail && warned ? EXIT_FAILED : EXIT_OK
}

async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (p: string) => realpath(p).catch(() => resolve(p))
  return (await real(a)) === (await real(b))
}
