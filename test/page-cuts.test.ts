// Words cut by a page break, and two-column letterheads: what a reader of the output sees.
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { isLetterhead } from '../dist/paragraphs/letterhead.js'
import { processText } from '../dist/process.js'

/** A PDF-export dump with one English and one Russian section. */
function pdfDump(english: string, russian: string): string {
  return [
    'Report on the Harvest',
    '',
    'Citation:',
    '',
    '"Report on the Harvest," May 1, 1951, Archive of Foreign Policy, Russian Federation (AVP RF), f. 1, op. 2, d. 3, ll. 4-5. http://digitalarchive.wilsoncenter.org/document/999001',
    '',
    'Original Language:',
    '',
    'Russian',
    '',
    'Contents:',
    '',
    '- English Translation',
    '- Russian Transcription',
    '',
    english,
    '',
    russian,
    '',
  ].join('\n')
}

async function run(text: string) {
  const file = new VFile({ path: 'cut.txt' })
  const memo = await processText(text, 'cut.txt', file)
  const messages = file.messages.map((m) => `${m.line}:${m.column} ${m.message} ${m.source}/${m.ruleId}`)
  return { memo, messages }
}

const ENGLISH = 'The harvest in the northern provinces was good this year, and the grain was brought in before the rains came in the autumn of that year.'

describe('words cut by a page break', () => {
  it('joins a Russian word whose pieces stand after a marker, and says where', async () => {
    const russian = 'Урожай в северных провинциях в этом году был хорошим, и зерно собрали до дождей на юге // Ки тая и в других местах.'
    const { memo, messages } = await run(pdfDump(ENGLISH, russian))
    const ru = memo.sections.find((s) => s.lang === 'ru')!
    expect(ru.paragraphs[0].text).toContain('на юге Китая и в')
    expect(messages.filter((m) => m.includes('paragraphs/broken-word'))).toEqual([
      '18:91 joined “Ки тая” into “Китая”, a word cut by a page break (line 18) paragraphs/broken-word',
    ])
    // the page break is still recorded, before the joined word
    expect(ru.paragraphs[0].pageBreaks).toEqual([ru.paragraphs[0].text.indexOf('Китая')])
  })

  it('joins an English word cut the same way', async () => {
    const english = 'The harvest in the northern provinces was good this year, and the govern // ment was pleased with the grain brought in before the rains.'
    const { memo, messages } = await run(pdfDump(english, 'Урожай был хорошим.'))
    expect(memo.sections[0].paragraphs[0].text).toContain('and the government was pleased')
    expect(messages.some((m) => m.includes('“govern ment” into “government”'))).toBe(true)
  })

  it('leaves two real words alone, and pieces that make no word', async () => {
    const russian = 'Урожай в северных провинциях в этом году был хорошим, и зерно собрали // до дождей, а кла тыр остались.'
    const { memo, messages } = await run(pdfDump(ENGLISH, russian))
    const ru = memo.sections.find((s) => s.lang === 'ru')!
    expect(ru.paragraphs[0].text).toContain('собрали до дождей, а кла тыр')
    expect(messages.some((m) => m.includes('broken-word'))).toBe(false)
  })

  it('looks at nothing away from a page break', async () => {
    const russian = 'Урожай в северных провинциях на юге Ки тая в этом году был хорошим, и зерно собрали до дождей.'
    const { memo } = await run(pdfDump(ENGLISH, russian))
    expect(memo.sections.find((s) => s.lang === 'ru')!.paragraphs[0].text).toContain('Ки тая')
  })
})

describe('two-column letterheads', () => {
  it('keeps each line of the letterhead as its own paragraph', async () => {
    const english = `FROM THE NOTEBOOK OF Confidential\nPETROV A.A. Copy No.3\n\n${ENGLISH}`
    const { memo, messages } = await run(pdfDump(english, 'Урожай был хорошим.'))
    expect(memo.sections[0].paragraphs.slice(0, 2).map((p) => p.text)).toEqual(['FROM THE NOTEBOOK OF Confidential', 'PETROV A.A. Copy No.3'])
    expect(messages.some((m) => m.includes('paragraphs/letterhead'))).toBe(true)
  })

  it.each([
    [['FROM THE DIARY OF Secret', 'ROSHCHIN N.V. Copy No.2'], true],
    [['ИЗ ДНЕВНИКА Секретно', 'Н.В. РОЩИНА Экз. №2'], true],
    // a heading wrapped over two lines is one heading
    [['MEMORANDUM OF CONVERSATION WITH THE CHAIRMAN OF THE CENTRAL', 'GOVERNMENT OF THE PEOPLE\'S REPUBLIC'], false],
    // a sentence wrapped over two lines
    [['The Ambassador said that the', 'Minister would come on Monday'], false],
    // one line is not a two-column block
    [['FROM THE DIARY OF Secret'], false],
  ])('%j is a letterhead: %s', (lines, expected) => {
    expect(isLetterhead(lines)).toBe(expected)
  })
})
