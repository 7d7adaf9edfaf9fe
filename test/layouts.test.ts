// The dump layouts (detection, forcing, the web layouts' header and footer fields) and the
// body cleaning that page chrome needs (footnotes, page markers, letter spacing, ordinals,
// telegram heads and speaker turns), plus language stretches inside one script.
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { detectLayout, layouts } from '../dist/layouts/index.js'
import { toSource } from '../dist/model/source.js'
import { processBytes } from '../dist/process.js'
import { bodyBlocks } from '../dist/paragraphs/clean-body.js'
import { takeNotes, linkNotes } from '../dist/paragraphs/footnotes.js'
import { joinLetterSpacing, PLAIN_LETTER_OR_DIGIT, SCRIPT_LETTER, SPACED_LETTER } from '../dist/paragraphs/letter-spacing.js'
import { rejoinOrdinals } from '../dist/paragraphs/ordinals.js'
import { isPageMarker, splitsParagraph } from '../dist/paragraphs/page-markers.js'
import { isSpeakerTurn, isTelegramHeader } from '../dist/paragraphs/turns.js'
import { toBlocks } from '../dist/paragraphs/to-blocks.js'
import { detectBlockLanguages } from '../dist/language/detect-language.js'
import { fixtureInput } from './helpers/fixtures.js'

const lines = (text: string) => toSource(text, 'test.txt').lines
const run = async (text: string, layout?: string) => processBytes(new TextEncoder().encode(text), 'test.txt', layout ? { layout } : {})
const rules = (file: VFile) => file.messages.map((m) => `${m.source}/${m.ruleId}`)

const SITE_FOOTER = ['Author(s):', 'Kim, Il-su', 'Associated Topics', 'Trade', 'Document Information', 'Record ID', '4242'].join('\n')

