// Table-driven checks of the aligner's parts: quantities, sentence splitting, joining
// links into rows, discrepancy rules, and a property: any sections give a valid partition.
import fc from 'fast-check'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { alignSections } from '../src/align/align-sections.js'
import { findDiscrepancies } from '../src/align/checks/discrepancies.js'
import { measure } from '../src/align/features/measure.js'
import { paragraphKind } from '../src/align/features/paragraph-kind.js'
import { extractQuantities } from '../src/align/features/quantities/extract-quantities.js'
import { splitSentences } from '../src/align/features/split-sentences.js'
import { stemOf } from '../src/align/features/stem-of.js'
import { stemsOf, WordStems } from '../src/align/features/word-stems.js'
import { rowsFromLinks } from '../src/align/search/rows-from-links.js'
import { PairLinkIndex } from '../src/align/search/supported-links.js'
import type { Section } from '../src/model/memo.js'
import { checkPartition } from './data/align/check.js'

const brief = (text: string, lang: string) =>
  extractQuantities(text, lang).map((q) => {
    if (q.kind === 'date') return `date ${q.month}/${q.value}`
    const figure = q.unknown ? '?' : q.high !== undefined ? `${q.value}-${q.high}` : `${q.value}`
    return q.unit ? `${figure} ${q.unit}` : figure
  })

