// Offset → line and column in "\n"-separated text, for the read stage's messages (the later
// stages have the file's lines at hand; this stage reports before they exist).
import type { Point } from '../model/memo.js'

export function pointAt(text: string, offset: number): Point {
  let line = 1
  let lineStart = 0
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++
    lineStart = k + 1
  }
  return { line, column: offset - lineStart + 1, offset }
}
