// argv → options → run(). No logic here, and nothing heavy imported: `memo --help` loads
// commander and the registries only; a command loads its pipeline when it runs.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { readFileSync } from 'node:fs'
import { layouts } from './layouts/index.js'
import { writers } from './writers/index.js'

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

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0
  const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }
  const program = new Command('memo')
    .description('Read archival document dumps (Wilson Center Digital Archive and similar) into structured records,\nlanguage sections and clean Markdown or JSON.')
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
    .addOption(new Option('--layout <name>', 'force a dump layout instead of detecting it').choices(layouts.map((l) => l.name)))
    .option('--max-size <size>', 'refuse inputs larger than this', sizeArg)
    .option('-q, --quiet', 'print only errors on stderr')
    .option('--frail', 'exit 1 when there are warnings, not only errors')
    .addHelpText(
      'after',
      `
Formats:
${writers.map((w) => `  ${w.name.padEnd(10)} ${w.description}`).join('\n')}

Layouts (detected in this order; --layout forces one):
${layouts.map((l) => `  ${l.name.padEnd(12)} ${l.description}`).join('\n')}

Examples:
  memo extract wilson-110404.txt                 Markdown on stdout
  memo extract wilson-110404.txt -f json | jq .sections[].label
  memo extract wilson-110404.txt -o 110404.md    write a file`,
    )
    .action(async (file: string, options) => {
      const { runExtract } = await import('./run.js')
      exitCode = await runExtract(file, options, io)
    })

  try {
    await program.parseAsync(argv)
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; every other commander error is a usage error
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2
    }
    throw error
  }
  return exitCode
}