describe('extractQuantities', () => {
  it.each([
    ['en', 'For the last four days I slept 8 hours', ['4 day', '8 hour']],
    ['ru', 'Последние четыре дня я сплю по 8 часов', ['4 day', '8 hour']],
    ['zh', '最近4 天我的睡眠正常，四个人', ['4 day', '4']],
    ['de', 'seit vier Tagen und zwei Wochen', ['4 day', '2 week']],
    ['ru', 'Учитывая 11-ти дневный путь', ['11 day']],
    ['en', 'the eleven-day travel after a two-year rest', ['11 day', '2 year']],
    ['ru', 'после двухнедельного отдыха', ['2 week']],
    ['en', 'approximately 400 thousand troops, 30-40 thousand persons', ['400000', '30000-40000']],
    ['ru', 'около 400 тыс. войск, численностью в 30-40 тысяч человек', ['400000', '30000-40000']],
    ['zh', '有40 万左右的部队。3-4 万胡宗南集团', ['400000', '30000-40000']],
    ['zh', '四十万人', ['400000']],
    ['zh', '１９５０年', ['1950']],
    ['en', 'on January 1 and February 6', ['date 1/1', 'date 2/6']],
    // words that are members of every plain object are words like any other
    ['en', '5 constructor men, constructor 5 men, 7 toString, valueOf 9', ['5', '5', '7', '9']],
    ['ru', '1 января и 6 февраля', ['date 1/1', 'date 2/6']],
    ['zh', '1 月1 日和2 月6 日', ['date 1/1', 'date 2/6']],
    ['zh', '一切 一起 一些', []],
    ['zh', '健康， 周的休息', ['? week']],
    ['zh', '休息了\u3000小时，又过了 个月', ['? hour', '? month']],
    ['en', 'ТАСС3 and Copy No.2', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(brief(text, lang)).toEqual(expected)
  })
})

describe('measure', () => {
  it('counts a space between Han characters as a lost glyph', () => {
    expect(measure('毛 同志')).toBe(measure('毛泽同志'))
    expect(measure('Mao, Zedong!')).toBe(9)
  })
})

describe('splitSentences', () => {
  const pieces = (text: string, lang: string) => splitSentences(text, lang).map(([s, e]) => text.slice(s, e))
  it.each([
    ['ru', 'Тов. Мао Цзэдун пришел. Он сказал.', ['Тов. Мао Цзэдун пришел.', 'Он сказал.']],
    ['ru', 'Встреча с И.В. Сталиным в 1950 г. состоялась. Всё.', ['Встреча с И.В. Сталиным в 1950 г. состоялась.', 'Всё.']],
    ['ru', 'Около 400 тыс. человек. Так.', ['Около 400 тыс. человек.', 'Так.']],
    ['en', 'Mr. Smith has Copy No. 2 here. He left.', ['Mr. Smith has Copy No. 2 here.', 'He left.']],
    ['zh', '我同意。他也同意。', ['我同意。', '他也同意。']],
  ])('%s: %s', (lang, text, expected) => {
    expect(pieces(text, lang)).toEqual(expected)
  })
})

describe('rowsFromLinks', () => {
  it('puts unlinked paragraphs in rows of their own, in order', () => {
    expect(rowsFromLinks([3, 2], [[0, 1, 1, 0], [0, 2, 1, 1]])).toEqual([[[0], []], [[1], [0]], [[2], [1]]])
  })
  it('joins a paragraph linked to two others into one row', () => {
    expect(rowsFromLinks([2, 1], [[0, 0, 1, 0], [0, 1, 1, 0]])).toEqual([[[0, 1], [0]]])
  })
  it('merges crossing links into one row rather than breaking the order', () => {
    const rows = rowsFromLinks([2, 2], [[0, 0, 1, 1], [0, 1, 1, 0]])
    expect(rows).toEqual([[[0, 1], [0, 1]]])
  })
})

describe('PairLinkIndex.supported', () => {
  // Three sections of three paragraphs. Sections 0 and 1 agree one to one; section 2 went
  // astray in both its pairs at paragraph 0 (linked to 0's paragraph 1 and to 1's
  // paragraph 0), and agrees with the others elsewhere.
  const pairs = [{ s: 0, t: 1 }, { s: 0, t: 2 }, { s: 1, t: 2 }]
  const links = [
    [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 1, 2]],
    [[0, 1, 2, 0], [0, 1, 2, 1], [0, 2, 2, 2]],
    [[1, 0, 2, 0], [1, 1, 2, 1], [1, 2, 2, 2]],
  ] as const
  const index = new PairLinkIndex(pairs, [3, 3, 3], links)
  it("drops a section's links that no third section confirms, and keeps the other pairs' links", () => {
    const { links: kept, all } = index.supported(2)
    expect(all).toBe(false)
    // 0:1-2:0 has no third paragraph linked to both (1's paragraph 0 is linked to 0's
    // paragraph 0, not 1); 1:0-2:0 likewise (0's paragraph 1 is not linked to 1's 0)
    expect(kept).toEqual([...links[0], [0, 1, 2, 1], [0, 2, 2, 2], [1, 1, 2, 1], [1, 2, 2, 2]])
  })
  it('says so when every link is confirmed', () => {
    const agreeing = new PairLinkIndex(pairs, [3, 3, 3], [links[0], [[0, 0, 2, 0], [0, 1, 2, 1], [0, 2, 2, 2]], links[2]])
    expect(agreeing.supported(2).all).toBe(true)
    expect(agreeing.supported(0).links).toHaveLength(9)
  })
})

const at = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } }
const section = (id: string, lang: string, texts: string[]): Section => ({
  id, label: id, role: 'translation', lang, paragraphs: texts.map((text) => ({ text, position: at })),
})

describe('findDiscrepancies', () => {
  const flags = (a: string, la: string, b: string, lb: string) =>
    findDiscrepancies([section('a', la, [a]), section('b', lb, [b])], [{ cells: { a: [0], b: [0] }, confidence: 1 }]).length
  it.each([
    ['he stayed three months', 'en', 'он пробыл 3 месяца', 'ru', 0],
    ['he stayed three months', 'en', 'он пробыл 2 месяца', 'ru', 1],
    ['after a two-year rest', 'en', 'после двухнедельного отдыха', 'ru', 1],
    ['on February 6', 'en', '6 февраля', 'ru', 0],
    ['on February 6', 'en', '7 февраля', 'ru', 1],
    ['400 thousand troops', 'en', '40 万部队', 'zh', 0],
    ['400 thousand troops', 'en', '4 万部队', 'zh', 1],
    ['a few hundred officers in 1949', 'en', 'несколько сот офицеров', 'ru', 0],
  ])('%s / %s', (a, la, b, lb, expected) => {
    expect(flags(a, la, b, lb)).toBe(expected)
  })
  it('skips absent sections and rows with one section', () => {
    const s = [section('a', 'en', ['two years']), { ...section('b', 'ru', ['две недели']), absent: true }]
    expect(findDiscrepancies(s, [{ cells: { a: [0], b: [0] }, confidence: 1 }])).toEqual([])
  })
})

