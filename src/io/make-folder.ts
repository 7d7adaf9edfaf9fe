// `mkdir -p` that always ends. Node's own recursive mkdir (20.x, sync and async) never
// returns for a path below /proc or a dangling symbolic link: the kernel answers ENOENT for
// the child although the parent exists, and Node takes that to mean "make the parent first",
// forever. Here each missing folder is made once, top down, and the first refusal is final.
import { mkdirSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

/** Make `path` and the folders above it that are missing; returns the topmost folder it
 * made (undefined when `path` was there), which taking that folder away undoes. Throws the
 * system's error (with its code: ENOENT, ENOTDIR, EACCES, EROFS…) for the first folder
 * that cannot be made. */
export function makeFolder(path: string): string | undefined {
  const missing: string[] = []
  for (let at = resolve(path); ; at = dirname(at)) {
    const info = statOrUndefined(at)
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`not a folder: ${at}`), { code: 'ENOTDIR', path: at })
      break
    }
    missing.unshift(at)
    if (dirname(at) === at) break
  }
  let made: string | undefined
  for (const folder of missing) {
    try {
      mkdirSync(folder)
      made ??= folder
    } catch (error) {
      // made meanwhile by another process: fine if it is a folder
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statOrUndefined(folder)?.isDirectory()) throw error
    }
  }
  return made
}

function statOrUndefined(path: string) {
  try {
    return statSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    throw error
  }
}
