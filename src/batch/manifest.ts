// The manifest: what the output folder holds, so a rerun skips unchanged inputs and a run
// killed with -9 resumes. It is a JSON Lines file, .memo-manifest.jsonl in --out:
//   {"manifest":"memo batch","version":1}                       first line
//   {"key":"a/x.txt","path":…,"size":…,"hash":…,"row":…,"csl":…,"bib":…}   one per input
// (after the row, each library's output for the input, under its field: libraries.ts)
// Why lines and not one JSON document: a line is appended the moment a file finishes, so a
// kill -9 loses at most the files in flight, and appending stays cheap at 16,000 inputs
// where rewriting a 40 MB document after every file would not. When a key appears twice
// the later line wins; a line cut short by a kill does not parse and is dropped (that file
// is simply redone). At the end of a run the file is rewritten atomically with one line per
// input in batch order, so its bytes do not depend on the order files finished in.
//
// Memory stays flat as the corpus grows: only each entry's small facts (Meta) are kept in
// memory, with the place of its line in the file; the index row, CSL item and BibTeX entry
// are read back from disk when the combined outputs are written.
import { closeSync, existsSync, fstatSync, openSync, readSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { AtomicFile } from '../io/atomic-file.js'
import { libraryWriters } from './libraries.js'
import type { Entry, Status } from './types.js'

export const MANIFEST = '.memo-manifest.jsonl'
const HEADER = JSON.stringify({ manifest: 'memo batch', version: 1 })

/** What is kept in memory of one entry: its small facts (the Entry's own fields), not the
 * index row, CSL item and BibTeX entry, which stay on disk. */
export interface Meta extends Pick<Entry, 'key' | 'path' | 'size' | 'hash' | 'memoVersion' | 'formats'> {
  /** The entry's settings as JSON ("{}" for the defaults), to compare with a run's. */
  settings: string
  status: Status
  outputs: string[]
  /** Whether the line holds an output for every library this build writes: a line written
   * before a library was added (library.biblatex.bib) lacks it, and its input is redone. */
  allLibraries: boolean
  /** Where its whole line is. */
  manifest: Manifest
  offset: number
  length: number
}

export class Manifest {
  readonly entries = new Map<string, Meta>()
  /** Lines that did not parse (a write cut short by a kill). */
  torn = 0
  private fd: number
  private end = 0

  private constructor(
    readonly dir: string,
    private readonly writable: boolean,
  ) {
    const path = join(dir, MANIFEST)
    if (writable && !existsSync(path)) {
      this.fd = openSync(path, 'a+')
      this.end = writeSync(this.fd, HEADER + '\n')
    } else {
      this.fd = openSync(path, writable ? 'a+' : 'r')
      this.scan()
    }
  }

  /** The manifest of an output folder, made if missing, ready to append to. */
  static open(dir: string): Manifest {
    return new Manifest(dir, true)
  }

  /** Another run's manifest, read only (memo batch --merge). */
  static read(dir: string): Manifest {
    return new Manifest(dir, false)
  }

  /** Read every line once, in 1 MB chunks, remembering where each entry's line is. */
  private scan(): void {
    const chunk = Buffer.alloc(1 << 20)
    let carry = Buffer.alloc(0)
    let carryAt = 0
    let position = 0
    for (;;) {
      const n = readSync(this.fd, chunk, 0, chunk.length, position)
      if (n === 0) break
      const data = carry.length ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n)
      let start = 0
      for (let nl = data.indexOf(10); nl !== -1; nl = data.indexOf(10, start)) {
        this.take(data.subarray(start, nl), carryAt + start)
        start = nl + 1
      }
      carry = Buffer.from(data.subarray(start))
      carryAt += start
      position += n
    }
    this.end = position
    if (carry.length) {
      // a line without its newline: cut short by a kill. End it, so appends start afresh.
      this.torn++
      if (this.writable) this.end += writeSync(this.fd, '\n')
    }
  }

  private take(line: Buffer, offset: number): void {
    if (line.length === 0) return
    const text = line.toString('utf8')
    if (text === HEADER) return
    try {
      const e = JSON.parse(text) as Line
      if (typeof e?.key !== 'string' || !e.row) throw new Error('not an entry')
      this.entries.set(e.key, metaOf(e, libraryWriters.every(({ library }) => typeof e[library.field] === 'string'), this, offset, line.length + 1))
    } catch {
      this.torn++
    }
  }

  get(key: string): Meta | undefined {
    return this.entries.get(key)
  }

  /** Record a finished input: one write() of one line, in the main thread, so lines never
   * interleave and each is in the kernel before the next file starts. */
  append(entry: Entry): Meta {
    const line = Buffer.from(JSON.stringify(lineOf(entry)) + '\n')
    writeSync(this.fd, line)
    const meta = metaOf(entry, libraryWriters.every(({ library }) => typeof entry.libraries?.[library.field] === 'string'), this, this.end, line.length)
    this.end += line.length
    this.entries.set(entry.key, meta)
    return meta
  }

  /** The whole entry, read back from disk. */
  load(meta: Meta): Entry {
    return entryOf(JSON.parse(meta.manifest.line(meta).toString('utf8')) as Line)
  }

  private line(meta: Meta): Buffer {
    const buf = Buffer.alloc(meta.length)
    readSync(this.fd, buf, 0, meta.length, meta.offset)
    return buf
  }

  /** Rewrite the file atomically with only these entries, in this order, and keep going
   * with the new file. */
  rewrite(keep: readonly Meta[]): void {
    const file = new AtomicFile(join(this.dir, MANIFEST))
    const moved: Meta[] = []
    let at = 0
    try {
      file.write(HEADER + '\n')
      at = Buffer.byteLength(HEADER) + 1
      for (const meta of keep) {
        const bytes = meta.manifest.line(meta)
        file.writeBytes(bytes)
        moved.push({ ...meta, manifest: this, offset: at })
        at += bytes.length
      }
      file.commit()
    } catch (error) {
      file.abort()
      throw error
    }
    closeSync(this.fd)
    this.fd = openSync(join(this.dir, MANIFEST), 'a+')
    this.end = fstatSync(this.fd).size
    this.entries.clear()
    for (const m of moved) this.entries.set(m.key, m)
  }

  close(): void {
    closeSync(this.fd)
  }
}

/** An entry as its line holds it: the libraries' outputs are fields beside the entry's own,
 * as they have been since the first manifest (which had "csl" and "bib" alone). */
type Line = Omit<Entry, 'libraries'> & Record<string, unknown>

function lineOf(entry: Entry): Line {
  const { libraries, ...own } = entry
  return libraries ? { ...own, ...libraries } : own
}

function entryOf(line: Line): Entry {
  const libraries: Record<string, string> = {}
  for (const { library } of libraryWriters) {
    const output = line[library.field]
    if (typeof output !== 'string') continue
    libraries[library.field] = output
    delete line[library.field]
  }
  return Object.keys(libraries).length ? { ...line, libraries } : line
}

function metaOf(e: Omit<Entry, 'libraries'>, allLibraries: boolean, manifest: Manifest, offset: number, length: number): Meta {
  return { key: e.key, path: e.path, size: e.size, hash: e.hash, memoVersion: e.memoVersion, formats: e.formats, settings: JSON.stringify(e.settings ?? {}), status: e.row.status, outputs: e.row.outputs, allLibraries, manifest, offset, length }
}
