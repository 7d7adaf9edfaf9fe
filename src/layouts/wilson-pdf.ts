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
import { isViewerChrome } from '../text/viewer-chrome.js'
import { blockEnd, fieldOf, isBlank, looksLikeDate, skipBlank, urlOf } from './header-lines.js'
import { hasRunTogetherHeader, spreadRunTogetherHeader } from './run-together-header.js'

const LABEL = /^(Citation|Summary|Original Languages?|Contents):[ \t]*(\S.*)?$/
const LIST_ITEM = /^[ \t]*[-•*–][ \t]+(\S.*)$/
const DETECT_LINES = 200

export const wilsonPdf: Layout = {
  name: 'wilson-pdf',
  hasContents: true,
  description: 'Wilson Center PDF/text export (2013-2019): date, title, then Citation:, Summary:, Original Language:, Contents: labels',
  detect(source) {
    const n = Math.min(source.lines.length, DETECT_LINES)
    // a repost's copy of the export: the whole header on one line
    if (hasRunTogetherHeader(source.lines)) return 3
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
  // a viewer's controls around an embedded export ("Size: px", "Start display at page:")
  // are blank lines, so neither the title nor the body takes them
  const lines = spreadRunTogetherHeader(source.lines.map((l) => (isViewerChrome(l.text) ? { ...l, text: '' } : l)))
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
        if (label[2]) header.contents = inlineContents(value)
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

// "Contents: English Translation Russian Original" on one line: each entry ends in the word
// that says what the text is; "- " bullets, where the line keeps them, are left out.
const ENTRY_END = /(?<=\b(?:Translation|Original|Transcription|Scan))[ \t]{1,8}|(?<![ \t])[ \t]{0,8}[-–•][ \t]{1,8}/u

function inlineContents(field: Field): Field[] {
  const out: Field[] = []
  let from = 0
  for (const part of field.value.split(ENTRY_END)) {
    const entry = part.trim()
    if (!entry) continue
    const at = field.value.indexOf(entry, from)
    from = at + entry.length
    const start = { ...field.position.start, column: field.position.start.column + at, offset: field.position.start.offset + at }
    const end = { ...start, column: start.column + entry.length, offset: start.offset + entry.length }
    out.push({ value: entry, position: { start, end } })
  }
  return out
}