describe('layout detection', () => {
  it.each([
    ['wilson-110404', 'wilson-pdf'],
    ['site-cable', 'wilson-site'],
    ['site-lines-original-first', 'wilson-site'],
    ['web-2013-search', 'wilson-web-2013'],
    ['web-2013-variant-chrome', 'wilson-web-2013'],
    ['web-2012-letter', 'wilson-web-2012'],
    ['unknown-telegram', 'generic'],
    ['no-header', 'generic'],
  ])('fixture %s is read as %s', (name, layout) => {
    const source = toSource(fixtureInput(name).toString('utf8'), 'input.txt')
    expect(detectLayout(source).name).toBe(layout)
  })

  it('keeps the generic reader last, so every other layout gets its chance', () => {
    expect(layouts[layouts.length - 1].name).toBe('generic')
  })

  it("reads a page of the current site whose cable has its own Contents: line as layout D, the line as text", async () => {
    const text = ['July 9, 1962', 'A Cable', '', 'Contents:', 'the harvest and the railway', '', 'The harvest is late this year in every province of the north.', '', SITE_FOOTER].join('\n')
    const { memo } = await run(text)
    expect(memo!.layout).toBe('wilson-site')
    expect(memo!.contents).toEqual([])
    expect(memo!.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toContain('Contents:')
  })

  it('--layout forces a layout, and an unknown name is a fatal error', async () => {
    const text = fixtureInput('site-cable').toString('utf8')
    const forced = await run(text, 'generic')
    expect(forced.memo!.layout).toBe('generic')
    const bad = await run(text, 'no-such-layout')
    expect(bad.memo).toBeUndefined()
    expect(bad.file.messages.some((m) => m.fatal)).toBe(true)
  })

  it('reads a dump of unknown layout without failing, with a warning', async () => {
    const { memo, file } = await run('Some notes\nwritten by hand\n\nthat follow no layout at all.\n')
    expect(memo!.layout).toBe('generic')
    expect(rules(file)).toContain('layout/no-header')
  })
})

describe('layout D footer', () => {
  const footerPage = [
    'Skip to content',
    '1955',
    'A Note on Shipping',
    'The ship will leave on Monday with the cargo agreed in March, weather permitting.',
    'The ministry reports on the sailing dates of the ships of the northern line.',
    'Associated Places',
    'Hanoi (Vietnam)',
    'Document Information',
    'RGANI, f. 5, op. 30, d. 1, l. 2. Translated by Anna Berg.',
    'Russian State Archive of Contemporary History',
    'Reuse of this document is welcome for research purposes.',
    'May 2, 2019',
    '777',
  ]

  it('tells unlabelled Document Information values apart by shape', async () => {
    const text = footerPage.join('\n')
    const { memo, file } = await run(text)
    expect(memo).toMatchObject({
      layout: 'wilson-site',
      id: 'wilson-777',
      record: {
        csl: { issued: { 'date-parts': [[1955]] }, archive: 'Russian State Archive of Contemporary History (RGANI)' },
        citation: 'RGANI, f. 5, op. 30, d. 1, l. 2. Translated by Anna Berg.',
        rights: 'Reuse of this document is welcome for research purposes.',
        uploaded: '2019-05-02',
        documentNumber: '777',
        places: ['Hanoi (Vietnam)'],
      },
    })
    expect(memo!.record.csl.abstract).toBe('The ministry reports on the sailing dates of the ships of the northern line.')
    expect(memo!.record.csl.translator).toEqual([{ family: 'Berg', given: 'Anna' }])
    // the Original Archive names the Source's archive without its abbreviation: nothing to say
    expect(rules(file)).not.toContain('header/original-archive')
  })

  it('keeps the Source\'s archive when the Original Archive names another, and says so', async () => {
    const text = footerPage.map((l) => (l === 'Russian State Archive of Contemporary History' ? 'Archive of the President of the Russian Federation' : l)).join('\n')
    const { memo, file } = await run(text)
    expect(memo!.record.csl.archive).toBe('Russian State Archive of Contemporary History (RGANI)')
    expect(file.messages.find((m) => m.ruleId === 'original-archive')?.reason).toContain('"Archive of the President of the Russian Federation"')
  })

  it('records an empty label without inventing a value, and keeps topics as CSL keywords', async () => {
    const text = ['July 9, 1962', 'A Cable', 'The harvest is late this year in every province of the north.', 'Author(s):', 'Associated Topics', 'Trade', 'Railways, Chinese', 'Record ID', '12'].join('\n')
    const { memo, file } = await run(text)
    expect(memo!.record.csl.author).toBeUndefined()
    expect(memo!.record.topics).toEqual(['Trade', 'Railways, Chinese'])
    expect(memo!.record.csl.keyword).toBe('Trade, Railways, Chinese')
    expect(file.messages.some((m) => m.ruleId === 'missing-field' && /Author/.test(m.reason))).toBe(true)
  })

  it('writes a person "Family, Given" and a body whole', async () => {
    const text = ['July 9, 1962', 'A Cable', 'The harvest is late.', 'Author(s):', 'Puzanov, Aleksandr', 'Soviet Embassy in Pyongyang', 'Record ID', '12'].join('\n')
    const { memo } = await run(text)
    expect(memo!.record.csl.author).toEqual([{ family: 'Puzanov', given: 'Aleksandr' }, { literal: 'Soviet Embassy in Pyongyang' }])
  })
})

describe('page markers', () => {
  it.each(['(p. 1)', '(p.12)', '(pp. 3-4)', '[p. 2]', '  (P. 7)  '])('%s is a page marker', (t) => expect(isPageMarker(t)).toBe(true))
  it.each(['(p. 1) The text', 'see (p. 4)', '(page one)', '(1)'])('%s is not', (t) => expect(isPageMarker(t)).toBe(false))

  it('joins a paragraph a marker split and records the break where the new page starts', () => {
    const body = lines('He asked whether the shipment could travel by the\n(p. 2)\nrailway through China.\n(p. 3)\nA new paragraph.')
    const { blocks } = bodyBlocks(body, 'lines', new VFile())
    expect(blocks.map((b) => b.text)).toEqual(['He asked whether the shipment could travel by the railway through China.', 'A new paragraph.'])
    expect(blocks[0].text.slice(blocks[0].pageBreaks[0])).toBe('railway through China.')
  })

  it.each([
    ['a sentence that runs on past the end of the page without a full stop', 'and goes on', true],
    ['A full sentence that ends properly at the very end of the page here.', 'Next one.', false],
    ['Ambassador', 'The next paragraph.', false],
  ])('splitsParagraph(%j, %j) is %s', (before, after, expected) => expect(splitsParagraph(before, after)).toBe(expected))
})

describe('footnotes', () => {
  it('takes the notes at the end out of the body, keeps the markers, and links them', () => {
    const body = lines(['The talks began.[1] They ended late.[2]', '', '____', '[1] On 3 May.', '[2]', 'After midnight.'].join('\n'))
    const { lines: rest, notes } = takeNotes(body, 'lines')
    expect(notes.map((n) => [n.label, n.text])).toEqual([
      ['1', 'On 3 May.'],
      ['2', 'After midnight.'],
    ])
    expect(rest.filter((l) => l.text.trim()).map((l) => l.text)).toEqual(['The talks began.[1] They ended late.[2]'])
    const blocks = toBlocks(rest)
    const linked = linkNotes(notes, [{ id: 'en', paragraphs: blocks.map((b) => ({ text: b.text, position: b.position })) }])
    expect(linked.map((n) => n.refs)).toEqual([[{ section: 'en', paragraph: 0 }], [{ section: 'en', paragraph: 0 }]])
  })

  it('leaves a numbered line alone when no marker in the text cites it', () => {
    const body = lines('The list follows.\n\n[1] first item\n[2] second item')
    expect(takeNotes(body, 'lines').notes).toEqual([])
  })

  it('takes a note that follows the paragraph citing it, and the next one after the next paragraph', () => {
    const body = lines(['The talks began on Monday.[1]', '[1] At the ministry.', 'They went on until Friday.[2]', '[2] With a break on Wednesday.', 'Both sides signed the protocol.'].join('\n'))
    const { lines: rest, notes } = takeNotes(body, 'lines')
    expect(notes.map((n) => [n.label, n.text])).toEqual([['1', 'At the ministry.'], ['2', 'With a break on Wednesday.']])
    const kept = rest.filter((l) => l.text.trim())
    expect(kept.map((l) => l.text)).toEqual(['The talks began on Monday.[1]', 'They went on until Friday.[2]', 'Both sides signed the protocol.'])
    const linked = linkNotes(notes, [{ id: 'en', paragraphs: toBlocks(rest).map((b) => ({ text: b.text, position: b.position })) }])
    expect(linked.map((n) => n.refs)).toEqual([[{ section: 'en', paragraph: 0 }], [{ section: 'en', paragraph: 1 }]])
  })

  it('links digits glued to words ("Ivanov.1", "ТАСС2") to the numbered notes closing the text, leaving years and "No.2" alone', () => {
    const body = lines(['Copy No.2', '', 'The minister met Ivanov.1 in 1956 and read an item of ТАСС2 aloud.', '', '1 Deputy minister.', '', '2 The telegraph agency.'].join('\n'))
    const { lines: rest, notes } = takeNotes(body, 'lines')
    expect(notes.map((n) => [n.label, n.text])).toEqual([['1', 'Deputy minister.'], ['2', 'The telegraph agency.']])
    expect(rest.filter((l) => l.text.trim()).map((l) => l.text)).toEqual(['Copy No.2', 'The minister met Ivanov.[1] in 1956 and read an item of ТАСС[2] aloud.'])
  })

  it('leaves glued digits and numbered lines alone when they do not run in order to the end', () => {
    for (const text of [
      // the second note is never cited
      'The minister met Ivanov.1 at noon.\n\n1 Deputy minister.\n\n2 The telegraph agency.',
      // cited out of order
      'An item of ТАСС2 and a word from Ivanov.1 at noon.\n\n1 Deputy minister.\n\n2 The telegraph agency.',
      // a numbered list with text after it
      'The points were these.1\n\n1 Trade.\n\n2 Transit.\n\nThe talks ended at six.',
    ]) {
      const body = lines(text)
      const { lines: rest, notes } = takeNotes(body, 'lines')
      expect(notes, text).toEqual([])
      expect(rest.map((l) => l.text), text).toEqual(body.map((l) => l.text))
    }
  })

  it('keeps a wrapped note together in a wrapped dump', () => {
    const body = lines('Text with a note.[1]\n\n[1] A note that wraps\nonto a second line.')
    expect(takeNotes(body, 'wrapped').notes.map((n) => n.text)).toEqual(['A note that wraps onto a second line.'])
  })
})

const block = (text: string) => toBlocks(lines(text))

describe('letter spacing', () => {
  it.each([
    ['M e m o r a n d u m', 'Memorandum'],
    ['M e m o r a n d u m   o f   t h e   M e e t i n g', 'Memorandum of the Meeting'],
    ['З а п и с ь   б е с е д ы', 'Запись беседы'],
    ['Top secret. M E M O R A N D U M follows', 'Top secret. MEMORANDUM follows'],
  ])('%s → %s', (text, expected) => expect(joinLetterSpacing(block(text)[0]).text).toBe(expected))

  it.each(['и в то же время', 'a b c', '毛 同 志 说', 'Section A B C'])('leaves %s as it is', (text) => expect(joinLetterSpacing(block(text)[0]).text).toBe(text))

  it("rules out a block only when SPACED cannot match it: its classes cover SPACED's", () => {
    const scriptLetter = new RegExp(`^${SCRIPT_LETTER}$`, 'u')
    const letterOrNumber = /^[\p{L}\p{N}]$/u
    const spacedLetter = new RegExp(`^${SPACED_LETTER}$`)
    const plain = new RegExp(`^${PLAIN_LETTER_OR_DIGIT}$`)
    const missed: number[] = []
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue
      const ch = String.fromCodePoint(cp)
      if (scriptLetter.test(ch) && !spacedLetter.test(ch)) missed.push(cp)
      if (plain.test(ch) && !letterOrNumber.test(ch)) missed.push(cp)
    }
    expect(missed).toEqual([])
  })

  it('moves a page break that follows the closed-up word', () => {
    const [b] = block('M e m o r a n d u m // of the meeting')
    const fixed = joinLetterSpacing(b)
    expect(fixed.text.slice(fixed.pageBreaks[0])).toBe('of the meeting')
  })
})

