// Write a file so that readers see the old content or the whole new content, never half:
// write a temporary file beside the target, then rename it over (atomic on one file system).
// The temporary name starts with "." and ends in ".tmp" so a crash leaves an obvious stray.
import { randomBytes } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { threadId } from 'node:worker_threads'

// The 8 hex digits of a temporary name: this thread's id (two digits), then a counter that
// starts at a random place (six). Threads of one process share its pid, so the thread id
// keeps their names apart; the random start keeps a new process off the names of a killed
// one that had the same pid (a container's memo is often pid 1). A random draw per file did
// the same job at about 18 µs a call, three calls a document in a batch.
const THREAD = (threadId & 0xff) << 24
let counter = randomBytes(3).readUIntBE(0, 3)

/** The temporary file beside `path` that an atomic write goes through. Every atomic writer
 * uses this one name shape, which remove-strays.ts recognises after a kill. */
export function temporaryPathFor(path: string): string {
  counter = (counter + 1) & 0xffffff
  const tag = ((THREAD | counter) >>> 0).toString(16).padStart(8, '0')
  return join(dirname(path), `.${basename(path)}.${process.pid}.${tag}.tmp`)
}

const TEMPORARY = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/u

/** Whether a file name (without its folder) has the shape temporaryPathFor gives: what a
 * write cut short by a kill leaves behind. */
export function isTemporaryName(name: string): boolean {
  return TEMPORARY.test(name)
}

export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const tmp = temporaryPathFor(path)
  try {
    await writeFile(tmp, content, { flag: 'wx' })
    await rename(tmp, path)
  } catch (error) {
    await rm(tmp, { force: true })
    throw error
  }
}
