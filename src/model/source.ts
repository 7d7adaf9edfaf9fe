// The decoded input as lines with their offsets, shared by layouts and the paragraph stage
// so that every node can point back at its place in the file.
import type { Point, Span } from './memo.js'

export interface Line {
  /** 1-based line number. */
  number: number
  /** Offset of the first character of the line in the normalised text. */
  offset: number
  text: string
}

export interface Source {
  /** The decoded text, line endings normalised to "\n". */
  text: string
  lines: Line[]
  /** The name diagnostics use ("wilson-110404.txt", or "<stdin>"). */
  path: string
}

export function toSource(text: string, path: string): Source {
  const lines: Line[] = []
  let offset = 0
  let number = 1
  for (;;) {
    const end = text.indexOf('\n', offset)
    if (end === -1) {
      lines.push({ number, offset, text: text.slice(offset) })
      break
    }
    lines.push({ number, offset, text: text.slice(offset, end) })
    offset = end + 1
    number++
  }
  return { text, lines, path }
}

export function pointIn(line: Line, column0: number): Point {
  return { line: line.number, column: column0 + 1, offset: line.offset + column0 }
}
