// The output folder of a batch made (when missing) and locked, with every way that can fail
// as one sentence that names the folder and says what to do.
import { makeFolder } from '../io/make-folder.js'
import { lockOut } from './out-lock.js'

export type OpenedOut =
  /** `made`: the topmost folder this made for it (makeFolder), if any. */
  | { ok: true; made?: string }
  /** Another batch holds the folder: a usage error. */
  | { ok: false; holder: number }
  /** The folder cannot be made or written. */
  | { ok: false; problem: string }

/** `shown`: the folder as the user wrote it. */
export async function openOut(out: string, shown: string): Promise<OpenedOut> {
  let made
  try {
    made = makeFolder(out)
  } catch (error) {
    return { ok: false, problem: folderProblem(error as NodeJS.ErrnoException, out, shown) }
  }
  let holder
  try {
    holder = await lockOut(out)
  } catch (error) {
    return { ok: false, problem: `cannot write in the output folder ${shown} (${why(error as NodeJS.ErrnoException)}, on its lock file .memo-batch.lock); choose another --out` }
  }
  return holder === undefined ? { ok: true, made } : { ok: false, holder }
}

function folderProblem(error: NodeJS.ErrnoException, out: string, shown: string): string {
  if (error.code === 'ENOTDIR' || error.code === 'EEXIST') {
    if (error.path === out) return `--out ${shown} is a file, not a folder; give a folder (memo batch makes it when it is missing), the file is left as it is`
    return `cannot make the output folder ${shown}: ${error.path ?? 'a part of its path'} is a file, not a folder`
  }
  return `cannot make the output folder ${shown} (${why(error)}); choose another --out`
}

function why(error: NodeJS.ErrnoException): string {
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied'
  if (error.code === 'EROFS') return 'a read-only file system'
  // the folder above exists, yet refuses a new entry: /proc, /sys and the like
  if (error.code === 'ENOENT') return 'its folder takes no new files: a special file system such as /proc'
  if (error.code === 'ENOSPC' || error.code === 'EDQUOT') return 'the disk is full'
  return error.code ?? String(error)
}