describe('ordinals', () => {
  it('rejoins a suffix pushed onto its own line, within a block and across blocks', () => {
    expect(rejoinOrdinals(block('the deputy head of the 1\nst Main Directorate')).map((b) => b.text)).toEqual(['the deputy head of the 1st Main Directorate'])
    expect(rejoinOrdinals(block('the head of the 2\n\nnd Department')).map((b) => b.text)).toEqual(['the head of the 2nd Department'])
  })
  it('leaves words starting with the letters alone', () => {
    expect(rejoinOrdinals(block('In 1950\nstudents came.')).map((b) => b.text)).toEqual(['In 1950 students came.'])
  })
})

describe('telegram heads and speaker turns', () => {
  it.each(['FROM: Beijing', 'TO: Moscow', 'Sent by wire on 3 May', 'No. 611', '№ 45'])('%s is a telegram head', (t) => expect(isTelegramHeader(t)).toBe(true))
  it.each(['From the diary of Roshchin', 'Nothing else.', 'No. 611 was sent late'])('%s is not', (t) => expect(isTelegramHeader(t)).toBe(false))
  it.each(['Comrade Mielke: we agree.', 'Kim Il Sung: Yes.', 'Mao:'])('%s is a speaker turn', (t) => expect(isSpeakerTurn(t)).toBe(true))
  it.each(['At 10:30 they met.', 'the comrade said: yes', 'Comrade Mielke said that'])('%s is not', (t) => expect(isSpeakerTurn(t)).toBe(false))

  it('keeps them as paragraphs of their own in a wrapped dump', () => {
    const body = lines('FROM: Beijing\nTO: Moscow\nThe talks went well and\nended late.\nComrade Chen: we agree\nto the plan.')
    const { blocks } = bodyBlocks(body, 'wrapped', new VFile())
    expect(blocks.map((b) => b.text)).toEqual(['FROM: Beijing', 'TO: Moscow', 'The talks went well and ended late.', 'Comrade Chen: we agree to the plan.'])
  })

  it('treats a line holding only a no-break space as a paragraph break, never as text', () => {
    const { blocks } = bodyBlocks(lines('First line.\n\u00a0\nSecond line.'), 'wrapped', new VFile())
    expect(blocks.map((b) => b.text)).toEqual(['First line.', 'Second line.'])
  })
})

