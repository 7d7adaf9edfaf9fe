// Progress on stderr. On a terminal: one bar redrawn in place (files done/total, rate, ETA,
// warned and failed so far), at most ten times a second; lines printed while it runs
// (diagnostics) go above it. Not a terminal (a log file, CI): a plain line every few
// seconds and nothing animated. --quiet: nothing. Our own rather than cli-progress: the
// bar is one line, and we need "print a line above the bar", which is easier to do here.

export interface Counts {
  done: number
  total: number
  warned: number
  failed: number
}

export interface ProgressOptions {
  mode: 'bar' | 'lines' | 'off'
  /** Seconds between plain lines. */
  every?: number
  now?: () => number
}

export class Progress {
  private readonly started: number
  private readonly now: () => number
  private counts: Counts = { done: 0, total: 0, warned: 0, failed: 0 }
  private lastDraw = 0
  private drawn = false
  private timer?: NodeJS.Timeout

  constructor(
    private readonly stream: NodeJS.WritableStream & { columns?: number },
    private readonly options: ProgressOptions,
  ) {
    this.now = options.now ?? Date.now
    this.started = this.now()
    if (options.mode === 'lines') {
      this.timer = setInterval(() => this.stream.write(`memo batch: ${this.describe()}\n`), (options.every ?? 5) * 1000)
      this.timer.unref()
    }
  }

  update(counts: Counts): void {
    this.counts = counts
    if (this.options.mode !== 'bar') return
    const t = this.now()
    if (t - this.lastDraw < 100 && counts.done < counts.total) return
    this.lastDraw = t
    this.draw()
  }

  /** Print text (whole lines) without tearing the bar. */
  log(text: string): void {
    if (!text) return
    if (this.options.mode === 'bar' && this.drawn) this.stream.write('\r\x1b[K')
    this.stream.write(text)
    if (this.options.mode === 'bar' && this.drawn) this.draw()
  }

  /** Stop: clear the bar, stop the timer. */
  finish(): void {
    if (this.timer) clearInterval(this.timer)
    if (this.options.mode === 'bar' && this.drawn) this.stream.write('\r\x1b[K')
    this.drawn = false
  }

  private draw(): void {
    const text = this.describe()
    const width = Math.max(10, Math.min(30, (this.stream.columns ?? 80) - text.length - 4))
    const { done, total } = this.counts
    const filled = total ? Math.round((width * done) / total) : width
    this.stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}`)
    this.drawn = true
  }

  private describe(): string {
    const { done, total, warned, failed } = this.counts
    const seconds = (this.now() - this.started) / 1000
    const rate = seconds > 0 ? done / seconds : 0
    const eta = rate > 0 ? formatDuration((total - done) / rate) : '?'
    return `${done}/${total} files · ${rate.toFixed(rate < 10 ? 1 : 0)}/s · ETA ${eta} · ${warned} warned · ${failed} failed`
  }
}

export function formatDuration(seconds: number): string {
  const s = Math.round(seconds)
  if (s < 60) return `${s}s`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`
}
