// A file written piece by piece and put in place whole: the streaming twin of writeAtomic
// (same temporary name, so batch/remove-strays.ts cleans up after a kill). For the manifest and
// the combined outputs, which at 16,000 documents are tens of megabytes: building them as
// one string first would double the memory they need.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { temporaryPathFor } from './write-atomic.js'

export class AtomicFile {
  private readonly tmp: string
  private fd: number | undefined
  private pending: string[] = []
  private pendingLength = 0

  constructor(private readonly path: string) {
    this.tmp = temporaryPathFor(path)
    this.fd = openSync(this.tmp, 'wx')
  }

  /** Buffered: one write() per 256 kB rather than one per piece. */
  write(text: string): void {
    this.pending.push(text)
    this.pendingLength += text.length
    if (this.pendingLength > 256 * 1024) this.flush()
  }

  writeBytes(bytes: Uint8Array): void {
    this.flush()
    writeSync(this.fd!, bytes)
  }

  private flush(): void {
    if (this.pending.length === 0) return
    writeSync(this.fd!, this.pending.join(''))
    this.pending = []
    this.pendingLength = 0
  }

  /** Close and rename into place. */
  commit(): void {
    this.flush()
    closeSync(this.fd!)
    this.fd = undefined
    renameSync(this.tmp, this.path)
  }

  /** Close and remove the temporary file (after an error). */
  abort(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
    rmSync(this.tmp, { force: true })
  }
}