describe('language stretches in one script', () => {
  const de = ['Genosse Mielke begrüßte die Gäste und sagte, dass die Zusammenarbeit zwischen den Ministerien gut gewesen sei.', 'Die polnischen Genossen berichteten über die Lage in den Betrieben an der Küste und über die Stimmung.']
  const en = ['Comrade Mielke welcomed the guests and said that the cooperation between the ministries had been good.', 'The Polish comrades reported on the situation in the factories on the coast and on the mood of the workers.']

  it('splits a German original and its English translation run on with no marker', async () => {
    const detected = await detectBlockLanguages([...de, ...en], [])
    expect(detected.map((d) => d?.lang)).toEqual(['de', 'de', 'en', 'en'])
  })

  it('finds them when the translation comes first, too', async () => {
    const detected = await detectBlockLanguages([...en, ...de], [])
    expect(detected.map((d) => d?.lang)).toEqual(['en', 'en', 'de', 'de'])
  })

  it('does not split on one stray block', async () => {
    const detected = await detectBlockLanguages([en[0], de[0], en[1]], [])
    expect(new Set(detected.map((d) => d?.lang)).size).toBe(1)
  })
})

describe('section roles are claimed only where the dump says them', () => {
  const zh = '代表团于三月三日上午抵达华沙，副部长在车站迎接。会谈当天下午开始，持续了四个小时。双方同意在月底前签署来年的贸易议定书。'
  const ru = 'Делегация прибыла в Варшаву утром 3 марта и была встречена на вокзале заместителем министра. Переговоры начались в тот же день и продолжались четыре часа. Обе стороны согласились, что торговый протокол на следующий год должен быть подписан до конца месяца, а вопрос о кредитах будет рассмотрен отдельно.'
  const en = 'The delegation arrived in Warsaw on the morning of 3 March and was met at the station by the deputy minister. The talks began that day.'

  it('a dump without a header: the sections are named by language, claim no role, and an info says so', async () => {
    const { memo, file } = await run(`${zh}\n\n${ru}\n`)
    expect(memo!.sections.map((s) => [s.label, s.role, s.id])).toEqual([['Chinese', 'text', 'zh-text'], ['Russian', 'text', 'ru-text']])
    expect(rules(file)).toContain('sections/no-original')
  })

  it('a page that credits a translator: English is the translation, the one other language its original', async () => {
    const text = ['Skip to content', 'March 3, 1955', 'A Record of the Talks in Warsaw', en, ru, 'Document Information', 'RGANI, f. 5, op. 30, d. 1, l. 2. Translated by Anna Berg.', 'Record ID', '779'].join('\n')
    const { memo, file } = await run(text)
    expect(memo!.sections.map((s) => [s.label, s.role, s.id])).toEqual([['English Translation', 'translation', 'en-translation'], ['Russian Original', 'original', 'ru-original']])
    expect(rules(file)).not.toContain('sections/no-original')
  })
})

