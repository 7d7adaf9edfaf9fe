// writeAtomic (write-atomic.ts) for worker threads: the same temporary name and rename,
// with synchronous calls. In a worker a blocking write stalls only that worker, and it
// skips the round trip through libuv's four-thread pool, which every worker of the process
// shares: profiled over 300 dumps, async opens alone took 8% of a worker's time.
import { chmodSync, closeSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { temporaryPathFor } from './write-atomic.js'

/** `mode`: the permissions of the file being replaced, which the new one keeps. */
export function writeAtomicSync(path: string, content: string | Uint8Array | Iterable<string>, mode?: number): void {
  const tmp = temporaryPathFor(path)
  try {
    if (content instanceof Uint8Array) writeFileSync(tmp, content, { flag: 'wx' })
    else if (typeof content === 'string' && content.length <= LARGEST_KEPT) writeFileSync(tmp, utf8(content), { flag: 'wx' })
    else writeLarge(tmp, content, 'wx')
    if (mode !== undefined) chmodSync(tmp, mode)
    renameSync(tmp, path)
  } catch (error) {
    rmSync(tmp, { force: true })
    throw error
  }
}

// A string's UTF-8 bytes, encoded into one buffer this thread keeps and reuses. writeFileSync
// given the string makes a new Buffer for it (a pass to count the bytes, an allocation the
// garbage collector must then free, a pass to encode); over a document's three outputs
// that was about 2.3 times the cost of encoding into a buffer already there. The bytes are
// the same (both encode a lone surrogate as U+FFFD); test/batch-units.test.ts checks it.
const encoder = new TextEncoder()
let scratch = new Uint8Array(256 * 1024)
/** Outputs larger than this (in UTF-16 units) get a buffer of their own, so one huge
 * document does not leave a huge scratch behind. */
const LARGEST_KEPT = 8 * 1024 * 1024

/** The bytes stay valid until the next call. */
export function utf8(text: string): Uint8Array {
  // UTF-8 takes at most 3 bytes per UTF-16 unit
  if (text.length * 3 > scratch.length) {
    if (text.length > LARGEST_KEPT) return Buffer.from(text, 'utf8')
    scratch = new Uint8Array(text.length * 3)
  }
  return scratch.subarray(0, encoder.encodeInto(text, scratch).written)
}

/** A large output written in pieces: a string cut into 1 MB slices, or the pieces a writer
 * gives (writers/json-pieces.ts), each encoded into the scratch buffer in turn. The whole
 * text as one Buffer was a second copy of it in memory (121 MB beside the JSON of a 47.7 MB
 * dump); this keeps one piece. */
export function writeLarge(path: string, content: string | Iterable<string>, flag: 'wx' | 'w'): void {
  const fd = openSync(path, flag)
  try {
    for (const piece of typeof content === 'string' ? slices(content) : content) {
      const bytes = utf8(piece)
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done)
    }
  } finally {
    closeSync(fd)
  }
}

const PIECE = 1024 * 1024

function* slices(text: string): Generator<string> {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + PIECE, text.length)
    // never split a surrogate pair between two pieces
    if (end < text.length && /[\ud800-\udbff]/u.test(text[end - 1])) end--
    yield text.slice(at, end)
    at = end
  }
}