describe('alignSections on any input', () => {
  it('gives a valid partition for random sections (property)', () => {
    const words = fc.constantFrom('Mao', 'said', '毛', '同志', 'Мао', 'сказал', '400', 'тыс.', '。', '.', ' ', 'January 1', '[源：x]')
    const paragraph = fc.array(words, { minLength: 0, maxLength: 12 }).map((w) => w.join(' ').trim() || 'x')
    const sectionArb = fc.array(paragraph, { minLength: 0, maxLength: 15 })
    fc.assert(
      fc.property(fc.array(sectionArb, { minLength: 1, maxLength: 4 }), (lists) => {
        const sections = lists.map((texts, k) => section(`s${k}`, ['en', 'zh', 'ru', 'de'][k], texts))
        const rows = alignSections(sections, new VFile())
        checkPartition(sections.filter((s) => s.paragraphs.length > 0), rows)
      }),
      { numRuns: 60 },
    )
  })
  it('leaves absent sections out and returns no rows for no text', () => {
    expect(alignSections([], new VFile())).toEqual([])
    const rows = alignSections([section('a', 'en', ['One.', 'Two.']), { ...section('b', 'ru', []), absent: true }], new VFile())
    expect(rows.map((r) => r.cells)).toEqual([{ a: [0] }, { a: [1] }])
  })
})

describe('word stems (lexical anchors)', () => {
  it.each([
    ['nationality', 'nationalité'],
    ['Nationalität', 'national'],
    ['религия', 'religion'],
    ['национальность', 'nationality'],
    ['δημοκρατία', 'democracy'],
    ['philosophy', 'filosofia'],
    ['Organization', 'organisation'],
  ])('%s and %s share a stem', (a, b) => {
    expect(stemOf(a)).toBeDefined()
    expect(stemOf(a)).toBe(stemOf(b))
  })

  it('skips short words and unspaced scripts', () => {
    expect(stemOf('the')).toBeUndefined()
    expect(stemOf('人人生而自由')).toBeUndefined()
    expect(stemsOf('The right of every person, every PERSON.', new WordStems())).toEqual(['righ', 'ever', 'pers'])
  })
})

describe('paragraphKind', () => {
  it.each([
    ['सहमित पर ही विवाह हो सकेगा। परिवार समाज की स्वाभाविक इकाई है।', 'sentence'],
    ['هل لكل شخص الحق في الجنسية؟', 'sentence'],
    ['ہر انسان کو آزادی کا حق ہے۔', 'sentence'],
    ['Everyone has the right to a nationality,', 'continued'],
    ['Article 15', 'heading'],
    // a short lead-in that stops at a comma goes on in the next paragraph
    ['Now, therefore,', 'continued'],
    ['Article 15.', 'heading'],
  ])('%s is a %s', (text, kind) => {
    expect(paragraphKind(text, undefined)).toBe(kind)
  })
  // Before a paragraph in a script without case, a page break shows as prose cut off.
  it.each([
    ['لكل فرد الحق في الاشتراك في إدارة الشؤون', 'العامة لبلاده إما مباشرة', 'continued'],
    ['凡受刑事控告者,在未经获得辩护上', '所需的一切保证的公开审判', 'continued'],
    ['الإعلان العالمي لحقوق الإنسان', 'لكل إنسان الحق', 'heading'],
    ['मानव अधिकारों की सार्वभौम घोषणा', 'किसी को भी', 'heading'],
    ['FROM THE DIARY OF ROSHCHIN N.V. Copy No.2', 'MEMORANDUM OF CONVERSATION', 'heading'],
  ])('%s before %s is a %s', (text, next, kind) => {
    expect(paragraphKind(text, next)).toBe(kind)
  })
})
