// Layout D: a page saved from the Wilson Center Digital Archive's current site (2023 on).
//
//   [Skip to content] · date ("July 9, 1962" or "1955") · title · [support line] ·
//   body · unlabelled summary (after the body, sometimes before) ·
//   footer: Author(s) · Associated People & Organizations · Associated Places ·
//           Associated Topics | Subjects Discussed · Document Information · Source ·
//           Original Archive · Rights · Original Uploaded Date · Record ID
//
// Each footer label stands on its own line with its values on the lines after it (one value
// a line for the lists). A label may have no values, and a saved page may lose the labels
// under "Document Information": the values then stand alone and are told apart by shape.
// The body keeps everything else, "(p. N)" page markers included: the paragraph stage
// removes them and joins the paragraphs they split.
import type { VFile } from 'vfile'
import type { Field, Layout, RawDocument, RawHeader } from '../model/raw.js'
import type { Line, Source } from '../model/source.js'
import { report } from '../report/report.js'
import { blockEnd, fieldOf, isBlank, lineBreaksOf, lineField, looksLikeDate, skipBlank, supportOf } from './header-lines.js'
import { takeSummary } from './site-summary.js'

type ListKey = 'authors' | 'people' | 'places' | 'topics'
type OneKey = 'source' | 'originalArchive' | 'rights' | 'uploaded' | 'recordId' | 'funders' | 'genre' | 'originalLanguage'
type Key = ListKey | OneKey | 'documentInformation'

// Footer labels as the site prints them (a trailing colon is tolerated).
const LABELS: Record<string, Key> = {
  'author(s)': 'authors',
  author: 'authors',
  authors: 'authors',
  'associated people & organizations': 'people',
  'associated people and organizations': 'people',
  'associated people & organisations': 'people',
  'associated places': 'places',
  'associated topics': 'topics',
  'subjects discussed': 'topics',
  'document information': 'documentInformation',
  source: 'source',
  'original archive': 'originalArchive',
  rights: 'rights',
  'original uploaded date': 'uploaded',
  'record id': 'recordId',
  funders: 'funders',
  'funded by': 'funders',
  type: 'genre',
  'document type': 'genre',
  language: 'originalLanguage',
  languages: 'originalLanguage',
  'original language': 'originalLanguage',
}
const LIST_KEYS = new Set<Key>(['authors', 'people', 'places', 'topics'])
/** Labels that are ordinary words too: they open the footer only when another label follows. */
const COMMON_WORDS = new Set(['source', 'rights', 'author', 'authors', 'funders', 'type', 'language', 'languages'])

function isCommonWord(text: string): boolean {
  return COMMON_WORDS.has(text.trim().replace(/:$/, '').trim().toLowerCase())
}
// The order of the unlabelled values under "Document Information".
const INFORMATION_ORDER: OneKey[] = ['source', 'originalArchive', 'rights', 'uploaded', 'recordId']
const DETECT_LINES = 400

// First letters of the LABELS keys, and of the two Object.prototype names a lower-cased
// line can spell ("constructor", "__proto__"), which LABELS[t] also finds.
const LABEL_FIRST = new Set([...Object.keys(LABELS).map((k) => k[0]), 'c', '_'])
/** What trim() removes: \s is the same WhiteSpace and LineTerminator set. */
const WHITE_SPACE = /\s/

function labelOf(text: string): Key | undefined {
  // labelOf runs on every line of every dump (detect, footerStart). A line that starts
  // with anything but white space keeps that first character through trim(), and
  // lower-casing it alone gives the first character of the lower-cased line, so a first
  // letter no label has, or (ending in ASCII other than ":" or white space, where nothing
  // is trimmed and lower case is never shorter) more than 40 characters, rules it out
  // before any string is made. Cyrillic, Han and most Latin lines end here.
  const c = text.charCodeAt(0)
  if (c > 0x20 && (c < 0x80 || !WHITE_SPACE.test(text[0]))) {
    if (!LABEL_FIRST.has(text[0].toLowerCase()[0])) return undefined
    const z = text.charCodeAt(text.length - 1)
    if (text.length > 40 && z > 0x20 && z < 0x7f && z !== 0x3a) return undefined
  }
  const t = text.trim().replace(/:$/, '').trim().toLowerCase()
  return t.length <= 40 ? LABELS[t] : undefined
}

