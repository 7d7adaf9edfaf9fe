// A file's diagnostics on stderr, as extract and cite print them: colour when the terminal
// takes it, only errors with --quiet.
import type { VFile } from 'vfile'
import type { Io } from '../io/command-io.js'
import { formatMessages, wantsColor } from '../report/format.js'

export function printDiagnostics(io: Io, file: VFile, quiet: boolean | undefined, only?: ReadonlySet<string>): void {
  io.stderr.write(formatMessages(file, { color: wantsColor(io.stderr, io.env), quiet: Boolean(quiet), only }))
}
