// The manifest: what the output folder holds, so a rerun skips unchanged inputs and a run
// killed with -9 resumes. It is a JSON Lines file, .memo-manifest.jsonl in --out:
//   {"manifest":"memo batch","version":1}                     first line
//   {"key":"a/x.txt","path":…,"size":…,"hash":…,"row":…,…}    one line per input
// Why lines and not one JSON document: a line is appended the moment a file finishes, so a
// kill -9 loses at most the files in flight, and appending stays cheap at 16,000 inputs
// where rewriting a 40 MB document after every file would not. When the same key appears
// twice the later line wins. A line cut short by a kill does not parse and is dropped (that
// file is simply redone). At the start and end of a run the file is rewritten atomically,
// one line per input in batch order, so its bytes do not depend on finishing order.
import { closeSync, openSync, writeSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { compareInputs } from './collect-inputs.js'
import type { Entry } from './types.js'
import { writeAtomic } from './write-atomic.js'

export const MANIFEST = '.memo-manifest.jsonl'
const HEADER = JSON.stringify({ manifest: 'memo batch', version: 1 })

export interface LoadedManifest {
  entries: Map<string, Entry>
  /** Lines that did not parse (a write cut short by a kill). */
  torn: number
}

export async function readManifest(dir: string): Promise<LoadedManifest> {
  const entries = new Map<string, Entry>()
  let torn = 0
  let text: string
  try {
    text = await readFile(join(dir, MANIFEST), 'utf8')
  } catch {
    return { entries, torn }
  }
  for (const line of text.split('\n')) {
    if (line === '' || line === HEADER) continue
    try {
      const entry = JSON.parse(line) as Entry
      if (typeof entry?.key === 'string' && entry.row) entries.set(entry.key, entry)
      else torn++
    } catch {
      torn++
    }
  }
  return { entries, torn }
}

/** Rewrite the manifest atomically with these entries, in batch order. */
export async function writeManifest(dir: string, entries: Iterable<Entry>): Promise<void> {
  const sorted = [...entries].sort(compareInputs)
  await writeAtomic(join(dir, MANIFEST), [HEADER, ...sorted.map((e) => JSON.stringify(e))].join('\n') + '\n')
}

/** Appends entries as files finish. Synchronous writes: one write() per line, in the main
 * thread, so lines never interleave and each is in the kernel before the next file starts. */
export class ManifestJournal {
  private fd: number

  constructor(dir: string) {
    this.fd = openSync(join(dir, MANIFEST), 'a')
  }

  append(entry: Entry): void {
    writeSync(this.fd, JSON.stringify(entry) + '\n')
  }

  close(): void {
    closeSync(this.fd)
  }
}
