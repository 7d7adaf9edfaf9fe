// A stand-in for the batch worker (src/batch/worker.ts) in the pool's tests: it answers a
// task with the task in capitals after `delay` ms, stops the whole thread on "die", and
// reports an error for "bug", one task at a time in the order they came, as worker.ts does;
// once the pool's stop flag is set it answers the tasks it has not begun as not started.
// A task with `begun` (an Int32Array over shared memory) sets it to 1 when it begins, and
// "hold" runs until the pool is stopped, so a test can stop the pool while a task runs.
import { parentPort, workerData } from 'node:worker_threads'

let queue = Promise.resolve()
parentPort.on('message', (message) => {
  if ('setup' in message) return
  const { id, task } = message
  queue = queue.then(async () => {
    if (Atomics.load(workerData.stop, 0) === 1) {
      parentPort.postMessage({ id, notStarted: true })
      return
    }
    if (task.begun) Atomics.store(task.begun, 0, 1)
    while (task.name === 'hold' && Atomics.load(workerData.stop, 0) === 0) Atomics.wait(workerData.stop, 0, 0, 5)
    await new Promise((resolve) => setTimeout(resolve, task.delay ?? 0))
    if (task.name === 'die') process.exit(3)
    if (task.name === 'bug') parentPort.postMessage({ id, error: 'a bug' })
    else parentPort.postMessage({ id, outcome: task.name.toUpperCase() })
  })
})
