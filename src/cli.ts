// argv → options → run(). No logic here, and nothing heavy imported: `memo --help` loads
// commander and the registries only; a command loads its pipeline when it runs.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { readFileSync } from 'node:fs'
import { COMBINED, LEXICON } from './batch/libraries.js'
import { EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE } from './io/command-io.js'
import { layouts } from './layouts/index.js'
import { writers } from './writers/index.js'
import { PARAGRAPH_RANKING_UP_TO } from './search/ranking.js'

/** memo's version from its package.json, found upwards from this file (dist/ or dist/bundle/). */
function packageVersion(): string {
  for (let url = new URL('.', import.meta.url); url.pathname !== '/'; url = new URL('..', url)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', url), 'utf8')) as { name?: string; version?: string }
      if (pkg.name === 'memo' && pkg.version) return pkg.version
    } catch {
      // not here: look one folder up
    }
  }
  return 'unknown'
}

function sizeArg(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim())
  if (!m) throw new InvalidArgumentError('give a size such as 50MB, 512k or 1G')
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g']
  return Math.round(Number(m[1]) * unit)
}

// The settings that shape a document's outputs, shared by extract and batch so that both
// take them with the same words and choices (convert() reads them for both).
const layoutOption = () => new Option('--layout <name>', 'force a dump layout instead of detecting it').choices(layouts.map((l) => l.name))
const parallelOption = () => new Option('--parallel', 'Markdown: the aligned sections side by side in one table')
const granularityOption = () =>
  new Option('--granularity <unit>', 'align paragraphs, or also the sentences inside each row (JSON sentenceAlignment; TMX units)').choices(['paragraph', 'sentence']).default('paragraph')

