// Write a file so that readers see the old content or the whole new content, never half:
// write a temporary file beside the target, then rename it over (atomic on one file system).
// The temporary name starts with "." and ends in ".tmp" so a crash leaves an obvious stray.
import { randomBytes } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The temporary file beside `path` that an atomic write goes through. Every atomic writer
 * uses this one name shape, which remove-strays.ts recognises after a kill. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
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
