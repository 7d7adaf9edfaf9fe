// Words a page break cut in two ("материке // Ки тая" for «Китая»): the PDF export puts the
// marker near the cut, and the two pieces stay apart as two "words". A pair of pieces next
// to a page break is joined when the joined form is a word of the section's language and
// the pieces are not both words (a Hunspell dictionary decides); each join is an info.
//
// Only pairs that could be a cut are looked up: two runs of letters of one script, one space
// apart, the second starting in lower case (a continued word never starts in upper case),
// at most one word away from the break. Most documents have none, and then no dictionary
// is loaded: reading one and building a checker costs about a hundred milliseconds (see spell-check.ts).
import type { VFile } from 'vfile'
import type { Section } from '../model/memo.js'
import type { Source } from '../model/source.js'
import { report } from '../report/report.js'
import { hasDictionary, loadChecker } from './spell-check.js'

interface Cut {
  paragraph: number
  /** Offset of the first piece in the paragraph text; the space after it goes. */
  at: number
  left: string
  right: string
}

const WORD = /[\p{L}\p{M}]+/gu
const STARTS_LOWER = /^\p{Ll}/u

/** The pairs of adjacent words around each page break of a paragraph. */
function cutsIn(text: string, breaks: readonly number[], paragraph: number): Cut[] {
  const words: { start: number; end: number }[] = []
  for (const m of text.matchAll(WORD)) words.push({ start: m.index, end: m.index + m[0].length })
  const cuts: Cut[] = []
  const seen = new Set<number>()
  // the breaks are in ascending order, so the first word after each is found by one
  // pointer moving forward (a dump can hold hundreds of thousands of markers)
  let k = 0
  for (const b of breaks) {
    while (k < words.length && words[k].end <= b) k++
    for (let i = Math.max(0, k - 2); i <= k && i + 1 < words.length; i++) {
      const a = words[i]
      const c = words[i + 1]
      if (seen.has(a.start) || c.start !== a.end + 1 || text[a.end] !== ' ') continue
      const left = text.slice(a.start, a.end)
      const right = text.slice(c.start, c.end)
      if (!STARTS_LOWER.test(right) || !sameScript(left, right)) continue
      seen.add(a.start)
      cuts.push({ paragraph, at: a.start, left, right })
    }
  }
  return cuts
}

function sameScript(a: string, b: string): boolean {
  const cyr = /\p{Script=Cyrillic}/u
  return cyr.test(a) === cyr.test(b)
}

/** Join the cut words of every section whose language has a dictionary. One checker per
 * language serves every section of the document: built per section, a dump holding many
 * sections of one language paid the build each time (200 copies of the sample: 87 s). */
export async function joinBrokenWords(sections: Section[], source: Source, file: VFile): Promise<void> {
  const cutsOf = new Map<Section, Cut[]>()
  const wordsOf = new Map<string, string[]>()
  for (const section of sections) {
    if (!hasDictionary(section.lang)) continue
    const cuts = section.paragraphs.flatMap((p, i) => (p.pageBreaks?.length ? cutsIn(p.text, p.pageBreaks, i) : []))
    if (!cuts.length) continue
    cutsOf.set(section, cuts)
    const words = wordsOf.get(section.lang) ?? []
    for (const c of cuts) words.push(c.left, c.right, c.left + c.right)
    wordsOf.set(section.lang, words)
  }
  const checkers = new Map<string, (word: string) => boolean>()
  for (const [lang, words] of wordsOf) checkers.set(lang, await loadChecker(lang, words))
  for (const [section, cuts] of cutsOf) {
    const checker = checkers.get(section.lang)!
    // the spaces to take out, per paragraph, in text order; each paragraph is rebuilt once
    const spaces = new Map<number, number[]>()
    for (const cut of cuts) {
      const joined = cut.left + cut.right
      if (!checker(joined) || (checker(cut.left) && checker(cut.right))) continue
      const p = section.paragraphs[cut.paragraph]
      const place = placeOf(source, p.position.start.offset, p.position.end.offset, cut.left, cut.right)
      report(file, 'paragraphs/broken-word', place, `joined “${cut.left} ${cut.right}” into “${joined}”, a word cut by a page break (line ${place.line})`)
      const list = spaces.get(cut.paragraph) ?? []
      list.push(cut.at + cut.left.length)
      spaces.set(cut.paragraph, list)
    }
    for (const [i, list] of spaces) takeOut(section.paragraphs[i], list.sort((x, y) => x - y))
  }
}

/** The paragraph without the characters at `at` (ascending), its page breaks moved back. */
function takeOut(p: Section['paragraphs'][number], at: readonly number[]): void {
  const parts: string[] = []
  let from = 0
  for (const i of at) {
    parts.push(p.text.slice(from, i))
    from = i + 1
  }
  parts.push(p.text.slice(from))
  p.text = parts.join('')
  if (!p.pageBreaks) return
  let k = 0
  p.pageBreaks = p.pageBreaks.map((b) => {
    while (k < at.length && at[k] < b) k++
    return b - k
  })
}

/** Where the first piece stands in the input (the pieces are found again between the
 * paragraph's start and end, a line end or a marker between them). */
function placeOf(source: Source, from: number, to: number, left: string, right: string) {
  let at = from
  for (;;) {
    const i = source.text.indexOf(left, at)
    if (i === -1 || i > to) break
    const rest = source.text.slice(i + left.length, i + left.length + 80)
    if (/^[\s/]*/u.exec(rest)![0].length > 0 && rest.trimStart().replace(/^\/\/\s*/u, '').startsWith(right)) return pointAt(source, i)
    at = i + 1
  }
  return pointAt(source, from)
}

function pointAt(source: Source, offset: number) {
  let lo = 0
  let hi = source.lines.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (source.lines[mid].offset <= offset) lo = mid
    else hi = mid - 1
  }
  const line = source.lines[lo]
  return { line: line.number, column: offset - line.offset + 1, offset }
}
