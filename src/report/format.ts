// Diagnostics as lines on stderr, one per message, in the shape editors and grep understand:
//   file:line:column  severity  message  rule-id
// (vfile-reporter groups messages under a file heading instead, which grep cannot use). The
// colours come from node:util's styleText, not chalk: chalk 5.6.2 decides colour from
// FORCE_COLOR, TERM and argv but never reads NO_COLOR, so wantsColor below would be needed
// with it anyway, and styleText writes the same escapes without a dependency.
import { styleText } from 'node:util'
import type { VFile } from 'vfile'
import { severityOf, sortedMessages } from './report.js'

export interface FormatOptions {
  color: boolean
  /** Only errors (fatal messages). */
  quiet: boolean
  /** Besides errors, only the messages of these stages (the part of a rule id before "/"). */
  only?: ReadonlySet<string>
}

const STYLE = { error: 'red', warning: 'yellow', info: 'cyan' } as const

export function formatMessages(file: VFile, options: FormatOptions): string {
  const lines: string[] = []
  for (const m of sortedMessages(file)) {
    const severity = severityOf(m)
    if (options.quiet && severity !== 'error') continue
    if (options.only && severity !== 'error' && !options.only.has(m.source ?? '')) continue
    const place = m.line != null ? `${printable(file.path)}:${m.line}:${m.column ?? 1}` : printable(file.path)
    const label = options.color ? styleText(STYLE[severity], severity) : severity
    const rule = `${m.source}/${m.ruleId}`
    lines.push(`${place}  ${label}  ${printable(capLists(m.reason))}  ${options.color ? styleText('dim', rule) : rule}`)
  }
  return lines.length ? `${lines.join('\n')}\n` : ''
}

/** Items of a list a line shows before "… and N more …". */
const SHOWN_ITEMS = 6

/** A message with every long comma-separated list of one-word items (places such as
 * 78:5, language names) cut to its first few, its last kept: on a dump saved 2,000 times
 * into one file a line listed 6,000 languages (54,140 characters). Only the printed line is
 * cut; the JSON's diagnostics keep the whole message. */
export function capLists(reason: string): string {
  if (reason.length < 200) return reason
  const parts = reason.split(', ')
  const out: string[] = []
  let run: string[] = []
  const endRun = () => {
    if (run.length > SHOWN_ITEMS + 2) out.push(...run.slice(0, SHOWN_ITEMS), `… and ${run.length - SHOWN_ITEMS - 1} more …`, run[run.length - 1])
    else out.push(...run)
    run = []
  }
  for (const part of parts) {
    if (part.length > 0 && part.length <= 40 && !/\s/u.test(part)) run.push(part)
    else {
      endRun()
      out.push(part)
    }
  }
  endRun()
  return out.join(', ')
}

// Control characters and line separators, which a file name or a quote from a damaged dump
// can carry: an ESC would drive the terminal, a line break would split the one line.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

/** The text with every control character written as a visible escape (\u001B). */
function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
}

/** Colour on a terminal unless NO_COLOR is set (https://no-color.org) or TERM is dumb;
 * FORCE_COLOR turns it on anywhere. */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return Boolean(stream.isTTY) && env.TERM !== 'dumb'
}
