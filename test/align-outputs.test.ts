// The parallel-text outputs: TMX (well-formed, re-read, one unit per row or per sentence
// row, languages and srclang right, text escaped) and the Markdown parallel table.
import { VFile } from 'vfile'
import { create } from 'xmlbuilder2'
import { describe, expect, it } from 'vitest'
import { unified } from 'unified'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import remarkParse from 'remark-parse'
import type { Root } from 'mdast'
import { alignSections } from '../src/align/align-sections.js'
import { alignSentences } from '../src/align/sentences.js'
import type { Section } from '../src/model/memo.js'
import { tmx } from '../src/writers/tmx.js'
import { parallelTable } from '../src/writers/parallel-table.js'
import { memoOf } from './data/align/check.js'
// @ts-expect-error plain JS helper shared with bench/align.js
import { sampleSections } from './data/align/sample-sections.js'

const sections: Section[] = sampleSections()
const rows = alignSections(sections, new VFile())

function readTmx(xml: string) {
  // Parsing throws on XML that is not well-formed.
  const doc = create(xml).root().node as unknown as Element
  const header = doc.getElementsByTagName('header')[0]
  const units = Array.from(doc.getElementsByTagName('tu')).map((tu) =>
    Array.from(tu.getElementsByTagName('tuv')).map((tuv) => ({
      lang: tuv.getAttribute('xml:lang'),
      seg: tuv.getElementsByTagName('seg')[0].textContent,
    })),
  )
  return { root: doc.nodeName, version: doc.getAttribute('version'), srclang: header.getAttribute('srclang'), segtype: header.getAttribute('segtype'), units }
}

describe('TMX writer', () => {
  it('writes one well-formed unit per alignment row, one tuv per section with text', async () => {
    const xml = await tmx.write(memoOf(sections, rows), {})
    const read = readTmx(xml)
    expect(read.root).toBe('tmx')
    expect(read.version).toBe('1.4')
    expect(read.srclang).toBe('ru')
    expect(read.segtype).toBe('paragraph')
    expect(read.units).toHaveLength(rows.length)
    rows.forEach((row, r) => {
      const expected = sections.filter((s) => row.cells[s.id].length > 0)
      expect(read.units[r].map((u) => u.lang)).toEqual(expected.map((s) => s.lang))
      expected.forEach((s, k) => {
        expect(read.units[r][k].seg).toBe(row.cells[s.id].map((p) => s.paragraphs[p].text).join(' '))
      })
    })
  })

  it('escapes markup and drops characters XML cannot hold', async () => {
    const tricky: Section[] = [
      { id: 'en-translation', label: 'English', role: 'translation', lang: 'en', paragraphs: [{ text: 'A <b> & "c"\u0001 ]]> d', position: sections[0].paragraphs[0].position }] },
      { id: 'ru-original', label: 'Russian', role: 'original', lang: 'ru', paragraphs: [{ text: 'А <б> & «в»', position: sections[2].paragraphs[0].position }] },
    ]
    const xml = await tmx.write(memoOf(tricky, [{ cells: { 'en-translation': [0], 'ru-original': [0] }, confidence: 1 }]), {})
    const read = readTmx(xml)
    expect(read.units[0][0].seg).toBe('A <b> & "c" ]]> d')
    expect(read.units[0][1].seg).toBe('А <б> & «в»')
  })

  it('writes sentence units with granularity sentence', async () => {
    const sentenceAlignment = alignSentences(sections, rows)
    const xml = await tmx.write(memoOf(sections, rows, { sentenceAlignment }), { granularity: 'sentence' })
    const read = readTmx(xml)
    expect(read.segtype).toBe('sentence')
    expect(read.units).toHaveLength(sentenceAlignment.length)
    expect(read.units.length).toBeGreaterThan(rows.length)
    // The Russian sentence with "И.В. Сталиным" stays whole and faces the English one.
    const stalin = read.units.find((u) => u.some((t) => t.lang === 'ru' && t.seg?.includes('Сталиным')))!
    expect(stalin.find((t) => t.lang === 'ru')!.seg).toBe('В этот же период он желал бы встретиться для деловых разговоров с И.В. Сталиным.')
    expect(stalin.find((t) => t.lang === 'en')!.seg).toContain('Stalin')
  })
})

describe('parallel table', () => {
  const table = parallelTable(memoOf(sections, rows))

  it('has one column per section and one row per alignment row, plus the header', () => {
    expect(table.children).toHaveLength(rows.length + 1)
    for (const row of table.children) expect(row.children).toHaveLength(3)
    const header = table.children[0].children.map((c) => (c.children[0] as { value: string }).value)
    expect(header).toEqual(['English Translation', 'Chinese Translation', 'Russian Transcription'])
  })

  it('survives Markdown: pipes escaped, cells read back as written', () => {
    const tricky: Section[] = [
      { id: 'en', label: 'English', role: 'translation', lang: 'en', paragraphs: [{ text: 'a | b *not emphasis*', position: sections[0].paragraphs[0].position }] },
      { id: 'zh', label: '中文', role: 'translation', lang: 'zh', paragraphs: [{ text: '毛 同志｜说', position: sections[1].paragraphs[0].position }] },
    ]
    const t = parallelTable(memoOf(tricky, [{ cells: { en: [0], zh: [0] }, confidence: 1 }]))
    const md = unified().use(remarkGfm).use(remarkStringify).stringify({ type: 'root', children: [t] } as Root)
    const back = unified().use(remarkParse).use(remarkGfm).parse(md) as Root
    const parsed = back.children[0] as typeof t
    expect(parsed.type).toBe('table')
    const text = (k: number) => (parsed.children[1].children[k].children as Array<{ value?: string }>).map((c) => c.value ?? '').join('')
    expect(text(0)).toBe('a | b *not emphasis*')
    expect(text(1)).toBe('毛 同志｜说')
  })
})
