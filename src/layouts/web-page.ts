// What the Wilson Center's older web pages (layouts B and C) share: a date line, a summary
// without a label, the citation sentence without a "Citation:" label whose quoted part is
// the title, navigation lines around them (search box, buttons, language tabs), then the
// text. Layout B and C differ in which navigation they show, not in how they are read, so
// both readers call readWebPage; each file keeps its own detect().
import type { VFile } from 'vfile'
import type { RawDocument, RawHeader } from '../model/raw.js'
import type { Line, Source } from '../model/source.js'
import { report } from '../report/report.js'
import { blockEnd, fieldOf, isBlank, lineBreaksOf, looksLikeDate, partField, quotedTitle, skipBlank, supportOf, urlOf } from './header-lines.js'

// Navigation of the saved page. Bullets ("•", "*", "-") are what a browser copies for list
// items; tab names are "<Language> HTML" and "Scan of Original [Document]".
const NAVIGATION = new RegExp(
  '^(?:[•*·-][ \\t]{0,4})?(?:' +
    [
      'Search in',
      'Digital Archive International History Declassified',
      'ADD SEARCH FILTER CANCEL SEARCH FILTER',
      'ADD SEARCH FILTER',
      'CANCEL SEARCH FILTER',
      'Citation',
      'get citation',
      'share document',
      'CITATION SHARE DOWNLOAD',
      'VIEW DOCUMENT IN',
      'Download PDF',
      'Scan of Original(?: Document)?',
      '\\p{Lu}\\p{L}{1,20}(?: \\p{Lu}\\p{L}{1,20})? HTML',
    ].join('|') +
    ')$',
  'iu',
)

const SHARE = /^(?:[•*·-][ \t]{0,4})?share document$/i

export function isNavigation(text: string): boolean {
  const t = text.trim()
  return t.length <= 60 && NAVIGATION.test(t)
}

// The sentence opens with a quote and names the archive that publishes it.
const CITATION_LINE = /^[ \t]{0,8}["“„].{0,600}(?:Digital Archive|International History Project)/u

export function isCitationLine(text: string): boolean {
  return CITATION_LINE.test(text)
}

export function readWebPage(source: Source, file: VFile, layout: string): RawDocument {
  const lines = source.lines
  const header: RawHeader = {}
  let navigation = 0
  // The head ends at the citation; the lines of the head that are neither navigation, the
  // date nor the support line are a display title (capitals, before the buttons) and the
  // summary (the paragraph right before the citation).
  let citationAt = -1
  for (let i = 0; i < lines.length && i < 200; i++) {
    if (isCitationLine(lines[i].text)) {
      citationAt = i
      break
    }
  }
  const headEnd = citationAt === -1 ? 0 : citationAt
  const lineBreaks = lineBreaksOf(lines.slice(headEnd))
  const other: number[] = []
  for (let i = 0; i < headEnd; i++) {
    const line = lines[i]
    if (isBlank(line)) continue
    if (isNavigation(line.text)) {
      navigation++
      continue
    }
    if (!header.date && looksLikeDate(line.text)) {
      header.date = fieldOf(lines, i, i + 1)
      continue
    }
    const support = supportOf(line)
    if (support) {
      header.funders ??= support
      continue
    }
    other.push(i)
  }
  // The summary: the last run of other lines before the citation (wrapped or indented
  // lines of one paragraph); any earlier run is the page's display title.
  if (other.length) {
    let start = other.length - 1
    while (start > 0 && other[start - 1] === other[start] - 1) start--
    const summaryLines = other.slice(start)
    header.summary = fieldOf(lines, summaryLines[0], summaryLines[summaryLines.length - 1] + 1)
    const titleLines = other.slice(0, start)
    if (titleLines.length) header.title = fieldOf(lines, titleLines[0], titleLines[titleLines.length - 1] + 1)
  }

  let bodyFrom = 0
  if (citationAt !== -1) {
    // One line on a web page; a hard-wrapped dump runs it on to the next blank line.
    const end = lineBreaks === 'wrapped' ? blockEnd(lines, citationAt) : citationAt + 1
    const citation = fieldOf(lines, citationAt, end)
    // Layout C's variant ends the sentence with the document's URL.
    const url = /\s(https?:\/\/\S{1,300})$/.exec(citation.value)
    if (url) {
      const last = lines[end - 1]
      const col = last.text.lastIndexOf(url[1])
      if (col !== -1) header.url = partField(last, col, urlOf(url[1]) ?? url[1])
    }
    header.citation = citation
    const title = quotedTitle(citation, lines[citationAt])
    // The quoted title is the record's title; a display title in capitals is only a fallback.
    if (title) header.title = title
    else report(file, 'layout/missing-field', citation.position.start, 'the citation has no quoted title')
    bodyFrom = end
  } else {
    report(file, 'layout/missing-field', undefined, 'no citation sentence found')
    bodyFrom = other.length ? other[other.length - 1] + 1 : 0
  }

  // The body: navigation lines (tab names, share buttons) become blank lines, so they
  // neither show in the text nor glue two paragraphs together.
  // The "share document" button is followed by the page's own address, chrome as well
  // (and the URL, when the citation did not end with it).
  const body: Line[] = []
  let afterShare = false
  for (const line of lines.slice(skipBlank(lines, bodyFrom))) {
    const shared = afterShare && urlOf(line.text)
    if (isNavigation(line.text) || shared) {
      navigation++
      if (shared && !header.url) header.url = partField(line, line.text.indexOf(shared), shared)
      body.push({ number: line.number, offset: line.offset, text: '' })
    } else body.push(line)
    if (!isBlank(line)) afterShare = SHARE.test(line.text.trim())
  }
  if (navigation) report(file, 'layout/navigation', undefined, `left out ${navigation} navigation line${navigation === 1 ? '' : 's'} of the saved page`)
  return { layout, header, body, lineBreaks, pageBreaks: 'markers' }
}
