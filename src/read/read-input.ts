// A path (or "-" for stdin) → bytes, with every way that can fail turned into one clear
// FatalError: missing, a folder, unreadable, too large.
import { readFileSync, statSync, type Stats } from 'node:fs'
import { FatalError } from '../report/report.js'

const DEFAULT_MAX_SIZE = 256 * 1024 * 1024

export async function readInput(path: string, stdin: NodeJS.ReadableStream, maxSize = DEFAULT_MAX_SIZE): Promise<Uint8Array> {
  return path === '-' ? readStream(stdin, maxSize) : readInputSync(path, maxSize)
}

/** readInput for a path, with blocking calls. memo reads one file at a time on a thread
 * (extract reads its one input; a batch worker reads its task's), so waiting for the read
 * stalls nothing else, and it skips three round trips (stat, open, read) through libuv's
 * thread pool, which all workers of a batch share. */
export function readInputSync(path: string, maxSize = DEFAULT_MAX_SIZE): Uint8Array {
  let info
  try {
    info = statSync(path)
  } catch (error) {
    throw failure(error)
  }
  check(info, maxSize)
  try {
    return readFileSync(path)
  } catch (error) {
    throw failure(error)
  }
}

/** What stat tells before a byte is read: a folder, not a file, or too large. */
function check(info: Stats, maxSize: number): void {
  if (info.isDirectory()) throw new FatalError('read/directory', 'is a folder, not a file; to convert a whole folder use `memo batch`')
  if (!info.isFile()) throw new FatalError('read/missing', 'is not a regular file')
  if (info.size > maxSize) throw new FatalError('read/too-large', `is ${mb(info.size)}, larger than the limit of ${mb(maxSize)}; raise it with --max-size`)
}

async function readStream(stream: NodeJS.ReadableStream, maxSize: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    size += buf.length
    if (size > maxSize) throw new FatalError('read/too-large', `standard input is larger than the limit of ${mb(maxSize)}; raise it with --max-size`)
    chunks.push(buf)
  }
  return Buffer.concat(chunks)
}

function failure(error: unknown): FatalError {
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT') return new FatalError('read/missing', 'no such file')
  if (code === 'EACCES' || code === 'EPERM') return new FatalError('read/permission', 'permission denied: memo may not read this file')
  if (code === 'EISDIR') return new FatalError('read/directory', 'is a folder, not a file; to convert a whole folder use `memo batch`')
  return new FatalError('read/missing', `cannot read the file (${code ?? String(error)})`)
}

/** A size as people read it: MB from one MB up, kB below, bytes below one kB (a limit of
 * 1000 bytes shown as "0.0 MB" would say nothing). */
function mb(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} kB`
  return `${bytes} bytes`
}
