// The part of a paragraph shown for a hit, with the query's words marked: the first match
// and the text around it, cut at word boundaries, "…" where it was cut.
import type { Marks } from './query.js'
import { foldWord } from './terms.js'

export type Range = [start: number, end: number]

/** Where the marked words are in the text (UTF-16 offsets, in order, not overlapping). */
export function matchRanges(text: string, marks: Marks): Range[] {
  const words = new Set(marks.words.map(foldWord))
  const prefixes = marks.prefixes.map(foldWord)
  const ranges: Range[] = []
  if (words.size || prefixes.length) {
    for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
      const w = foldWord(m[0])
      if (words.has(w) || prefixes.some((p) => w.startsWith(p))) ranges.push([m.index, m.index + m[0].length])
    }
  }
  for (const run of marks.cjk) {
    for (let at = text.indexOf(run); at !== -1; at = text.indexOf(run, at + run.length)) ranges.push([at, at + run.length])
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const out: Range[] = []
  for (const r of ranges) {
    const last = out[out.length - 1]
    // overlapping, or two marked words with only a hyphen or a space between ("two-year")
    if (last && (r[0] < last[1] || /^[\s\-‐–]$/u.test(text.slice(last[1], r[0])))) last[1] = Math.max(last[1], r[1])
    else out.push([r[0], r[1]])
  }
  return out
}

export interface Snippet {
  text: string
  /** The marked ranges, as offsets into `text`. */
  ranges: Range[]
}

/** About `width` characters around the first match. */
export function snippetOf(text: string, marks: Marks, width = 160): Snippet {
  const flat = text.replace(/\s+/gu, ' ')
  const all = matchRanges(flat, marks)
  const first = all[0] ?? [0, 0]
  let start = Math.max(0, first[0] - Math.floor(width / 3))
  let end = Math.min(flat.length, start + width)
  start = Math.max(0, Math.min(start, end - width))
  // cut at a space when one is near, so words stay whole
  if (start > 0) {
    const space = flat.lastIndexOf(' ', start)
    if (space !== -1 && start - space < 20) start = space + 1
  }
  if (end < flat.length) {
    const space = flat.indexOf(' ', end)
    if (space !== -1 && space - end < 20) end = space
  }
  const lead = start > 0 ? '…' : ''
  const body = flat.slice(start, end)
  const ranges = all.filter(([s, e]) => s >= start && e <= end).map(([s, e]): Range => [s - start + lead.length, e - start + lead.length])
  return { text: lead + body + (end < flat.length ? '…' : ''), ranges }
}

/** The snippet with each range between `open` and `close`. */
export function marked(snippet: Snippet, open: string, close: string): string {
  let out = ''
  let at = 0
  for (const [s, e] of snippet.ranges) {
    out += snippet.text.slice(at, s) + open + snippet.text.slice(s, e) + close
    at = e
  }
  return out + snippet.text.slice(at)
}
