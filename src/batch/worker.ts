// The worker thread's entry: take tasks from the main thread, answer each with its outcome.
// Built twice (dist/batch/worker.js and dist/bundle/batch/worker.js); pool.ts finds it.
// The batch's lexicon comes as its file text (pool.configure, or workerData for a worker
// started after it), read once per worker; workerData also holds the pool's stop flag.
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
const start = workerData as { setup?: Setup; stop: Int32Array }
configure(start.setup)

// Tasks run one after another, in the order they came, even where a conversion awaits: the
// pool then knows which task a worker that dies was running (pool.ts), and a worker never
// holds two documents' tables at once. run() never rejects, so the chain never stops.
let queue: Promise<void> = Promise.resolve()

async function run(id: number, task: Task | LearnTask): Promise<void> {
  if (Atomics.load(start.stop, 0) === 1) {
    parentPort!.postMessage({ id, notStarted: true })
    return
  }
  const problem = (error: unknown) => ({ id, error: error instanceof Error ? error.message : String(error) })
  let reply: { id: number; outcome: unknown } | { id: number; error: string }
  try {
    reply = { id, outcome: await ('learn' in task ? learnOne(task) : convertOne(task, lexicon)) }
  } catch (error) {
    // convertOne catches everything it expects; whatever reaches here is a bug, reported
    // for this one task so the batch goes on.
    reply = problem(error)
  }
  try {
    parentPort!.postMessage(reply)
  } catch (error) {
    // an answer that cannot be sent (a bug too): its task still gets one
    parentPort!.postMessage(problem(error))
  }
}

parentPort?.on('message', (message: { setup: Setup } | { id: number; task: Task | LearnTask }) => {
  if ('setup' in message) {
    // (sent only between the learning and the conversion, when no task is running)
    configure(message.setup)
    return
  }
  queue = queue.then(() => run(message.id, message.task))
})
