// The batch's worker pool (src/batch/pool.ts), with a stand-in worker: a worker that dies
// fails only the task it was running, and the tasks queued behind it are run by the worker
// that replaces it; a pool whose workers keep dying gives up instead of starting more.
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { NotStarted, Pool } from '../src/batch/pool.js'

const stub = fileURLToPath(new URL('./data/batch/stub-worker.mjs', import.meta.url))

interface StubTask {
  name: string
  delay?: number
  /** Set to 1 by the worker when it begins the task (shared memory). */
  begun?: Int32Array
}

let pool: Pool<StubTask, string> | undefined
afterEach(async () => {
  await pool?.close()
  pool = undefined
})

const settle = (p: Promise<string>) => p.then((v) => `ok ${v}`, (e: Error) => `failed ${e.message}`)

describe('Pool', () => {
  it('answers every task of one worker in turn', async () => {
    pool = new Pool<StubTask, string>(stub, 1)
    const answers = await Promise.all(['a', 'b', 'bug', 'c'].map((name) => settle(pool!.run({ name }))))
    expect(answers).toEqual(['ok A', 'ok B', 'failed a bug', 'ok C'])
  })

  it('fails only the task a dying worker was running; the ones queued behind it still run', async () => {
    pool = new Pool<StubTask, string>(stub, 1)
    // all five are in the one worker's queue before it dies on the second
    const answers = await Promise.all(['a', 'die', 'b', 'c', 'd'].map((name) => settle(pool!.run({ name, delay: 5 }))))
    expect(answers).toEqual(['ok A', 'failed the worker stopped (exit code 3)', 'ok B', 'ok C', 'ok D'])
  })

  it('with two workers, a death on one leaves the other\'s tasks alone', async () => {
    pool = new Pool<StubTask, string>(stub, 2)
    const names = ['a', 'b', 'die', 'c', 'd', 'e', 'f', 'g']
    const answers = await Promise.all(names.map((name) => settle(pool!.run({ name, delay: 5 }))))
    expect(answers.filter((a) => a.startsWith('failed'))).toEqual(['failed the worker stopped (exit code 3)'])
    expect(answers[2]).toBe('failed the worker stopped (exit code 3)')
  })

  it('once stopped, finishes the task a worker is on and answers the rest as not started', async () => {
    pool = new Pool<StubTask, string>(stub, 1)
    const begun = new Int32Array(new SharedArrayBuffer(4))
    // "hold" runs until the pool is stopped; the pool is stopped once it has begun
    const tasks = [pool.run({ name: 'a' }), pool.run({ name: 'hold', begun }), pool.run({ name: 'c' }), pool.run({ name: 'd' })]
    while (Atomics.load(begun, 0) === 0) await new Promise((resolve) => setTimeout(resolve, 2))
    pool.stop()
    const answers = await Promise.all(tasks.map((p) => p.then((v) => `ok ${v}`, (e: Error) => (e instanceof NotStarted ? 'not started' : `failed ${e.message}`))))
    expect(answers).toEqual(['ok A', 'ok HOLD', 'not started', 'not started'])
  })

  it('gives up after workers keep dying, failing what is left instead of hanging', async () => {
    pool = new Pool<StubTask, string>(stub, 1)
    const answers = await Promise.all(['die', 'die', 'die', 'die', 'die', 'a'].map((name) => settle(pool!.run({ name }))))
    // the fourth death in a row, with no answer between, breaks the pool: what was queued
    // behind it is failed, not handed to a fifth worker
    expect(answers.slice(0, 4)).toEqual(Array(4).fill('failed the worker stopped (exit code 3)'))
    expect(answers.slice(4)).toEqual(Array(2).fill('failed the workers keep stopping (the worker stopped (exit code 3))'))
    await expect(pool.run({ name: 'b' })).rejects.toThrow(/the workers keep stopping/u)
  })
})
