// `npm run bench`: every benchmark script in bench/ that exports run(), in a fixed order.
// Each prints its own table with figures and ratios against a baseline measured in the
// same process run.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2)
const benches = ['startup.js', 'align.js', 'align-lexicon.js', 'forks.js', 'writers.js', 'batch.js', 'batch-formats.js', 'memory.js', 'search.js'].filter((f) => existsSync(join(here, f)) && (only.length === 0 || only.some((o) => f === o || f === `${o}.js`)))
for (const f of benches) {
  const mod = await import(pathToFileURL(join(here, f)).href)
  if (typeof mod.run === 'function') await mod.run()
}