export const wilsonSite: Layout = {
  name: 'wilson-site',
  description: 'Wilson Center Digital Archive web page, current site (2023 on): date, title, body, summary, then Author(s), Associated…, Document Information, Source, Rights, Record ID blocks',
  detect(source) {
    return siteEvidence(source.lines)
  },
  read(source, file) {
    return readWilsonSite(source, file)
  },
}

const HEAD_LINES = 8

/** The evidence of a current-site page, from its head and its footer:
 * "Skip to content" (1); a date line first (1), then a title and the support line "This
 * document was made possible with support from …" (2), a shape the other sites never
 * print; two footer labels, one of them a label no body text would have alone on a line
 * (3, or 1 for one such label alone). A page that lost its first line or its footer still
 * shows the rest. */
function siteEvidence(lines: Line[]): number {
  let score = 0
  let i = skipBlank(lines, 0)
  if (i < lines.length && lines[i].text.trim() === 'Skip to content') {
    score += 1
    i = skipBlank(lines, i + 1)
  }
  if (i < lines.length && looksLikeDate(lines[i].text)) {
    score += 1
    // the title, then the support line; the title may be hard-wrapped over a few lines
    const title = skipBlank(lines, i + 1)
    for (let k = title + 1; k < Math.min(lines.length, title + HEAD_LINES); k++) {
      if (supportOf(lines[k])) {
        score += 2
        break
      }
    }
  }
  const seen = new Set<Key>()
  let distinctive = false
  for (let k = Math.max(0, lines.length - DETECT_LINES); k < lines.length; k++) {
    const key = labelOf(lines[k].text)
    if (!key) continue
    seen.add(key)
    if (!isCommonWord(lines[k].text)) distinctive = true
  }
  if (distinctive) score += seen.size >= 2 ? 3 : 1
  return score
}

function readWilsonSite(source: Source, file: VFile): RawDocument {
  const lines = source.lines
  const header: RawHeader = {}
  const footerAt = footerStart(lines)
  const lineBreaks = lineBreaksOf(lines.slice(0, footerAt))

  let i = skipBlank(lines, 0)
  if (i < lines.length && lines[i].text.trim() === 'Skip to content') i = skipBlank(lines, i + 1)
  if (i < footerAt && looksLikeDate(lines[i].text)) {
    header.date = lineField(lines, i)
    i = skipBlank(lines, i + 1)
  } else {
    report(file, 'layout/missing-field', i < lines.length ? lineField(lines, i).position.start : undefined, 'no date line before the title')
  }
  if (i < footerAt && !supportOf(lines[i])) {
    // A web title is one line; a hard-wrapped dump may wrap it up to the next blank line.
    let end = i + 1
    if (lineBreaks === 'wrapped') end = Math.min(blockEnd(lines, i), footerAt)
    while (end > i + 1 && supportOf(lines[end - 1])) end--
    header.title = fieldOf(lines, i, end)
    i = skipBlank(lines, end)
  }
  if (i < footerAt) {
    const support = supportOf(lines[i])
    if (support) {
      header.funders = support
      i = skipBlank(lines, i + 1)
    }
  }

  readFooter(lines, footerAt, header, file)

  // The body, with the summary taken out where it stands (before or after the text).
  let bodyEnd = footerAt
  while (bodyEnd > i && isBlank(lines[bodyEnd - 1])) bodyEnd--
  const body = lines.slice(i, bodyEnd)
  const taken = takeSummary(body, lineBreaks, header.title?.value, footerAt < lines.length)
  if (taken) {
    header.summary = taken.summary
    report(file, 'layout/unlabelled-summary', taken.summary.position.start, `took the unlabelled paragraph ${taken.at === 'end' ? 'after' : 'before'} the body as the summary`)
  }
  return { layout: wilsonSite.name, header, body: taken ? taken.body : body, lineBreaks, pageBreaks: 'markers' }
}

