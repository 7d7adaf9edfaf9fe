// memo batch --merge SHARD_OUT… --out DIR: join the combined outputs of shards run on
// different machines (memo batch --shard K/N, each with its own --out). It reads each
// shard's manifest, which keeps every converted input's index row and its outputs for the
// libraries, puts the entries in batch order and writes library.json, library.bib,
// library.biblatex.bib, index.json and search.sqlite exactly as one unsharded run over the same inputs would
// (ids made unique across shards).
// The per-file outputs stay where the shards wrote them; they never overlap, so copying
// the shard folders into one (rsync, cp -r) joins them.
import { stat } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Io } from '../io/command-io.js'
import { compareInputs } from './collect-inputs.js'
import { mergeSearch } from './batch-search.js'
import { writeCombined } from './combine.js'
import { COMBINED } from './libraries.js'
import { Manifest, MANIFEST, type Meta } from './manifest.js'
import { openOut } from './open-out.js'
import { unlockOut } from './out-lock.js'

export interface MergeOptions {
  out: string
  quiet?: boolean
}

export async function runMerge(folders: string[], options: MergeOptions, io: Io & { cwd?: string }): Promise<number> {
  const cwd = io.cwd ?? resolve('.')
  const out = resolve(cwd, options.out)
  const outShown = relative(cwd, out) || '.'
  const all: Meta[] = []
  const opened: Manifest[] = []
  for (const folder of folders) {
    const dir = resolve(cwd, folder)
    if (!(await stat(join(dir, MANIFEST)).catch(() => undefined))) {
      io.stderr.write(`memo batch --merge: ${folder} holds no ${MANIFEST}; give the --out folders of memo batch runs\n`)
      return EXIT_USAGE
    }
    const manifest = Manifest.read(dir)
    opened.push(manifest)
    const torn = manifest.torn
    if (torn) io.stderr.write(`memo batch --merge: ${folder}: ${torn} unreadable manifest line${torn === 1 ? '' : 's'} skipped (an interrupted run?)\n`)
    all.push(...manifest.entries.values())
  }
  all.sort(compareInputs)
  // One key in two shards: the same file given to two shard runs, or shards of different
  // corpora. The first keeps its place, as a collision does in a single run.
  const kept: Meta[] = []
  const repeated: string[] = []
  for (const e of all) {
    if (kept.length && kept[kept.length - 1].key === e.key) repeated.push(`${e.key} (${e.path})`)
    else kept.push(e)
  }

  const taken = await openOut(out, options.out)
  if (!taken.ok) {
    if ('holder' in taken) {
      io.stderr.write(`memo batch --merge: another memo batch (pid ${taken.holder}) is writing to ${outShown}\n`)
      return EXIT_USAGE
    }
    io.stderr.write(`memo batch --merge: ${taken.problem}\n`)
    return EXIT_FAILED
  }
  try {
    const combined = writeCombined(
      out,
      kept.map((meta) => ({ status: meta.status, load: () => meta.manifest.load(meta) })),
    )
    const failed = kept.filter((e) => e.status === 'failed').length
    const unindexed = mergeSearch(out, kept.filter((e) => e.status !== 'failed').map((e) => ({ key: e.key, dir: e.manifest.dir })))
    if (unindexed) io.stderr.write(`memo batch --merge: ${unindexed} document${unindexed === 1 ? '' : 's'} converted by an older memo are not in any shard's search.sqlite; run memo batch again on their shard to index them\n`)
    // a manifest written before a library existed (library.biblatex.bib) has no entry for
    // it: the library is written without those documents, and the user is told
    const incomplete = kept.filter((e) => e.status !== 'failed' && !e.allLibraries)
    if (incomplete.length) io.stderr.write(`memo batch --merge: ${incomplete.length} document${incomplete.length === 1 ? '' : 's'} (first ${incomplete[0].path}) converted by an older memo lack an entry in some library; run memo batch again on their shard to fill it\n`)
    if (!options.quiet) {
      const lines = [`memo batch --merge: ${folders.length} shard folder${folders.length === 1 ? '' : 's'}, ${kept.length} inputs: ${combined.documents} documents, ${failed} failed`]
      for (const r of repeated) lines.push(`  in more than one shard, kept the first: ${r}`)
      for (const d of combined.duplicates) lines.push(`  duplicate document id ${d.id}: ${d.paths.join(', ')} (library ids made unique)`)
      lines.push(`  wrote ${outShown}/${COMBINED.join(', ')}`)
      io.stderr.write(lines.join('\n') + '\n')
    }
    return EXIT_OK
  } finally {
    for (const m of opened) m.close()
    await unlockOut(out)
  }
}
