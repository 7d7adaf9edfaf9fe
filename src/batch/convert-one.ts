// One input → its outputs, inside a worker: read, hash, skip when unchanged, convert() as
// `memo extract` does (same settings, same bytes), write every format atomically, and return
// the data the manifest and the combined outputs need. Never throws: a bad file or a bug in
// a stage or writer becomes a failed entry with its reason, so one file never stops a batch.
import { createHash } from 'node:crypto'
import { mkdir, rm, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { VFile } from 'vfile'
import type { Lexicon } from '../align/lexicon/lexicon.js'
import { convert, unreadable } from '../convert/convert.js'
import { writeAtomicSync } from '../io/write-atomic-sync.js'
import { readInputSync } from '../read/read-input.js'
import { formatMessages } from '../report/format.js'
import { FatalError } from '../report/report.js'
import { convertedRow, failedRow } from './index-row.js'
import { libraryWriters } from './libraries.js'
import { searchDocOf } from './search-doc.js'
import type { Entry, Outcome, Task } from './types.js'

// Folders this worker already made: mkdir once per folder, not once per file.
const made = new Set<string>()

async function ensureDir(dir: string): Promise<void> {
  if (made.has(dir)) return
  await mkdir(dir, { recursive: true })
  made.add(dir)
}

async function allExist(paths: string[]): Promise<boolean> {
  for (const p of paths) {
    try {
      if (!(await stat(p)).isFile()) return false
    } catch {
      return false
    }
  }
  return true
}

/** `lexicon`: the batch's, which every input of it is aligned with. */
export async function convertOne(task: Task, lexicon?: Lexicon): Promise<Outcome> {
  // the file of this input's diagnostics: a read failure's, then convert()'s
  let file = new VFile({ path: task.path })
  let size = 0
  let hash = ''
  const own = () => ({ key: task.key, path: task.path, size, hash, memoVersion: task.memoVersion, formats: task.formats, settings: task.settings })
  const fail = async (reason: string): Promise<Outcome> => {
    // No output may outlive a failure: neither this attempt's nor an older run's.
    await Promise.all([...task.outputs, ...(task.previous ?? [])].map((p) => rm(p, { force: true })))
    return { kind: 'done', entry: { ...own(), row: failedRow(task.path, file, reason) }, messages: shown(file, task) }
  }

  let bytes: Uint8Array
  try {
    bytes = readInputSync(task.abs, task.maxSize)
  } catch (error) {
    if (!(error instanceof FatalError)) return fail(bug(error))
    file = unreadable(task.path, error)
    return fail(error.message)
  }
  size = bytes.byteLength
  hash = createHash('sha256').update(bytes).digest('hex')
  if (task.known && task.known.size === size && task.known.hash === hash && (await allExist(task.outputs))) {
    return { kind: 'skipped', key: task.key }
  }

  // The formats asked for, and the libraries' (always written, whatever --format says).
  const formats = [...task.formats, ...libraryWriters.map((w) => w.name).filter((name) => !task.formats.includes(name))]
  let converted
  try {
    converted = await convert({ path: task.path, bytes }, { ...task.settings, formats, lexicon })
  } catch (error) {
    return fail(bug(error))
  }
  const { memo, outputs } = converted
  file = converted.file
  if (!memo) return fail(file.messages.find((m) => m.fatal)?.reason ?? 'the file could not be read')

  // Writing happens here, in parallel across workers; the content depends only on the input,
  // so the order in which workers finish never shows in the files.
  let writing = task.relOutputs[0]
  try {
    await ensureDir(dirname(task.outputs[0]))
    for (const [i, name] of task.formats.entries()) {
      writing = task.relOutputs[i]
      writeAtomicSync(task.outputs[i], outputs.get(name)!)
    }
  } catch (error) {
    // A full disk or a read-only folder is the machine's problem, not a bug in memo.
    const code = (error as NodeJS.ErrnoException)?.code
    if (typeof code === 'string' && /^E[A-Z]+$/u.test(code)) return fail(`cannot write the output ${writing} (${code}: ${(error as Error).message.replace(/^[A-Z]+: /u, '')})`)
    return fail(bug(error))
  }
  // Outputs from an older run in a format no longer asked for are left alone: they are not
  // wrong, only not refreshed. (Failures remove them; see fail().)

  const libraries = Object.fromEntries(libraryWriters.map((w) => [w.library.field, outputs.get(w.name)!]))
  const entry: Entry = { ...own(), row: convertedRow(task.path, memo, file, task.relOutputs), libraries }
  const search = searchDocOf(memo, { key: task.key, hash, path: task.path, outputs: task.relOutputs })
  return { kind: 'done', entry, messages: shown(file, task), search }
}

/** Warnings and errors for stderr (only errors with --quiet). Info messages stay in the JSON
 * output: over thousands of files they would bury the lines that need a look. */
function shown(file: VFile, task: Task): string {
  const view = new VFile({ path: file.path })
  view.messages.push(...file.messages.filter((m) => m.fatal === true || (m.fatal === false && task.warnings)))
  return formatMessages(view, { color: task.color, quiet: false })
}

/** An exception that is not a FatalError is a bug in memo, not a problem with the file. */
function bug(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return `internal error (a bug in memo, not in your file; please report it): ${message}`
}
