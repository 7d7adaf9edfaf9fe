// One input → its outputs, inside a worker: read, hash, skip when unchanged, run the same
// processBytes() as `memo extract`, write every format atomically, and return the data the
// manifest and the combined outputs need. Never throws: a bad file or a bug in a stage or
// writer becomes a failed entry with its reason, so one file never stops a batch.
import { createHash } from 'node:crypto'
import { mkdir, rm, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { VFile } from 'vfile'
import type { Memo } from '../model/memo.js'
import { processBytes } from '../process.js'
import { readInputSync } from '../read/read-input.js'
import { formatMessages } from '../report/format.js'
import { FatalError, report, severityOf } from '../report/report.js'
import { writerNamed } from '../writers/index.js'
import { libraryWriters } from './libraries.js'
import type { Entry, IndexRow, Outcome, Task } from './types.js'
import { writeAtomicSync } from '../io/write-atomic-sync.js'

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

export async function convertOne(task: Task): Promise<Outcome> {
  // read failures are reported on this file; processBytes() returns its own
  let file = new VFile({ path: task.path })
  let size = 0
  let hash = ''
  const fail = async (reason: string): Promise<Outcome> => {
    // No output may outlive a failure: neither this attempt's nor an older run's.
    await Promise.all([...task.outputs, ...(task.previous ?? [])].map((p) => rm(p, { force: true })))
    const row = failedRow(task, file, reason)
    const messages = shown(file, task)
    return { kind: 'done', entry: { key: task.key, path: task.path, size, hash, memoVersion: task.memoVersion, formats: task.formats, row }, messages }
  }

  let bytes: Uint8Array
  try {
    bytes = readInputSync(task.abs, task.maxSize)
  } catch (error) {
    if (!(error instanceof FatalError)) return fail(bug(error))
    report(file, error.ruleId, undefined, error.message).fatal = true
    return fail(error.message)
  }
  size = bytes.byteLength
  hash = createHash('sha256').update(bytes).digest('hex')
  if (task.known && task.known.size === size && task.known.hash === hash && (await allExist(task.outputs))) {
    return { kind: 'skipped', key: task.key }
  }

  let memo: Memo | undefined
  try {
    const result = await processBytes(bytes, task.path, { layout: task.layout })
    memo = result.memo
    file = result.file
  } catch (error) {
    return fail(bug(error))
  }
  if (!memo) return fail(file.messages.find((m) => m.fatal)?.reason ?? 'the file could not be read')

  // Writing happens here, in parallel across workers; the content depends only on the input,
  // so the order in which workers finish never shows in the files.
  const rendered = new Map<string, string>()
  const libraries: Record<string, string> = {}
  let writing = task.relOutputs[0]
  try {
    await ensureDir(dirname(task.outputs[0]))
    for (const [i, name] of task.formats.entries()) {
      writing = task.relOutputs[i]
      const out = await writerNamed(name)!.write(memo, {})
      writeAtomicSync(task.outputs[i], out)
      rendered.set(name, out)
    }
    // the libraries are always written, whatever --format says
    for (const w of libraryWriters) libraries[w.library.field] = rendered.get(w.name) ?? (await w.write(memo, {}))
  } catch (error) {
    // A full disk or a read-only folder is the machine's problem, not a bug in memo.
    const code = (error as NodeJS.ErrnoException)?.code
    if (typeof code === 'string' && /^E[A-Z]+$/u.test(code)) return fail(`cannot write the output ${writing} (${code}: ${(error as Error).message.replace(/^[A-Z]+: /u, '')})`)
    return fail(bug(error))
  }
  // Outputs from an older run in a format no longer asked for are left alone: they are not
  // wrong, only not refreshed. (Failures remove them; see fail().)

  const warnings = file.messages.filter((m) => severityOf(m) === 'warning').length
  const row: IndexRow = {
    path: task.path,
    id: memo.id,
    ...(memo.ref.title ? { title: memo.ref.title } : {}),
    ...(memo.date ? { date: memo.date } : {}),
    languages: [...new Set(memo.sections.filter((s) => !s.absent).map((s) => s.lang))],
    sections: memo.sections.map((s) => ({ id: s.id, label: s.label, lang: s.lang, paragraphs: s.paragraphs.length })),
    warnings,
    errors: 0,
    status: warnings > 0 ? 'warned' : 'converted',
    outputs: task.relOutputs,
  }
  const entry: Entry = { key: task.key, path: task.path, size, hash, memoVersion: task.memoVersion, formats: task.formats, row, libraries }
  return { kind: 'done', entry, messages: shown(file, task) }
}

/** Warnings and errors for stderr (only errors with --quiet). Info messages stay in the JSON
 * output: over thousands of files they would bury the lines that need a look. */
function shown(file: VFile, task: Task): string {
  const view = new VFile({ path: file.path })
  view.messages.push(...file.messages.filter((m) => m.fatal === true || (m.fatal === false && task.warnings)))
  return formatMessages(view, { color: task.color, quiet: false })
}

function failedRow(task: Task, file: VFile, reason: string): IndexRow {
  const count = (s: string) => file.messages.filter((m) => severityOf(m) === s).length
  return {
    path: task.path,
    languages: [],
    sections: [],
    warnings: count('warning'),
    errors: Math.max(1, count('error')),
    status: 'failed',
    reason,
    outputs: [],
  }
}

/** An exception that is not a FatalError is a bug in memo, not a problem with the file. */
function bug(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return `internal error (a bug in memo, not in your file; please report it): ${message}`
}
