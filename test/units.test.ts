// Table-driven tests of the small parsers the pipeline is built from.
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parseDate } from '../dist/header/parse-date.js'
import { parseContentsEntry } from '../dist/header/parse-contents.js'
import { documentId } from '../dist/header/document-id.js'
import { joinLines } from '../dist/text/join-lines.js'
import { toSource } from '../dist/model/source.js'
import { toBlocks } from '../dist/paragraphs/to-blocks.js'
import { joinPageBreaks } from '../dist/paragraphs/join-page-breaks.js'
import { countDroppedGlyphs } from '../dist/paragraphs/dropped-glyphs.js'
import { segmentByContents, languageRuns } from '../dist/sections/split-sections.js'
import { detectLanguage } from '../dist/language/detect-language.js'

describe('parseDate', () => {
  it.each([
    ['January 01, 1950', '1950-01-01'],
    ['July 9, 1962', '1962-07-09'],
    ['9 July 1962', '1962-07-09'],
    ['Sept. 3, 1971', '1971-09-03'],
    ['March 1955', '1955-03'],
    ['1955', '1955'],
    ['1955-03-04', '1955-03-04'],
  ])('%s → %s', (text, iso) => {
    const d = parseDate(text)
    expect(d.kind).toBe('date')
    expect(d.kind === 'date' && d.iso).toBe(iso)
  })
  it('keeps a partial date partial in CSL', () => {
    expect(parseDate('March 1955')).toMatchObject({ csl: { 'date-parts': [[1955, 3]] } })
  })
  it.each(['undated', 'Undated', 'n.d.', 'n. d.'])('%s is undated', (text) => expect(parseDate(text).kind).toBe('undated'))
  it.each(['February 30, 1950', 'Smarch 3, 1950', 'yesterday', '13/45/1950'])('%s is not a date', (text) => expect(parseDate(text).kind).toBe('unknown'))
})

describe('parseContentsEntry', () => {
  it.each([
    ['English Translation', { lang: 'en', role: 'translation', scan: false }],
    ['Russian Transcription', { lang: 'ru', role: 'transcription', scan: false }],
    ['Chinese Original', { lang: 'zh', role: 'original', scan: false }],
    ['Scan of Original Document', { role: 'original', scan: true }],
  ])('%s', (label, expected) => expect(parseContentsEntry(label)).toMatchObject({ label, ...expected }))
  it('gives up on an unknown language', () => expect(parseContentsEntry('Klingon Translation')).toBeUndefined())
})

describe('documentId', () => {
  it.each([
    ['http://digitalarchive.wilsoncenter.org/document/110404', 'x.txt', 'wilson-110404'],
    ['https://digitalarchive.wilsoncenter.org/document/119276', 'x.txt', 'wilson-119276'],
    [undefined, 'some/dir/My Dump (2).txt', 'My-Dump-2'],
    [undefined, '../../etc/passwd', 'passwd'],
  ])('%s, %s → %s', (url, path, id) => expect(documentId(url, path).id).toBe(id))
})

describe('joinLines', () => {
  it.each([
    [['Memorandum, Conversation of Mao and USSR', 'Ambassador to China'], 'Memorandum, Conversation of Mao and USSR Ambassador to China'],
    [['毛泽东同志', '指出'], '毛泽东同志指出'],
    [['中国人民，', '共和国'], '中国人民，共和国'],
    [['Мао Цзэдун', 'указал'], 'Мао Цзэдун указал'],
    [['400 thousand', '40 万'], '400 thousand 40 万'],
  ])('%j', (lines, joined) => expect(joinLines(lines)).toBe(joined))
})

function blocksOf(text: string) {
  return toBlocks(toSource(text, 't.txt').lines)
}

