// Test helper: the sample's three sections as memo Sections, made without the pipeline so
// the aligner can be tested on its own. It follows LAYOUTS.md for layout A: the body starts
// after the Contents list, sections are told apart by script only, blocks are split on
// blank lines, and ` // ` page-break markers are removed (their places kept in pageBreaks).
// Plain JS so bench/align.js can use it too.
import { readFileSync } from 'node:fs'

export const SAMPLE_PATH = '/work/shared/corpus/wilson-110404.txt'

/** @param {string} text */
function scriptOf(text) {
  let han = 0
  let cyr = 0
  let lat = 0
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) han++
    else if (/\p{Script=Cyrillic}/u.test(ch)) cyr++
    else if (/\p{Script=Latin}/u.test(ch)) lat++
  }
  if (han >= cyr && han >= lat && han > 0) return 'zh'
  if (cyr >= lat && cyr > 0) return 'ru'
  return 'en'
}

/** Offsets → 1-based line/column points. @param {string} text */
function pointer(text) {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  /** @param {number} offset */
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - starts[lo] + 1, offset }
  }
}

/**
 * @param {string} [text] the dump; defaults to the sample file
 * @returns {import('../../../src/model/memo.js').Section[]}
 */
export function sampleSections(text = readFileSync(SAMPLE_PATH, 'utf8')) {
  const at = pointer(text)
  const contents = text.indexOf('Contents:')
  // The Contents list is the run of "- " lines after the label; the body follows it.
  const listRe = /Contents:\n\n(?:- [^\n]*\n)+/y
  listRe.lastIndex = contents
  if (!listRe.exec(text)) throw new Error('no Contents list')
  const bodyStart = listRe.lastIndex
  /** @type {{text: string, start: number, end: number}[]} */
  const blocks = []
  const blockRe = /[^\n]+(?:\n[^\n]+)*/g
  blockRe.lastIndex = bodyStart
  for (let m; (m = blockRe.exec(text)); ) {
    if (m[0].trim() === '') continue
    blocks.push({ text: m[0], start: m.index, end: m.index + m[0].length })
  }
  /** @type {Map<string, {text: string, start: number, end: number, breaks: number[]}[]>} */
  const bySection = new Map([['en', []], ['zh', []], ['ru', []]])
  for (const block of blocks) {
    const lang = scriptOf(block.text)
    const list = /** @type {any[]} */ (bySection.get(lang))
    const previous = list[list.length - 1]
    // A block cut by a page break: the previous one ends on a comma or without final
    // punctuation and this one starts in lower case ("с большими" / "аудиториями").
    const cut =
      previous &&
      (/[,，]\s*$/.test(previous.text) || /^\p{Ll}/u.test(block.text)) &&
      previous.end < block.start
    if (cut) {
      previous.breaks.push(previous.text.length)
      previous.text += (/[，]$/.test(previous.text) ? '' : ' ') + block.text
      previous.end = block.end
    } else list.push({ ...block, breaks: [] })
  }
  const labels = { en: 'English Translation', zh: 'Chinese Translation', ru: 'Russian Transcription' }
  return [...bySection].map(([lang, list]) => ({
    id: `${lang}-${lang === 'ru' ? 'transcription' : 'translation'}`,
    label: labels[/** @type {'en'|'zh'|'ru'} */ (lang)],
    role: lang === 'ru' ? 'transcription' : 'translation',
    lang,
    position: { start: at(list[0].start), end: at(list[list.length - 1].end) },
    paragraphs: list.map((b) => {
      let para = b.text.replace(/\s*\n\s*/g, ' ')
      /** @type {number[]} */
      const pageBreaks = [...b.breaks]
      for (let i; (i = para.indexOf(' // ')) >= 0; ) {
        para = para.slice(0, i) + ' ' + para.slice(i + 4)
        pageBreaks.push(i)
      }
      /** @type {import('../../../src/model/memo.js').Paragraph} */
      const p = { text: para, position: { start: at(b.start), end: at(b.end) } }
      if (pageBreaks.length) p.pageBreaks = pageBreaks.sort((x, y) => x - y)
      return p
    }),
  }))
}
