// The workers' answers put back in batch order, whatever order they finish in: each
// input's diagnostics are printed, and its document goes into the search index, only once
// every input before it has answered. The log of two runs then reads the same, and the same
// inputs give search.sqlite the same bytes (FTS5's segments follow the order and the
// transactions rows came in). The wait is at most the files in flight, but one input far
// slower than the rest could hold back many documents: past `limit` held they go into the
// index as they are (memory before byte-identity).
import type { Outcome } from './types.js'

type Done = Outcome & { kind: 'done' }

export class InOrder {
  /** Which inputs have answered. The entries themselves go to the manifest (on disk), and
   * the diagnostic text is kept only until it is printed, so memory stays flat. */
  private readonly answered: Uint8Array
  private readonly waiting = new Map<number, string>()
  private readonly held = new Map<number, Done>()
  private printed = 0
  private indexed = 0

  constructor(
    count: number,
    private readonly print: (messages: string) => void,
    private readonly index: (outcome: Done) => void,
    private readonly limit: number,
  ) {
    this.answered = new Uint8Array(count)
  }

  /** Whether input i has answered. */
  has(i: number): boolean {
    return this.answered[i] === 1
  }

  /** Input i's answer: print and index what is now in order. */
  add(i: number, outcome: Outcome): void {
    this.answered[i] = 1
    if (outcome.kind === 'done') {
      if (outcome.messages) this.waiting.set(i, outcome.messages)
      this.held.set(i, outcome)
    }
    while (this.printed < this.answered.length && this.answered[this.printed]) {
      const messages = this.waiting.get(this.printed)
      if (messages !== undefined) {
        this.print(messages)
        this.waiting.delete(this.printed)
      }
      this.printed++
    }
    while (this.indexed < this.answered.length && this.answered[this.indexed]) {
      const held = this.held.get(this.indexed)
      if (held) {
        this.held.delete(this.indexed)
        this.index(held)
      }
      this.indexed++
    }
    if (this.held.size > this.limit) this.drain()
  }

  /** Index every document still held, in batch order: an interrupted run leaves gaps
   * (inputs never started), and what finished after a gap goes in all the same. */
  drain(): void {
    for (const i of [...this.held.keys()].sort((x, y) => x - y)) this.index(this.held.get(i)!)
    this.held.clear()
  }
}
