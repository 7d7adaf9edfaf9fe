// A file's diagnostics on stderr, as extract and cite print them: colour when the terminal
// takes it, only errors with --quiet.
import type { VFile } from 'vfile'
import type { Io } from '../io/command-io.js'
import { formatMessages, wantsColor } from '../report/format.js'

export function printDiagnostics(io: Io, file: VFile, quiet: boolean | undefined, only?: ReadonlySet<string>): void {
  io.stderr.write(formatMessages(file, { color: wantsColor(io.stderr, io.env), quiet: Boolean(quiet), only }))
}

/** The command's own warnings (an option no chosen format reads), one line each, before the
 * file's diagnostics. */
export function printFlagWarnings(io: Io, command: string, notes: readonly string[], quiet: boolean | undefined): void {
  if (quiet) return
  for (const note of notes) io.stderr.write(`${command}  warning  ${note}  flags/not-applicable\n`)
}
