import { spawnSync } from 'node:child_process'
import { bin, root } from './fixtures.js'

export interface CliResult {
  status: number | null
  stdout: string
  stderr: string
}

/** Run bin/memo.js as a user would, with colour off unless the test asks for it. */
export function runCli(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}