/** Where the footer starts: the first label line that a footer follows. A common word
 * ("Source", "Rights") alone on a line opens the footer only when another label follows. */
function footerStart(lines: Line[]): number {
  const labelled: number[] = []
  for (let i = 0; i < lines.length; i++) if (labelOf(lines[i].text)) labelled.push(i)
  for (let k = 0; k < labelled.length; k++) {
    if (!isCommonWord(lines[labelled[k]].text) || k + 1 < labelled.length) return labelled[k]
  }
  return lines.length
}

function readFooter(lines: Line[], from: number, header: RawHeader, file: VFile): void {
  let key: Key | undefined
  let values: number[] = []
  const unlabelled: number[] = []
  const flush = () => {
    if (key === undefined) return
    if (key === 'documentInformation') unlabelled.push(...values)
    else if (values.length) store(lines, header, key, values)
    else report(file, 'layout/missing-field', lineField(lines, labelLine).position.start, `the "${lines[labelLine].text.trim()}" block is empty`)
    values = []
  }
  let labelLine = from
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]
    if (isBlank(line)) continue
    const next = labelOf(line.text)
    if (next) {
      flush()
      key = next
      labelLine = i
      continue
    }
    // the support line may stand in the footer too
    const support = supportOf(line)
    if (support) {
      header.funders ??= support
      continue
    }
    values.push(i)
  }
  flush()
  if (unlabelled.length) storeUnlabelled(lines, header, unlabelled)
}

function store(lines: Line[], header: RawHeader, key: Key, values: number[]): void {
  if (key === 'documentInformation') return
  if (LIST_KEYS.has(key)) {
    const list = (header[key as ListKey] ??= [])
    for (const i of values) list.push(lineField(lines, i))
    return
  }
  if (key === 'recordId') return storeRecordId(lines, header, values)
  if (key === 'genre' || key === 'originalLanguage') {
    // one value a line ("Russian", "Chinese"): kept as a list in one field
    const field = fieldOf(lines, values[0], values[values.length - 1] + 1)
    header[key] ??= { ...field, value: values.map((i) => lines[i].text.trim()).join(', ') }
    return
  }
  // A one-value block wrapped over several lines: joined as one field.
  const field = fieldOf(lines, values[0], values[values.length - 1] + 1)
  header[key as OneKey] ??= field
}

/** The Record ID is a number; a page saved with the block empty has the funder's name
 * (the site prints it last) where the number would be, and that is the funding. */
function storeRecordId(lines: Line[], header: RawHeader, values: number[]): void {
  for (const i of values) {
    const text = lines[i].text.trim()
    if (RECORD_ID.test(text)) header.recordId ??= lineField(lines, i)
    else header.funders ??= lineField(lines, i)
  }
}

// Shapes of the values the site prints under "Document Information" without labels.
const RECORD_ID = /^\d{1,9}$/
const RIGHTS_WORDS = /\b(?:reuse|re-use|copyright|permission|rights|licen[cs]e|public domain)\b/i

/** Values without labels, told apart by shape: a bare number is the record id, a date the
 * upload date, boilerplate about reuse the rights; the rest go to Source then Original
 * Archive, in the site's order. */
function storeUnlabelled(lines: Line[], header: RawHeader, values: number[]): void {
  const rest: number[] = []
  for (const i of values) {
    const text = lines[i].text.trim()
    if (RECORD_ID.test(text) && !header.recordId) header.recordId = lineField(lines, i)
    else if (looksLikeDate(text) && !header.uploaded) header.uploaded = lineField(lines, i)
    else if (RIGHTS_WORDS.test(text) && !header.rights) header.rights = lineField(lines, i)
    else rest.push(i)
  }
  const order = INFORMATION_ORDER.filter((k) => k === 'source' || k === 'originalArchive')
  for (const i of rest) {
    const key = order.find((k) => !header[k])
    if (!key) break
    header[key] = lineField(lines, i)
  }
}
