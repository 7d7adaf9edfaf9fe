#!/usr/bin/env node
// memo's entry point: run the CLI, set the exit code, and turn an unexpected exception into
// a short bug report instead of a stack trace (set MEMO_DEBUG=1 to see the trace).
import { main } from '../dist/bundle/cli.js'

main(process.argv).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    process.stderr.write(`memo: internal error: ${error && error.message ? error.message : String(error)}\n`)
    process.stderr.write('This is a bug in memo, not in your file. Please report it with the command you ran and, if you can, the input.\n')
    if (process.env.MEMO_DEBUG) process.stderr.write(`${error && error.stack}\n`)
    process.exitCode = 1
  },
)
