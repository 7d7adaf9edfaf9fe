// What every command gets and gives back: the streams it reads and writes (cli.ts passes the
// real ones, tests their own, so nothing below cli.ts touches `process`) and the exit code it
// returns. Here, below the commands, so that extract, cite and batch share one definition.

export interface Io {
  stdin: NodeJS.ReadableStream
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
  env: NodeJS.ProcessEnv
}

/** Every file converted (and, with --frail, no warning). */
export const EXIT_OK = 0
/** Some file failed (or warned, with --frail). */
export const EXIT_FAILED = 1
/** A usage error: unknown format, bad flag, an output folder another batch holds. */
export const EXIT_USAGE = 2
/** Stopped by Ctrl-C or SIGTERM after the files in flight (128 + SIGINT's number, as shells do). */
export const EXIT_INTERRUPTED = 130