describe('the current site: the summary found by its place and shape', () => {
  const head = ['Skip to content', 'May 5, 1959', 'Record of a Talk between the Czechoslovak Ambassador and Premier Tsedenbal on Wool Exports', '']
  const body = [
    'The premier received me at my request. I passed on the reply of our government about the wool contract.',
    '',
    'The premier said that the herds had grown by a tenth since last spring and that the cooperatives could deliver more wool in the autumn.',
    '',
  ]
  const footer = ['Document Information', 'Source', 'AMZV, f. 12, op. 3, d. 4, l. 9.', 'Record ID', '500100']
  const summaryOf = async (last: string, withFooter = true) => {
    const { memo } = await run([...head, ...body, last, '', ...(withFooter ? footer : [])].join('\n'))
    return { summary: memo!.record.csl.abstract, paragraphs: memo!.sections.flatMap((s) => s.paragraphs.map((p) => p.text)) }
  }

  it('takes a noun phrase before the footer that names what the title names', async () => {
    const last = "Premier Tsedenbal's remarks to the Czechoslovak ambassador on wool exports and the growth of the herds"
    const got = await summaryOf(last)
    expect(got.summary).toBe(last)
    expect(got.paragraphs).not.toContain(last)
  })

  it('takes a sentence in the third person without any reporting verb', async () => {
    const last = 'A talk with the Mongolian premier on larger wool deliveries in the autumn after a good year for the herds.'
    expect((await summaryOf(last)).summary).toBe(last)
  })

  it('never takes a line cut off in mid-word, a first-person closing or a signature', async () => {
    for (const last of ['The ambassador considers it necessary to raise the question of the - for t', 'I asked him to send us the figures for the autumn before the end of the month.', 'AMBASSADOR OF THE CZECHOSLOVAK REPUBLIC']) {
      const got = await summaryOf(last)
      expect(got.summary, last).toBeUndefined()
      expect(got.paragraphs, last).toContain(last)
    }
  })

  it('gives an excerpt saved without its footer no summary', async () => {
    const last = 'The Czechoslovak ambassador and Premier Tsedenbal discuss wool exports and the growth of the herds.'
    const got = await summaryOf(last, false)
    expect(got.summary).toBeUndefined()
    expect(got.paragraphs).toContain(last)
  })
})

