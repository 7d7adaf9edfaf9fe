// Layout A: the Wilson Center's PDF/text export (2013-2019), the sample's layout.
//
//   (blank lines) · date line · title (wrapped) · "Citation:" · sentence · <URL> ·
//   "Summary:" · paragraph · "Original Language:" · name · "Contents:" · "- entries" · body
//
// Labels stand on their own line with the value in the next block; any may be missing, and
// the order is not relied on. The header ends after the Contents list, or at the first
// block that is neither a label, a label's value nor a URL.
import type { VFile } from 'vfile'
import type { Field, Layout, RawDocument, RawHeader } from '../model/raw.js'
import type { Source } from '../model/source.js'
import { report } from '../report/report.js'
import { blockEnd, fieldOf, isBlank, looksLikeDate, skipBlank, urlOf } from './header-lines.js'

const LABEL = /^(Citation|Summary|Original Languages?|Contents):[ \t]*(\S.*)?$/
const LIST_ITEM = /^[ \t]*[-•*–][ \t]+(\S.*)$/
const DETECT_LINES = 200

export const wilsonPdf: Layout = {
  name: 'wilson-pdf',
  hasContents: true,
  description: 'Wilson Center PDF/text export (2013-2019): date, title, then Citation:, Summary:, Original Language:, Contents: labels',
  detect(source) {
    const n = Math.min(source.lines.length, DETECT_LINES)
    let contents = 0
    for (let i = 0; i < n; i++) {
      const m = LABEL.exec(source.lines[i].text.trim())
      if (m && m[1] === 'Citation') return 3
      if (m && m[1] === 'Contents') contents = 2
    }
    return contents
  },
  read(source, file) {
    return readWilsonPdf(source, file)
  },
}

function readWilsonPdf(source: Source, file: VFile): RawDocument {
  const lines = source.lines
  const header: RawHeader = {}
  let i = skipBlank(lines, 0)

  if (i < lines.length && looksLikeDate(lines[i].text)) {
    header.date = fieldOf(lines, i, i + 1)
    i++
  }
  // The title: the block after the date, unless it is already a label.
  if (i < lines.length && !isBlank(lines[i]) && !LABEL.test(lines[i].text.trim())) {
    const end = blockEnd(lines, i)
    header.title = fieldOf(lines, i, end)
    i = end
  }

  for (;;) {
    i = skipBlank(lines, i)
    if (i >= lines.length) break
    const text = lines[i].text.trim()
    const url = urlOf(text)
    if (url) {
      header.url ??= { value: url, position: fieldOf(lines, i, i + 1).position }
      i++
      continue
    }
    const label = LABEL.exec(text)
    if (!label) break
    const name = label[1]
    // The value: on the label's own line, or the next block.
    let from = i
    let to = i + 1
    if (!label[2]) {
      from = skipBlank(lines, i + 1)
      to = name === 'Contents' ? listEnd(lines, from) : blockEnd(lines, from)
    }
    if (from >= lines.length || from === to) {
      report(file, 'layout/missing-field', fieldOf(lines, i, i + 1).position, `the "${name}:" label has no value`)
      i++
      continue
    }
    const value = label[2] ? inlineField(lines, i, label[2]) : fieldOf(lines, from, to)
    switch (name) {
      case 'Citation':
        header.citation = value
        break
      case 'Summary':
        header.summary = value
        break
      case 'Contents':
        header.contents = []
        for (let k = from; k < to; k++) {
          const item = LIST_ITEM.exec(lines[k].text)
          if (!item) continue
          const field = fieldOf(lines, k, k + 1)
          header.contents.push({ value: item[1].trim(), position: field.position })
        }
        break
      default:
        header.originalLanguage = value
    }
    i = to
    // Contents is the last header field in this layout: the body follows it.
    if (name === 'Contents') break
  }
  return { layout: wilsonPdf.name, header, body: lines.slice(i) }
}

function listEnd(lines: Source['lines'], i: number): number {
  while (i < lines.length && LIST_ITEM.test(lines[i].text)) i++
  return i
}

function inlineField(lines: Source['lines'], i: number, value: string): Field {
  const line = lines[i]
  const col = line.text.indexOf(value)
  return {
    value: value.trim(),
    position: {
      start: { line: line.number, column: col + 1, offset: line.offset + col },
      end: { line: line.number, column: col + 1 + value.length, offset: line.offset + col + value.length },
    },
  }
}
