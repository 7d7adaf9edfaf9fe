// A stand-in for the batch worker (src/batch/worker.ts) in the pool's tests: it answers a
// task with the task in capitals after `delay` ms, stops the whole thread on "die", and
// reports an error for "bug", one task at a time in the order they came, as worker.ts does.
import { parentPort } from 'node:worker_threads'

let queue = Promise.resolve()
parentPort.on('message', (message) => {
  if ('setup' in message) return
  const { id, task } = message
  queue = queue.then(async () => {
    await new Promise((resolve) => setTimeout(resolve, task.delay ?? 0))
    if (task.name === 'die') process.exit(3)
    if (task.name === 'bug') parentPort.postMessage({ id, error: 'a bug' })
    else parentPort.postMessage({ id, outcome: task.name.toUpperCase() })
  })
})
