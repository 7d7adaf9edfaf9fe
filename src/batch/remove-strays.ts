// Temporary files left by a run that was killed mid-write (writeAtomic names them
// ".<name>.<pid>.<8 hex>.tmp"; isTemporaryName knows the shape). Called with the output
// folder locked, so none of them can belong to a live memo batch; only names of exactly
// that shape are removed.
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { isTemporaryName } from '../io/write-atomic.js'

/** Remove stray temporary files below `dir`; returns their paths relative to `dir`. */
export async function removeStrays(dir: string): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(dir, { recursive: true })
  } catch {
    return []
  }
  const strays = names.filter((n) => isTemporaryName(n.slice(n.lastIndexOf('/') + 1))).sort()
  await Promise.all(strays.map((n) => rm(join(dir, n), { force: true })))
  return strays
}
