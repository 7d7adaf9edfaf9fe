// What a search answers: hits, made from the rows the index gives back.
import type { Hit } from './types.js'

export interface Found {
  /** What the hits are ranked by: their own paragraphs, or the sections they are in. */
  ranked: 'paragraphs' | 'sections'
  hits: Hit[]
  more: boolean
}

export type HitRow = Omit<Hit, 'output' | 'title'> & { outputs: string; title: string | null }

export function hitOf({ outputs, title, ...h }: HitRow): Hit {
  const output = readerOf(JSON.parse(outputs) as string[])
  return { ...h, ...(title === null ? {} : { title }), ...(output ? { output } : {}), score: -h.score }
}

/** The output a reader opens: the HTML reader, else the Markdown, else the first. */
export function readerOf(outputs: readonly string[]): string | undefined {
  return outputs.find((o) => o.endsWith('.html')) ?? outputs.find((o) => o.endsWith('.md')) ?? outputs[0]
}
