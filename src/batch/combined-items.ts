// What the combined outputs (combine.ts) and the summary's failure lines are made from: every
// input of a run in batch order, collisions included, each row read back from the manifest
// with the path as given in this run.
import { compareInputs } from './collect-inputs.js'
import type { CombineItem } from './combine.js'
import type { Manifest } from './manifest.js'
import { collisionReason, type Collision } from './plan-outputs.js'
import type { IndexRow, Task } from './types.js'

export type Item = CombineItem & { key: string; path: string }
export interface Failure {
  key: string
  path: string
  reason: string
}

/** The items and the failures among them, each in batch order. `finished(i)`: whether
 * task i was done this run (a task not begun, after Ctrl-C, is a pending row). */
export function combinedItems(tasks: readonly Task[], finished: (i: number) => boolean, manifest: Manifest, collisions: readonly Collision[]): { items: Item[]; failures: Failure[] } {
  const items: Item[] = []
  const failures: Failure[] = []
  tasks.forEach((task, i) => {
    const meta = finished(i) ? manifest.get(task.key) : undefined
    if (!meta) {
      const row = pendingRow(task)
      items.push({ key: task.key, path: task.path, status: row.status, load: () => ({ row }) })
      return
    }
    const load = () => {
      const e = manifest.load(meta)
      return { row: { ...e.row, path: task.path }, libraries: e.libraries }
    }
    items.push({ key: task.key, path: task.path, status: meta.status, load })
    if (meta.status === 'failed') failures.push({ key: task.key, path: task.path, reason: load().row.reason ?? 'failed' })
  })
  for (const c of collisions) {
    const row = collisionRow(c.input.path, c.output, c.owner)
    items.push({ key: c.input.key, path: c.input.path, status: row.status, load: () => ({ row }) })
    failures.push({ key: c.input.key, path: c.input.path, reason: row.reason! })
  }
  items.sort(compareInputs)
  failures.sort(compareInputs)
  return { items, failures }
}

function pendingRow(task: Task): IndexRow {
  return { path: task.path, languages: [], sections: [], warnings: 0, errors: 0, status: 'pending', outputs: [] }
}

function collisionRow(path: string, output: string, owner: string): IndexRow {
  return { path, languages: [], sections: [], warnings: 0, errors: 1, status: 'failed', reason: collisionReason(output, owner), outputs: [] }
}
