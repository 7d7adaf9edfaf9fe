// One call shape for every stage: report(file, ruleId, place, reason). The severity comes
// from the rule catalogue, so a stage cannot make a warning fatal by accident.
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { Diagnostic, Point, Span } from '../model/memo.js'
import { rules, type RuleId } from './rules.js'

export type Place = Point | Span | undefined

function toUnistPlace(place: Place) {
  if (!place) return undefined
  if ('start' in place) return { start: toUnistPoint(place.start), end: toUnistPoint(place.end) }
  return toUnistPoint(place)
}

function toUnistPoint(p: Point) {
  return { line: p.line, column: p.column, offset: p.offset }
}

/** Record a diagnostic on the file. Returns the vfile message so a caller can add `url`
 * or `expected` when it has them. */
export function report(file: VFile, ruleId: RuleId, place: Place, reason: string): VFileMessage {
  const [origin, slug] = ruleId.split('/')
  // A vfile message is an Error, and V8 captures a stack for every Error made: about three
  // quarters of its cost, for a stack that vfile-message then blanks. None is taken.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: VFileMessage
  try {
    message = file.message(reason, { place: toUnistPlace(place), ruleId: slug, source: origin })
  } finally {
    Error.stackTraceLimit = limit
  }
  const severity = rules[ruleId].severity
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  return message
}

/** An error that stops the processing of one file; process.ts and convert() turn it into the
 * file's fatal message, which the command prints as one line on stderr. */
export class FatalError extends Error {
  constructor(
    readonly ruleId: RuleId,
    message: string,
    readonly place?: Point,
  ) {
    super(message)
    this.name = 'FatalError'
  }
}

export function severityOf(message: VFileMessage): Diagnostic['severity'] {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** The file's messages as plain data for the JSON output, in a stable order. */
export function diagnosticsOf(file: VFile): Diagnostic[] {
  return sortedMessages(file).map((m) => {
    const d: Diagnostic = {
      ruleId: `${m.source}/${m.ruleId}`,
      severity: severityOf(m),
      message: m.reason,
    }
    if (m.line != null) d.line = m.line
    if (m.column != null) d.column = m.column
    return d
  })
}

/** Messages in file order (line, then column); messages without a place first. The sort is
 * stable, so messages at one place keep the order the stages made them in. */
export function sortedMessages(file: VFile): VFileMessage[] {
  return [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}
