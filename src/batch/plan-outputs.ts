// Where each input's outputs go: its key under --out, the input's extension replaced by
// each format's ("dumps/a/x.txt" → out/a/x.md, out/a/x.json, out/a/x.csl.json). Two inputs
// whose outputs would meet (x.txt and x.text; two folders holding the same name), or an
// input whose output would be a combined file (index.txt → index.json), are collisions:
// the first input in batch order keeps the path, the others fail with a reason and nothing
// of theirs is written.
import { RESERVED } from './libraries.js'
import type { Input } from './types.js'

export interface Planned {
  input: Input
  /** Relative to --out, one per format. */
  outputs: string[]
}

export interface Collision {
  input: Input
  output: string
  /** The input that keeps the output, or the combined file it would overwrite. */
  owner: string
}

/** Why the input that lost a collision failed, and what to do. */
export function collisionReason(output: string, owner: string): string {
  return owner.startsWith('the combined ') ? `its output ${output} would overwrite ${owner}; rename the input` : `its output ${output} would overwrite the output of ${owner}; rename one of them`
}

export function planOutputs(inputs: readonly Input[], extnames: readonly string[]): { planned: Planned[]; collisions: Collision[] } {
  // Case-folded, so the plan holds on case-insensitive file systems (macOS, Windows) too.
  const owners = new Map<string, string>(RESERVED.map((c) => [c.toLowerCase(), `the combined ${c}`]))
  const planned: Planned[] = []
  const collisions: Collision[] = []
  for (const input of inputs) {
    const stem = input.key.replace(/\.[^./]*$/u, '')
    const outputs = extnames.map((ext) => stem + ext)
    const clash = outputs.find((o) => owners.has(o.toLowerCase()))
    if (clash) {
      collisions.push({ input, output: clash, owner: owners.get(clash.toLowerCase())! })
      continue
    }
    for (const o of outputs) owners.set(o.toLowerCase(), input.path)
    planned.push({ input, outputs })
  }
  return { planned, collisions }
}
