// One memo batch at a time per output folder: two runs appending to one manifest would
// each think the other's files are theirs. The lock file holds the pid; a lock left by a
// process that is gone (kill -9) is taken over.
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

const LOCK = '.memo-batch.lock'

/** Take the lock; undefined on success, else the pid that holds it. */
export async function lockOut(dir: string): Promise<number | undefined> {
  const path = join(dir, LOCK)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(path, `${process.pid}\n`, { flag: 'wx' })
      return undefined
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim())
    if (Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) return pid
    await rm(path, { force: true })
  }
  return undefined
}

export async function unlockOut(dir: string): Promise<void> {
  await rm(join(dir, LOCK), { force: true })
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
