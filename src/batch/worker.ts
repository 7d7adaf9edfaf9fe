// The worker thread's entry: take tasks from the main thread, answer each with its outcome.
// Built twice (dist/batch/worker.js and dist/bundle/batch/worker.js); pool.ts finds it.
// The batch's lexicon comes as its file text (pool.configure, or workerData for a worker
// started after it), read once per worker.
import { parentPort, workerData } from 'node:worker_threads'
import type { Lexicon } from '../align/lexicon/lexicon.js'
import { parseLexicon } from '../align/lexicon/load-lexicon.js'
import { convertOne } from './convert-one.js'
import { learnOne } from './learn-one.js'
import type { LearnTask, Task } from './types.js'

interface Setup {
  lexicon?: string
}

let lexicon: Lexicon | undefined
function configure(setup: Setup | undefined | null): void {
  if (setup?.lexicon === undefined) return
  const loaded = parseLexicon(setup.lexicon)
  // the main thread has read this text already, so a problem here is a bug
  if ('problem' in loaded) throw new Error(`the batch lexicon cannot be read: ${loaded.problem}`)
  lexicon = loaded.lexicon
}
configure(workerData as Setup | undefined)

parentPort?.on('message', (message: { setup: Setup } | { id: number; task: Task | LearnTask }) => {
  if ('setup' in message) {
    configure(message.setup)
    return
  }
  const { task } = message
  const work: Promise<unknown> = 'learn' in task ? learnOne(task) : convertOne(task, lexicon)
  work.then(
    (outcome) => parentPort!.postMessage({ id: message.id, outcome }),
    // convertOne catches everything it expects; whatever reaches here is a bug, reported
    // for this one task so the batch goes on.
    (error: unknown) => parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  )
})
