import { spawnSync } from 'node:child_process'
import { bin, root } from './fixtures.js'

export interface CliResult {
  status: number | null
  stdout: string
  stderr: string
}

/** Run bin/memo.js as a user would, with colour off unless the test asks for it. */
/** `uid`/`gid` run it as another user (the tests run as root need an unprivileged one to meet
 * "permission denied"). */
export function runCli(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string; uid?: number; gid?: number } = {}): CliResult {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}
