// The worker thread's entry: take tasks from the main thread, answer each with its outcome.
// Built twice (dist/batch/worker.js and dist/bundle/batch/worker.js); pool.ts finds it.
import { parentPort } from 'node:worker_threads'
import { convertOne } from './convert-one.js'
import type { Task } from './types.js'

parentPort?.on('message', (message: { id: number; task: Task }) => {
  convertOne(message.task).then(
    (outcome) => parentPort!.postMessage({ id: message.id, outcome }),
    // convertOne catches everything it expects; whatever reaches here is a bug, reported
    // for this one task so the batch goes on.
    (error: unknown) => parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  )
})