describe('page-break markers and joins', () => {
  it('takes " // " out of the text and records where the page ended', () => {
    const [b] = blocksOf('все силы на материке // Ки тая разгромлены.')
    expect(b.text).toBe('все силы на материке Ки тая разгромлены.')
    expect(b.text.slice(b.pageBreaks[0])).toBe('Ки тая разгромлены.')
  })
  it('leaves "//" in URLs alone', () => {
    expect(blocksOf('see http://example.org/a//b now')[0].text).toBe('see http://example.org/a//b now')
  })
  it('joins a paragraph that runs on in lower case after a blank line, with an info message', () => {
    const file = new VFile()
    const ps = joinPageBreaks(blocksOf('Тов. Мао Цзэдун подчеркнул, что от осмотра заводов, от встреч с большими\n\nаудиториями он воздерживается.'), file)
    expect(ps).toHaveLength(1)
    expect(ps[0].text).toContain('с большими аудиториями')
    expect(ps[0].pageBreaks).toEqual([ps[0].text.indexOf('аудиториями')])
    expect(file.messages.map((m) => [m.ruleId, m.line, m.fatal])).toEqual([['page-break-join', 3, undefined]])
  })
  it('joins a Chinese paragraph ending on a comma', () => {
    const ps = joinPageBreaks(blocksOf('我同卡尔斯基一起等。他告我，\n\n毛已有3天感到自己好多了。'), new VFile())
    expect(ps.map((p) => p.text)).toEqual(['我同卡尔斯基一起等。他告我，毛已有3天感到自己好多了。'])
  })
  it.each([
    ['USSR AMBASSADOR IN CHINA\n\n/s/ (Roshchin)'],
    ['Посол СССР в Китае\n\nН. Роцин'],
    ['大使\n\n尼·申'],
    ['He accepted the invitation.\n\nThe conversation was translated by Shi Zhe.'],
  ])('keeps headings, signatures and whole paragraphs apart: %j', (text) => {
    expect(joinPageBreaks(blocksOf(text), new VFile())).toHaveLength(2)
  })
})

describe('dropped glyphs', () => {
  it('counts spaces between two Han characters, with their places', () => {
    const r = countDroppedGlyphs(blocksOf('毛 同志指出，中 人民共和\nabc d 文 字'))
    expect(r.count).toBe(3)
    expect(r.first.map((p) => `${p.line}:${p.column}`)).toEqual(['1:2', '1:9', '2:8'])
  })
  it('does not count spaces next to digits or Latin text', () => {
    expect(countDroppedGlyphs(blocksOf('1 月1 日 Mao 毛')).count).toBe(0)
  })
})

describe('sections from languages', () => {
  const t = (lang: string | undefined, weight: number, text = lang ?? '?') => ({ block: { text } as never, lang, weight })
  const announced = (...langs: string[]) => langs.map((lang) => ({ label: lang, lang, role: 'translation' as const, scan: false }))

  it('splits where the language changes, in Contents order', () => {
    const r = segmentByContents([t('en', 50), t('en', 80), t('zh', 90), t(undefined, 0, '0100'), t('ru', 70)], announced('en', 'zh', 'ru'))
    expect(r.segments.map((s) => s.map((b) => b.text))).toEqual([['en', 'en'], ['zh', '0100'], ['ru']])
    expect(r.mismatch).toBe(0)
  })
  it('keeps a short quotation in another language inside its section', () => {
    const r = segmentByContents([t('en', 300), t('ru', 10), t('en', 300), t('ru', 400)], announced('en', 'ru'))
    expect(r.segments.map((s) => s.length)).toEqual([3, 1])
    expect(r.mismatch).toBe(10)
  })
  it('leaves an announced section with no text empty', () => {
    const r = segmentByContents([t('en', 300), t('ru', 400)], announced('en', 'zh', 'ru'))
    expect(r.segments.map((s) => s.length)).toEqual([1, 0, 1])
  })
  it('finds runs without Contents and folds tiny runs into their neighbours', () => {
    const runs = languageRuns([t('en', 300), t('de', 8), t('en', 200), t('ru', 500)])
    expect(runs.map((r) => [r.lang, r.blocks.length])).toEqual([['en', 3], ['ru', 1]])
  })
})

describe('detectLanguage', () => {
  it('decides by script when one candidate has the script', async () => {
    expect(await detectLanguage('Следующий текст', ['en', 'ru', 'zh'])).toMatchObject({ lang: 'ru', by: 'script' })
    expect(await detectLanguage('毛泽东同志', ['en', 'ru', 'zh'])).toMatchObject({ lang: 'zh', by: 'script' })
  })
  it('asks franc between candidates of one script, for text long enough', async () => {
    const de = 'Die Delegation traf am Morgen des dritten März in Warschau ein und wurde vom stellvertretenden Minister empfangen.'
    expect(await detectLanguage(de, ['en', 'de'])).toMatchObject({ lang: 'de', by: 'franc' })
  })
  it('has no language for text without letters', async () => {
    expect(await detectLanguage('0100, 43, 1-4', ['en'])).toBeUndefined()
  })
})
