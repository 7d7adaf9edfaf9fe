// memo batch: many inputs → mirrored outputs, a manifest, and combined library files.
//
//   collect inputs (sorted) → shard → plan outputs (collisions) → worker pool
//     each worker: read, hash, skip if unchanged, convert() as extract does, write outputs atomically
//     main thread: append the manifest line, print diagnostics in batch order, progress
//   → combined outputs (library.json, library.bib, index.json) → manifest rewritten → summary
//
// Like runExtract, a function of (arguments, streams) → exit code; cli.ts passes the
// interrupt signal (Ctrl-C) in, so nothing here touches `process` signals or argv.
import { rm } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { VFile } from 'vfile'
import type { LexiconSample } from '../align/lexicon/lexicon.js'
import type { LoadedLexicon } from '../align/lexicon/load-lexicon.js'
import { type ConvertSettings, settingsOf } from '../convert/convert.js'
import { EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, type Io } from '../io/command-io.js'
import { formatMessages, wantsColor } from '../report/format.js'
import { report } from '../report/report.js'
import { unusedSettings, writerNamed } from '../writers/index.js'
import { collectInputs } from './collect-inputs.js'
import { writeCombined } from './combine.js'
import { combinedItems } from './combined-items.js'
import { BatchSearch } from './batch-search.js'
import { batchLexicon, lexiconNotes } from './batch-lexicon.js'
import { COMBINED, LEXICON } from './libraries.js'
import { Manifest, type Meta } from './manifest.js'
import { openOut } from './open-out.js'
import { unlockOut } from './out-lock.js'
import { collisionReason, planOutputs } from './plan-outputs.js'
import { NotStarted, Pool, workerFile } from './pool.js'
import { InOrder } from './in-order.js'
import { Progress } from './progress.js'
import { removeStrays } from './remove-strays.js'
import { inShard, parseShard } from './shard.js'
import { formatSummary, type Tally } from './summary.js'
import type { IndexRow, LearnTask, Outcome, Task } from './types.js'

/** Besides its own options, a batch takes extract's settings (--layout, --granularity,
 * --parallel) and gives every input the outputs extract would. */
export interface BatchOptions extends ConvertSettings {
  out: string
  format?: string
  jobs?: number
  force?: boolean
  shard?: string
  quiet?: boolean
  ignore?: string[]
  ext?: string
  maxSize?: number
  /** memo's version: a manifest entry from another version is redone. */
  version: string
  /** Aborted on Ctrl-C: finish the files in flight, then write what is done. */
  interrupt?: AbortSignal
  /** Seconds between plain progress lines when stderr is not a terminal. */
  progressEvery?: number
  /** A lexicon file to align with (--lexicon FILE), or false for none (--no-lexicon);
   * by default the one in --out, or one learnt from the batch (batch-lexicon.ts). */
  lexicon?: string | false
}

const DEFAULT_FORMATS = 'md,json'
/** Finished documents held for the search index's batch order, at most. */
const REORDER_LIMIT = 1024
/** Files sent to each worker ahead of its answers. A search-index transaction keeps the
 * main thread busy for about 256 documents' worth of its work (0.3 s on the bench corpus),
 * in which a worker converts some 40 small dumps; with two in flight it idled through most
 * of it. On 16,000 dumps, two workers: 64 took 0.89 of the wall time of 2 (CPU 1.03). */
const IN_FLIGHT = 64

