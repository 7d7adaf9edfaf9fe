// Where `memo extract -o PATH` puts its output, and every way that can fail as one
// OutputError with a sentence a person can act on.
//
// A regular file (or a new one) is written atomically: a temporary file beside it, renamed
// over it, so a reader never sees half of it and a failure leaves the old bytes. Anything
// else the user points at (a symbolic link, a FIFO, a terminal, /dev/null, a process's
// /proc/self/fd/1) cannot be replaced by a rename without replacing the thing itself, so it
// is opened and written through, as a shell's `>` would. -o makes no folders: a path with a
// mistyped folder is refused rather than growing a tree nobody asked for (`memo batch --out`
// does make its folder: it names a folder).
import { accessSync, constants, lstatSync, statSync, type Stats } from 'node:fs'
import { dirname, join } from 'node:path'
import { writeAtomicSync, writeLarge } from './write-atomic-sync.js'

/** Why an output cannot be written; the command turns `kind` into its rule id. */
export type OutputProblem = 'no-folder' | 'is-folder' | 'denied' | 'failed'

export class OutputError extends Error {
  constructor(
    readonly kind: OutputProblem,
    message: string,
  ) {
    super(message)
    this.name = 'OutputError'
  }
}

/** What can be known before the work is done: the folder is there, the target is not a
 * folder, memo may write there. Throws OutputError. */
export function checkOutput(path: string): void {
  const info = lstatOf(path)
  if (info && !info.isFile()) {
    if (followed(path)?.isDirectory()) throw isFolder(path)
    if (info.isSymbolicLink() && !followed(path)) return checkFolder(dirname(path), path) // a dangling link: its target is made
    return mayWrite(path, path)
  }
  checkFolder(dirname(path), path)
  if (info) mayWrite(path, path)
}

/** Write `content` to `path`: atomically for a regular file or a new one, through the
 * target for anything else. Throws OutputError. */
export function writeOutput(path: string, content: string | Iterable<string>): void {
  checkOutput(path)
  const info = lstatOf(path)
  try {
    if (info && !info.isFile()) writeLarge(path, content, 'w')
    else writeAtomicSync(path, content, info ? info.mode & 0o7777 : undefined)
  } catch (error) {
    throw explain(error, path)
  }
}

function checkFolder(folder: string, path: string): void {
  const info = followed(folder)
  if (!info) throw new OutputError('no-folder', `the folder ${folder} does not exist; make it first (mkdir -p ${folder}), memo extract -o makes no folders`)
  if (!info.isDirectory()) throw new OutputError('no-folder', `${folder} is not a folder, so ${path} cannot be made`)
  mayWrite(folder, path)
}

function mayWrite(target: string, path: string): void {
  try {
    accessSync(target, constants.W_OK)
  } catch (error) {
    throw explain(error, path, target)
  }
}

function isFolder(path: string): OutputError {
  return new OutputError('is-folder', `is a folder; give -o a file name, such as ${join(path, 'document.md')}`)
}

/** The system's error as a sentence about the path the user gave. */
function explain(error: unknown, path: string, target = path): OutputError {
  const code = (error as NodeJS.ErrnoException).code
  const folder = dirname(path)
  if (code === 'EACCES' || code === 'EPERM') return new OutputError('denied', `permission denied: memo may not write ${target === path ? 'this file' : `in the folder ${target}`}; choose another place or change its permissions`)
  if (code === 'EROFS') return new OutputError('denied', `is on a read-only file system; choose another place`)
  if (code === 'EISDIR') return isFolder(path)
  // the folder exists (checked), yet a file cannot be made in it: /proc, /sys and the like
  if (code === 'ENOENT') return new OutputError('denied', `the folder ${folder} does not take new files (a special file system such as /proc); choose another place`)
  if (code === 'ENOSPC' || code === 'EDQUOT') return new OutputError('failed', 'the disk is full (or the quota used up); nothing was written')
  return new OutputError('failed', `cannot write the file (${code ?? String(error)}); nothing was written`)
}

function lstatOf(path: string): Stats | undefined {
  try {
    return lstatSync(path)
  } catch {
    return undefined
  }
}

function followed(path: string): Stats | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}
