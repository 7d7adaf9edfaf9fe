// A small pool of worker threads, each running worker.ts. Why our own and not tinypool or
// piscina: we need little (send a task, get its answer, replace a worker that dies), and
// the one awkward part, finding the worker file both from dist/ and from the esbuild
// bundle, is ours either way.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

/** worker.js beside this module (dist/batch/), or under batch/ when this module is a chunk
 * at the top of dist/bundle/ (scripts/build.js bundles src/batch/worker.ts there). */
export function workerFile(): string {
  const candidates = [new URL('./worker.js', import.meta.url), new URL('./batch/worker.js', import.meta.url)]
  for (const url of candidates) {
    const path = fileURLToPath(url)
    if (existsSync(path)) return path
  }
  throw new Error(`cannot find the batch worker (looked for ${candidates.map((u) => fileURLToPath(u)).join(', ')}); run npm run build`)
}

/** Each worker's young generation: semi-spaces of 32 MB instead of V8's 16. A worker
 * converts document after document, and a document's tables and maps live for the whole
 * document; with the larger nursery fewer scavenges run, each copying them again. */
export const YOUNG_GENERATION_MB = 96

/** What a task sent before Pool.stop() and not yet begun by its worker is rejected with. */
export class NotStarted extends Error {
  constructor() {
    super('not started: the pool was stopped')
  }
}

/** What a worker is started with: the last configure() setup, and the stop flag. */
export interface WorkerStart {
  setup: unknown
  /** Int32Array over a SharedArrayBuffer; 1 once Pool.stop() was called. */
  stop: Int32Array
}

interface Pending<T, R> {
  task: T
  resolve(result: R): void
  reject(error: Error): void
}

interface Slot<T, R> {
  worker: Worker
  /** In the order sent, which is the order the worker runs them in (worker.ts runs one at
   * a time): the first is the one it is working on. */
  pending: Map<number, Pending<T, R>>
}

export class Pool<T, R> {
  private slots: Slot<T, R>[] = []
  private nextId = 0
  private closed = false
  /** Deaths since a worker last answered: a worker that cannot even start (a broken
   * build) must not be replaced forever. */
  private deaths = 0
  private broken?: Error
  /** What configure() last gave the workers: a worker started later gets it as workerData. */
  private setup: unknown
  /** Read by every worker before it begins a task (worker.ts): shared memory, because a
   * message would wait behind the tasks already queued in the worker. */
  private readonly stopFlag = new Int32Array(new SharedArrayBuffer(4))

  constructor(
    private readonly file: string,
    size: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn())
  }

  private spawn(): Slot<T, R> {
    const slot: Slot<T, R> = { worker: new Worker(this.file, { workerData: { setup: this.setup, stop: this.stopFlag } satisfies WorkerStart, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }), pending: new Map() }
    slot.worker.on('message', (m: { id: number; outcome?: R; error?: string; notStarted?: true }) => {
      this.deaths = 0
      const p = slot.pending.get(m.id)
      if (!p) return
      slot.pending.delete(m.id)
      if (m.notStarted) p.reject(new NotStarted())
      else if (m.error !== undefined) p.reject(new Error(m.error))
      else p.resolve(m.outcome as R)
    })
    // A worker that dies (out of memory on a huge input, say) fails only the task it was
    // running; a fresh worker takes its place and the tasks queued behind that one, which
    // did nothing wrong, in the same order.
    const died = (error: Error) => {
      const i = this.slots.indexOf(slot)
      if (i === -1) return
      const [running, ...queued] = slot.pending.entries()
      slot.pending.clear()
      running?.[1].reject(error)
      if (!this.closed && ++this.deaths > 3) this.broken = error
      if (this.closed || this.broken) {
        this.slots.splice(i, 1)
        for (const [, p] of queued) p.reject(this.closed ? error : new Error(`the workers keep stopping (${error.message})`))
        return
      }
      const fresh = this.spawn()
      this.slots[i] = fresh
      for (const [id, p] of queued) this.send(fresh, id, p)
    }
    slot.worker.on('error', died)
    slot.worker.on('exit', (code) => died(new Error(`the worker stopped (exit code ${code})`)))
    return slot
  }

  /** Hand every worker `setup` (the batch's lexicon) before any task sent after this
   * call; a worker that replaces a dead one starts with it. */
  configure(setup: unknown): void {
    this.setup = setup
    for (const slot of this.slots) slot.worker.postMessage({ setup })
  }

  /** Run one task on the least busy worker. */
  run(task: T): Promise<R> {
    if (this.closed) return Promise.reject(new Error('the pool is closed'))
    if (this.broken || this.slots.length === 0) return Promise.reject(new Error(`the workers keep stopping (${this.broken?.message ?? 'none left'})`))
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a))
    const id = this.nextId++
    return new Promise<R>((resolve, reject) => this.send(slot, id, { task, resolve, reject }))
  }

  private send(slot: Slot<T, R>, id: number, pending: Pending<T, R>): void {
    slot.pending.set(id, pending)
    slot.worker.postMessage({ id, task: pending.task })
  }

  /** Let every worker finish the task it is on and answer the ones queued behind it with
   * NotStarted (Ctrl-C: the batch then waits for one file per worker, not for all it sent). */
  stop(): void {
    Atomics.store(this.stopFlag, 0, 1)
  }

  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.slots.map((s) => s.worker.terminate()))
  }
}