export async function runBatch(args: string[], options: BatchOptions, io: Io & { cwd?: string }): Promise<number> {
  const usage = (message: string) => {
    io.stderr.write(`memo batch: ${message}\n`)
    return EXIT_USAGE
  }
  const formats = (options.format ?? DEFAULT_FORMATS).split(',').map((f) => f.trim()).filter(Boolean)
  const unknown = formats.filter((f) => !writerNamed(f))
  if (formats.length === 0 || unknown.length) return usage(`unknown format "${unknown[0] ?? ''}"; see memo batch --help`)
  if (new Set(formats).size !== formats.length) return usage('a format is named twice in --format')
  if (options.granularity !== undefined && options.granularity !== 'paragraph' && options.granularity !== 'sentence') return usage(`--granularity takes paragraph or sentence (got "${options.granularity}")`)
  const shard = options.shard === undefined ? undefined : parseShard(options.shard)
  if (options.shard !== undefined && !shard) return usage(`--shard takes K/N with 1 ≤ K ≤ N, such as 2/8 (got "${options.shard}")`)
  const jobs = options.jobs ?? availableParallelism()
  if (!Number.isSafeInteger(jobs) || jobs < 1) return usage('--jobs takes a whole number of at least 1')
  if (args.length === 0) return usage('give at least one input file, folder or glob')

  if (!options.quiet) for (const note of unusedSettings(formats, options)) io.stderr.write(`memo batch  warning  ${note}  flags/not-applicable\n`)

  const cwd = io.cwd ?? resolve('.')
  const out = resolve(cwd, options.out)
  const outShown = relative(cwd, out) || '.'
  const started = Date.now()
  const quiet = Boolean(options.quiet)
  const color = wantsColor(io.stderr, io.env)
  const say = (text: string) => {
    if (!quiet) io.stderr.write(text)
  }

  const opened = await openOut(out, options.out)
  // The folders this run makes for --out are taken away again when nothing in them came
  // out right (every input failed, or none was found): a user is left with the error
  // lines, not with a library and an index of no documents.
  const made = opened.ok ? opened.made : undefined
  let discard = false
  if (!opened.ok) {
    if ('holder' in opened) return usage(`another memo batch (pid ${opened.holder}) is writing to ${outShown}; wait for it, or remove ${outShown}/.memo-batch.lock if it is gone`)
    io.stderr.write(`memo batch: ${opened.problem}\n`)
    return EXIT_FAILED
  }
  // One pool for the whole run: it reads the sample for the lexicon, then converts, so
  // each worker starts (and loads its dictionaries) once.
  let pool: Pool<Task | LearnTask, Outcome | LexiconSample[]> | undefined
  try {
    const strays = await removeStrays(out)
    if (strays.length) say(`memo batch: removed ${strays.length} temporary file${strays.length === 1 ? '' : 's'} left in ${outShown} by an interrupted run\n`)

    const { inputs: all, notes } = await collectInputs(args, {
      cwd,
      out,
      ignore: options.ignore ?? [],
      ext: (options.ext ?? 'txt').split(',').map((e) => e.trim().replace(/^\./u, '')).filter(Boolean),
    })
    for (const note of notes) say(`memo batch: ${note}\n`)
    if (all.length === 0) {
      io.stderr.write(`memo batch: no input files found in ${args.join(' ')}\n`)
      discard = made !== undefined
      return EXIT_FAILED
    }
    const inputs = all.filter((i) => inShard(i.key, shard))

    const extnames = formats.map((f) => writerNamed(f)!.extname)
    const { planned, collisions } = planOutputs(inputs, extnames)

    if (planned.length > 0) pool = new Pool(workerFile(), Math.min(jobs, planned.length))
    let lexicon: LoadedLexicon | undefined
    if (options.lexicon !== false && pool) {
      // sampled from all the inputs, not this shard's: every shard learns the same lexicon
      // as one unsharded run would, so their outputs are the same too. Only the layout
      // shapes what is aligned (sentences are aligned apart, and --parallel is the writer's).
      const found = await batchLexicon(out, all, { given: options.lexicon, jobs, maxSize: options.maxSize, settings: options.layout ? { layout: options.layout } : {}, interrupt: options.interrupt }, pool as Pool<LearnTask, LexiconSample[]>)
      if (!found.ok) {
        if (options.interrupt?.aborted) {
          io.stderr.write('memo batch: interrupted while learning the alignment lexicon; nothing was converted; run the same command again\n')
          return EXIT_INTERRUPTED
        }
        io.stderr.write(`memo batch: ${found.problem}\n`)
        return found.usage ? EXIT_USAGE : EXIT_FAILED
      }
      // one without a language pair aligns as no lexicon does
      if (found.loaded.lexicon.directions.size > 0) {
        lexicon = found.loaded
        pool.configure({ lexicon: lexicon.text })
      }
      for (const note of lexiconNotes(found, `${outShown}/${LEXICON}`, all.length)) say(`memo batch: ${note}\n`)
    }
    // the lexicon's digest among the settings: documents aligned with another are redone
    const settings: ConvertSettings = { ...settingsOf(options), ...(lexicon ? { lexiconDigest: lexicon.digest } : {}) }

    const manifest = Manifest.open(out)
    const search = BatchSearch.open(out)
    if (search.rebuilt) say(`memo batch: ${outShown}/search.sqlite was of another memo version or unreadable; it is made again\n`)

    const sameFormats = (e: Meta) => e.formats.length === formats.length && e.formats.every((f, i) => f === formats[i])
    // other settings give other outputs (a TMX by sentence, a side-by-side Markdown)
    const sameSettings = (e: Meta) => e.settings === JSON.stringify(settings)
    const tasks: Task[] = planned.map(({ input, outputs }) => {
      const old = manifest.get(input.key)
      const reusable = old && !options.force && old.memoVersion === options.version && sameFormats(old) && sameSettings(old) && old.allLibraries && search.fresh(input.key, old.hash) && (old.status === 'converted' || old.status === 'warned')
      return {
        abs: input.abs,
        path: input.path,
        key: input.key,
        outputs: outputs.map((o) => join(out, o)),
        relOutputs: outputs,
        formats,
        ...(reusable ? { known: { size: old.size, hash: old.hash } } : {}),
        ...(old?.outputs.length ? { previous: old.outputs.map((o) => join(out, o)) } : {}),
        ...(options.maxSize !== undefined ? { maxSize: options.maxSize } : {}),
        ...(Object.keys(settings).length ? { settings } : {}),
        color,
        warnings: !quiet,
        memoVersion: options.version,
      }
    })

    const tally: Tally = { total: inputs.length, converted: 0, warned: 0, skipped: 0, failed: collisions.length, pending: 0 }
    const progress = new Progress(io.stderr, { mode: quiet ? 'off' : io.stderr.isTTY ? 'bar' : 'lines', every: options.progressEvery })
    for (const c of collisions) progress.log(collisionLine(c.input.path, c.output, c.owner, color))
    // each input's manifest line once its document is in the search index (batch-search.ts)
    const order = new InOrder(tasks.length, (messages) => progress.log(messages), (outcome) => search.add(outcome, () => manifest.append(outcome.entry)), REORDER_LIMIT)

    const finished = (i: number, outcome: Outcome) => {
      if (outcome.kind === 'done') {
        const status = outcome.entry.row.status
        if (status === 'failed') tally.failed++
        else if (status === 'warned') tally.warned++
        else tally.converted++
      } else tally.skipped++
      order.add(i, outcome)
      progress.update({ done: tally.converted + tally.warned + tally.skipped + tally.failed, total: tally.total, warned: tally.warned, failed: tally.failed })
    }

    let next = 0
    let notStarted = 0
    if (pool && tasks.length > 0) {
      const size = Math.min(jobs, tasks.length)
      const converting = pool as Pool<Task, Outcome>
      // IN_FLIGHT files per worker: its queue must outlast the main thread's longest stretch
      // of work (a search-index transaction, batch-search.ts), or the worker idles through it.
      // Ctrl-C stops the workers at the file each is on (pool.stop), not at the last one sent.
      const stop = () => converting.stop()
      options.interrupt?.addEventListener('abort', stop, { once: true })
      const lane = async () => {
        while (next < tasks.length && !options.interrupt?.aborted) {
          const i = next++
          const task = tasks[i]
          const outcome = await converting.run(task).catch((error: Error) => (error instanceof NotStarted ? undefined : crashed(task, error)))
          if (outcome) finished(i, outcome)
          else notStarted++
        }
      }
      try {
        await Promise.all(Array.from({ length: Math.min(size * IN_FLIGHT, tasks.length) }, lane))
      } finally {
        options.interrupt?.removeEventListener('abort', stop)
        await pool.close()
        pool = undefined
      }
    }
    order.drain()
    search.drain()
    const interrupted = next < tasks.length || notStarted > 0
    tally.pending = tasks.length - next + notStarted
    progress.finish()

    const { items, failures } = combinedItems(tasks, (i) => order.has(i), manifest, collisions)
    const combined = writeCombined(out, items)
    search.finish(tasks.map((t) => t.key))
    search.writePage(out, options.version)
    search.index.close()

    // The manifest keeps this run's inputs only, in batch order, so it describes what --out
    // holds now.
    manifest.rewrite(tasks.map((t) => manifest.get(t.key)).filter((m): m is Meta => m !== undefined))
    manifest.close()

    discard = made !== undefined && !interrupted && tally.converted + tally.warned === 0
    const written = discard ? undefined : { out: outShown, files: COMBINED, documents: combined.documents }
    const summary = formatSummary({ tally, seconds: (Date.now() - started) / 1000, failures, duplicates: combined.duplicates, written, interrupted })
    // --quiet prints no summary: each failure's error line has been printed already, in
    // batch order, as extract's --quiet keeps its errors.
    if (!quiet) io.stderr.write(summary)
    // Said, since an earlier line may have named a file in the folder (the lexicon's).
    if (discard && !quiet) io.stderr.write(`  nothing was converted, so ${relative(cwd, made!)}, which this run made, is taken away again\n`)
    if (interrupted) return EXIT_INTERRUPTED
    return tally.failed > 0 ? EXIT_FAILED : EXIT_OK
  } finally {
    await pool?.close()
    await unlockOut(out)
    if (discard) await rm(made!, { recursive: true, force: true })
  }
}

function crashed(task: Task, error: Error): Outcome {
  const reason = `internal error (a bug in memo, not in your file; please report it): ${error.message}`
  const row: IndexRow = { path: task.path, languages: [], sections: [], warnings: 0, errors: 1, status: 'failed', reason, outputs: [] }
  return { kind: 'done', entry: { key: task.key, path: task.path, size: 0, hash: '', memoVersion: task.memoVersion, formats: task.formats, settings: task.settings, row }, messages: `${task.path}  error  ${reason}\n` }
}

/** A collision as a diagnostic line, like every other. */
function collisionLine(path: string, output: string, owner: string, color: boolean): string {
  const file = new VFile({ path })
  report(file, 'batch/output-collision', undefined, collisionReason(output, owner))
  return formatMessages(file, { color, quiet: false })
}
