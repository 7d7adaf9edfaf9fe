// The current site prints the summary without a label. It is found by where it stands and
// what it looks like, not by its words: the site puts it right before the footer (a few
// pages, right after the title); it is one paragraph of English prose of a cataloguer's
// length, about the document in the third person, ending a sentence, and it names what the
// title names. A body's own last paragraph (a signature, a first-person closing, a line cut
// off by an excerpt) fails on one of these, and a page saved without its footer gives no
// place to look, so it has no summary rather than a wrong one.
import type { Field } from '../model/raw.js'
import type { Line } from '../model/source.js'
import { blockEnd, fieldOf, skipBlank } from './header-lines.js'

const MIN_LENGTH = 40
const MAX_LENGTH = 1500
const MIN_WORDS = 6
/** Evidence a paragraph needs to be taken as the summary. */
const NEEDED = 4

const FIRST_PERSON = /\b(?:I|we|We|our|Our|us|my|My|me)\b/
const SENTENCE_END = /[.!?…]["”’)\]]*$/
const TRAILING_LINK = /\s\([^()]{1,30}\)$/
const SPEAKER = /^\p{Lu}[\p{L}.-]{0,30}(?: \p{Lu}[\p{L}.-]{0,30}){0,3}:/u
const PAGE_MARKER = /^\(?p\.\s?\d/
const OTHER_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Hiragana}\p{Script=Katakana}]/u
const SMALL_WORDS = new Set(['from', 'with', 'that', 'this', 'into', 'about', 'between', 'their', 'after', 'before', 'concerning', 'regarding', 'during', 'the', 'and', 'for'])

function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []
  // "Stalin's" names Stalin
  return words.map((w) => w.replace(/['’]s$/u, '')).filter((w) => w.length >= 4 && !SMALL_WORDS.has(w))
}

/** The share of the title's words (four letters or more) the paragraph repeats. */
function titleOverlap(text: string, title: string | undefined): number {
  if (!title) return 0
  const wanted = new Set(contentWords(title))
  if (wanted.size === 0) return 0
  const have = new Set(contentWords(text))
  let n = 0
  for (const w of wanted) if (have.has(w)) n++
  return n / wanted.size
}

const CLOSING: Record<string, string> = { '"': '"', '“': '”', '‘': '’' }

/** The text without its quotations, which may speak in the first person without the
 * summary doing so. One pass; an unclosed quote runs to the end. */
function unquoted(text: string): string {
  let out = ''
  let close: string | undefined
  for (const c of text) {
    if (close) {
      if (c === close) close = undefined
    } else if (CLOSING[c]) close = CLOSING[c]
    else out += c
  }
  return out
}

/** How much a paragraph at `place` looks like the site's summary; 0 rules it out. */
export function summaryEvidence(text: string, title: string | undefined, place: 'end' | 'start'): number {
  if (!/\p{Script=Latin}/u.test(text) || OTHER_SCRIPT.test(text)) return 0
  if (text.length < MIN_LENGTH || text.length > MAX_LENGTH) return 0
  if (text.split(/\s+/).length < MIN_WORDS) return 0
  if (PAGE_MARKER.test(text) || SPEAKER.test(text)) return 0
  // a letterhead, a heading or a signature in capitals
  const letters = text.replace(/\P{L}/gu, '')
  if (letters === letters.toUpperCase()) return 0
  const overlap = titleOverlap(text, title)
  // a link the site prints after the last sentence ("… to the north. (see also)")
  const ends = SENTENCE_END.test(text.replace(TRAILING_LINK, ''))
  // a line an excerpt cut off ("… necessary - for t") is never a summary; a summary the
  // site printed without its full stop still names what the title names
  if (!ends && overlap < 0.5) return 0
  let score = place === 'end' ? 2 : 1
  if (ends) score += 1
  if (text.length >= 80) score += 1
  if (FIRST_PERSON.test(unquoted(text))) score -= 2
  else score += 1
  if (overlap >= 0.5) score += 2
  else if (overlap >= 0.25) score += 1
  return score
}

export interface TakenSummary {
  summary: Field
  body: Line[]
  at: 'start' | 'end'
}

/** The summary of a body that a footer follows (`hasFooter`): its last paragraph, or its
 * first when the first reads more like one. */
export function takeSummary(body: Line[], lineBreaks: 'wrapped' | 'lines', title: string | undefined, hasFooter: boolean): TakenSummary | undefined {
  if (!hasFooter) return undefined
  const paragraphs = paragraphRanges(body, lineBreaks)
  if (paragraphs.length < 2) return undefined
  const [fs, fe] = paragraphs[0]
  const [ls, le] = paragraphs[paragraphs.length - 1]
  const first = fieldOf(body, fs, fe)
  const last = fieldOf(body, ls, le)
  const scoreLast = summaryEvidence(last.value, title, 'end')
  const scoreFirst = summaryEvidence(first.value, title, 'start')
  if (scoreLast >= NEEDED && scoreLast >= scoreFirst) return { summary: withoutSeeAlso(last), body: body.slice(0, ls), at: 'end' }
  if (scoreFirst >= NEEDED && translationFollows(body, paragraphs.slice(1))) return { summary: first, body: body.slice(fe), at: 'start' }
  return undefined
}

/** The site's "(see also)" link after the last sentence is page chrome, not summary. */
function withoutSeeAlso(field: Field): Field {
  const value = field.value.replace(/(?<=[.!?]["”’)\]]{0,2})\s+\(see also\)$/iu, '')
  return value === field.value ? field : { ...field, value }
}

/** A summary before the text stands apart from the English text it sums up: another
 * paragraph of English-like prose follows later in the body. Without one, the first
 * paragraph is the page's only English, the translation itself. */
function translationFollows(body: Line[], rest: [number, number][]): boolean {
  return rest.some(([s, e]) => {
    const text = fieldOf(body, s, e).value
    return text.length >= 80 && /\p{Script=Latin}/u.test(text) && !OTHER_SCRIPT.test(text)
  })
}

/** [start, end) line ranges of the paragraphs: runs of non-blank lines, or single lines. */
function paragraphRanges(lines: Line[], lineBreaks: 'wrapped' | 'lines'): [number, number][] {
  const out: [number, number][] = []
  for (let i = skipBlank(lines, 0); i < lines.length; i = skipBlank(lines, i)) {
    const end = lineBreaks === 'lines' ? i + 1 : blockEnd(lines, i)
    out.push([i, end])
    i = end
  }
  return out
}