export async function main(argv: string[]): Promise<number> {
  let exitCode = EXIT_OK
  const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }
  const program = new Command('memo')
    .description('Read archival document dumps (Wilson Center Digital Archive and similar) into structured records, language sections, aligned paragraphs, Markdown, JSON and bibliographies.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .addHelpText(
      'after',
      `
Exit codes: 0 all good · 1 a file failed (or warnings with --frail) · 2 usage error.
Diagnostics go to stderr as "file:line:column  severity  message  rule-id"; output to stdout.
Colour follows the terminal; NO_COLOR turns it off.`,
    )

  program
    .command('extract')
    .description('read one dump and write one document (Markdown by default)')
    .argument('<file>', 'the dump to read; "-" reads standard input')
    .addOption(new Option('-f, --format <name>', 'output format').choices(writers.map((w) => w.name)).default('md'))
    .option('-o, --output <path>', 'write to this file (atomically) instead of standard output')
    .addOption(layoutOption())
    .addOption(parallelOption())
    .addOption(granularityOption())
    .option('--max-size <size>', 'refuse inputs larger than this', sizeArg)
    .option('-q, --quiet', 'print only errors on stderr')
    .option('--frail', 'exit 1 when there are warnings, not only errors')
    .option('--lexicon <file>', `align with a batch's lexicon (its --out/${LEXICON}), as memo batch did`)
    .addHelpText(
      'after',
      `
Formats:
${writers.map((w) => `  ${w.name.padEnd(13)} ${w.description}`).join('\n')}

Layouts (detected in this order; --layout forces one):
${layouts.map((l) => `  ${l.name.padEnd(12)} ${l.description}`).join('\n')}

Examples:
  memo extract wilson-110404.txt                 Markdown on stdout
  memo extract wilson-110404.txt -f json | jq .sections[].label
  memo extract wilson-110404.txt -o 110404.md    write a file
  memo extract wilson-110404.txt --parallel      the sections side by side
  memo extract wilson-110404.txt -f html -o 110404.html   a side-by-side reader, one offline file
  memo extract wilson-110404.txt -f tei -o 110404.tei.xml a TEI P5 parallel edition
  memo extract wilson-110404.txt -f tmx --granularity sentence > 110404.tmx`,
    )
    .action(async (file: string, options) => {
      const { runExtract } = await import('./commands/extract.js')
      exitCode = await runExtract(file, options, io)
    })

  program
    .command('cite')
    .description('print formatted bibliography entries (or notes, --note) for one or more dumps')
    .argument('<files...>', 'the dumps to cite; "-" reads standard input')
    .option('-s, --style <style>', 'chicago (notes-bibliography), apa, another bundled CSL style id, or a path to a .csl file', 'chicago')
    .addOption(new Option('-f, --format <format>', 'plain text or HTML').choices(['text', 'html']).default('text'))
    .option('--note', 'the full note (first citation in a footnote) instead of the bibliography entry')
    .option('-q, --quiet', 'print only errors on stderr')
    .addHelpText(
      'after',
      `
Examples:
  memo cite wilson-110404.txt                     Chicago, plain text
  memo cite wilson-110404.txt --note              the full Chicago note
  memo cite *.txt --style apa --format html
  memo cite wilson-110404.txt --style ./my-journal.csl`,
    )
    .action(async (files: string[], options) => {
      const { runCite } = await import('./commands/cite.js')
      exitCode = await runCite(files, options, io)
    })

  program
    .command('batch')
    .description('convert many dumps in parallel: mirrored outputs, a combined library, resumable')
    .argument('<inputs...>', 'files, folders (recursive) and globs')
    .requiredOption('-o, --out <dir>', 'the output folder (never read as input)')
    .option('-f, --format <list>', 'comma-separated output formats', 'md,json')
    .option('-j, --jobs <n>', 'worker threads (default: one per core)', (v: string) => {
      const n = Number(v)
      if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('give a whole number of at least 1')
      return n
    })
    .option('--force', 'redo every input, changed or not')
    .option('--shard <K/N>', 'take only share K of N (by a hash of each path below its input folder)')
    .option('--ignore <glob>', 'leave out files that match, like a .memoignore line (repeatable)', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--ext <list>', 'extensions taken from folders', 'txt')
    .addOption(layoutOption())
    .addOption(parallelOption())
    .addOption(granularityOption())
    .option('--max-size <size>', 'fail inputs larger than this', sizeArg)
    .option('-q, --quiet', 'no progress, no warnings; only failures')
    .option('--lexicon <file>', `align with this lexicon (another batch's ${LEXICON}) instead of learning one`)
    .option('--no-lexicon', 'learn no lexicon: each input learns its own word table, as memo extract does')
    .option('--merge', 'the inputs are --out folders of shard runs: combine their libraries into --out')
    .addHelpText(
      'after',
      `
Formats: ${writers.map((w) => w.name).join(', ')} (see memo extract --help).
Always written in --out, whatever --format says: ${COMBINED.join(', ')}.
--layout, --granularity and --parallel give every input the outputs memo extract gives
(with --lexicon and the batch's lexicon file, see below).
A manifest (.memo-manifest.jsonl) lets a rerun skip the inputs unchanged since they were
converted with the same formats and settings, and resume an interrupted run; Ctrl-C
finishes the files in flight.
The alignment reads word translations learnt once from the batch (a sample: one input
in 16, at least 32 and at most 256, evenly spaced) for each language pair with enough
sure paragraph pairs, kept in --out/${LEXICON}. A rerun reads that file
again, so it aligns as before; delete it to learn anew. Every shard learns the same one.
memo extract FILE --lexicon OUT/${LEXICON} gives one input the batch's outputs.

Examples:
  memo batch dumps/ --out corpus                      Markdown and JSON under corpus/
  memo batch 'dumps/**/*.txt' --out corpus -f md,json,csl,bibtex
  memo batch dumps/ --out tm -f tmx --granularity sentence    translation memories by sentence
  memo batch dumps/ --out part-3 --shard 3/8          one machine's share of eight
  memo batch --merge part-* --out corpus              one library from the shards
  memo batch more/ --out corpus2 --lexicon corpus/${LEXICON}   align as corpus was`,
    )
    .action(async (inputs: string[], options) => {
      // Ctrl-C (or SIGTERM) once: finish the files in flight and write what is done;
      // twice: stop now (the next run removes the temporary files and resumes).
      const interrupt = new AbortController()
      const onSignal = () => (interrupt.signal.aborted ? process.exit(EXIT_INTERRUPTED) : interrupt.abort())
      process.on('SIGINT', onSignal).on('SIGTERM', onSignal)
      try {
        if (options.merge) {
          const { runMerge } = await import('./batch/merge-shards.js')
          exitCode = await runMerge(inputs, options, io)
        } else {
          const { runBatch } = await import('./batch/run-batch.js')
          exitCode = await runBatch(inputs, { ...options, version: packageVersion(), interrupt: interrupt.signal }, io)
        }
      } finally {
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal)
      }
    })

  program
    .command('search')
    .description('find paragraphs in the documents of a memo batch output folder, best first')
    .argument('<query>', 'words (all must match), "a phrase", prefix*, OR, NOT, ( ); Chinese works without spaces')
    .requiredOption('--in <dir>', 'the --out folder of a memo batch run (it holds search.sqlite)')
    .option('--lang <tag>', 'only sections in this language (ru, zh, en, …)')
    .option('--json', 'the hits as JSON, for scripts')
    .option('-n, --limit <n>', 'show at most this many hits', (v: string) => {
      const n = Number(v)
      if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('give a whole number of at least 1')
      return n
    }, 20)
    .addHelpText(
      'after',
      `
Ranking: by bm25, paragraph by paragraph. A query in more than ${PARAGRAPH_RANKING_UP_TO.toLocaleString('en')} paragraphs ranks
the sections that hold it instead, each shown by its first matching paragraph (--json
says "ranked": "paragraphs" or "sections").

Examples:
  memo search Roshchin --in corpus
  memo search '"foreign minister"' --in corpus --lang en
  memo search 'minist* NOT prime' --in corpus --json | jq '.hits[].path'
  memo search 毛泽东 --in corpus`,
    )
    .action(async (query: string, options) => {
      const { runSearch } = await import('./commands/search.js')
      exitCode = await runSearch(query, options, io)
    })

  try {
    await program.parseAsync(argv)
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; every other commander error is a usage error
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT_OK : EXIT_USAGE
    }
    throw error
  }
  return exitCode
}