describe('layout detection by the evidence of the whole page', () => {
  it('reads a current-site page without "Skip to content" and without a footer by its date, title and support line', async () => {
    const text = ['June 1, 1960', 'Note on the Visit of a Trade Delegation', 'This document was made possible with support from the Leon Levy Foundation', 'The delegation arrived on Monday and was met at the station.'].join('\n')
    const { memo } = await run(text)
    expect(memo!.layout).toBe('wilson-site')
    expect(memo!.record.csl.title).toBe('Note on the Visit of a Trade Delegation')
    expect(memo!.record.funding).toBe('the Leon Levy Foundation')
    expect(memo!.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual(['The delegation arrived on Monday and was met at the station.'])
  })

  it('leaves a date and a title alone to the generic reader', async () => {
    const { memo } = await run(['June 1, 1960', 'Note on the Visit of a Trade Delegation', '', 'The delegation arrived on Monday.'].join('\n'))
    expect(memo!.layout).toBe('generic')
  })

  it('records the footer\'s Type as the CSL genre and its Language as the original language, without upload-date noise', async () => {
    const text = ['Skip to content', 'June 1, 1960', 'Note on the Visit of a Trade Delegation', '', 'The delegation arrived on Monday and was met at the station.', '', 'Document Information', 'Type', 'Report', 'Language', 'Czech', 'Original Uploaded Date', 'March 2, 2021', 'Record ID', '500101'].join('\n')
    const { memo, file } = await run(text)
    expect(memo!.record.csl.genre).toBe('Report')
    expect(memo!.record.originalLanguage).toBe('cs')
    expect(memo!.record.uploaded).toBe('2021-03-02')
    expect(rules(file)).not.toContain('header/bad-date')
    expect(memo!.sections.map((s) => s.lang)).toEqual(['en'])
  })
})
