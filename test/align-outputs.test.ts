// The parallel-text outputs: TMX (well-formed, re-read, one unit per row or per sentence
// row that pairs the source language, languages and srclang right, text escaped) and the Markdown parallel table.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { create } from 'xmlbuilder2'
import { describe, expect, it } from 'vitest'
import { unified } from 'unified'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import remarkParse from 'remark-parse'
import type { Root, Table } from 'mdast'
import stringWidth from 'string-width'
import { alignSections } from '../src/align/align-sections.js'
import { alignSentences } from '../src/align/sentences.js'
import type { Section } from '../src/model/memo.js'
import { tmx } from '../src/writers/tmx.js'
import { markdown } from '../src/writers/markdown.js'
import { parallelTable } from '../src/writers/parallel-table.js'
import { memoOf } from './data/align/check.js'
import { fixturesDir } from './helpers/fixtures.js'
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
  const note = header.getElementsByTagName('note')[0]?.textContent ?? undefined
  return { root: doc.nodeName, version: doc.getAttribute('version'), srclang: header.getAttribute('srclang'), segtype: header.getAttribute('segtype'), note, units }
}

/** The rows a translation memory keeps: a Russian segment (srclang) and something to pair it with. */
const pairsRussian = (cells: Record<string, unknown[]>) => {
  const filled = Object.keys(cells).filter((id) => cells[id].length > 0)
  return filled.length > 1 && filled.some((id) => sections.find((s) => s.id === id)!.lang === 'ru')
}

describe('TMX writer', () => {
  it('writes one well-formed unit per alignment row that pairs the source language, one tuv per section with text', async () => {
    const xml = await tmx.write(memoOf(sections, rows), {})
    const read = readTmx(xml)
    expect(read.root).toBe('tmx')
    expect(read.version).toBe('1.4')
    expect(read.srclang).toBe('ru')
    expect(read.segtype).toBe('paragraph')
    const kept = rows.filter((row) => pairsRussian(row.cells))
    expect(kept.length).toBeGreaterThan(rows.length / 2)
    expect(read.units).toHaveLength(kept.length)
    // every unit holds a segment in srclang, and the header counts the rows left out
    for (const unit of read.units) expect(unit.map((u) => u.lang)).toContain('ru')
    expect(read.note).toBe(`${rows.length - kept.length} of ${rows.length} aligned rows are left out: they hold no ru segment or nothing to pair it with.`)
    kept.forEach((row, r) => {
      // the source segment first, then the others in document order
      const filled = sections.filter((s) => row.cells[s.id].length > 0)
      const expected = [...filled.filter((s) => s.lang === 'ru'), ...filled.filter((s) => s.lang !== 'ru')]
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
    expect(read.units[0].find((u) => u.lang === 'en')!.seg).toBe('A <b> & "c" ]]> d')
    expect(read.units[0].find((u) => u.lang === 'ru')!.seg).toBe('А <б> & «в»')
  })

  it('writes sentence units with granularity sentence', async () => {
    const sentenceAlignment = alignSentences(sections, rows)
    const xml = await tmx.write(memoOf(sections, rows, { sentenceAlignment }), { granularity: 'sentence' })
    const read = readTmx(xml)
    expect(read.segtype).toBe('sentence')
    expect(read.units).toHaveLength(sentenceAlignment.filter((row) => pairsRussian(row.cells)).length)
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

describe('parallel Markdown (--parallel)', () => {
  const position = sections[0].paragraphs[0].position
  const para = (text: string) => ({ text, position })
  const parse = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md) as Root
  const tableOf = (md: string) => parse(md).children.find((n) => n.type === 'table') as Table

  it('keeps the paragraph boundaries of a merged row as <br>, read back between the paragraphs', async () => {
    const merged: Section[] = [
      { id: 'en', label: 'English', role: 'translation', lang: 'en', paragraphs: [para('First paragraph.'), para('Second paragraph.')] },
      { id: 'ru', label: 'Russian', role: 'original', lang: 'ru', paragraphs: [para('Один абзац.')] },
    ]
    const md = await markdown.write(memoOf(merged, [{ cells: { en: [0, 1], ru: [0] }, confidence: 1 }]), { parallel: true })
    const cell = tableOf(md).children[1].children[0]
    expect(cell.children.map((n) => [n.type, (n as { value: string }).value])).toEqual([['text', 'First paragraph.'], ['html', '<br>'], ['text', 'Second paragraph.']])
  })

  it('pads a table of short cells so its pipes line up, and not a table of paragraphs', async () => {
    const short: Section[] = [
      { id: 'en', label: 'English', role: 'translation', lang: 'en', paragraphs: [para('Yes.'), para('Moscow, 1 January')] },
      { id: 'zh', label: '中文', role: 'translation', lang: 'zh', paragraphs: [para('是。'), para('莫斯科，一月一日')] },
    ]
    const rowsOf = (md: string) => md.split('\n').filter((l) => l.startsWith('|'))
    const small = rowsOf(await markdown.write(memoOf(short, [{ cells: { en: [0], zh: [0] }, confidence: 1 }, { cells: { en: [1], zh: [1] }, confidence: 1 }]), { parallel: true }))
    // the same display width (a Han character takes two columns), so the pipes line up
    expect(new Set(small.map((l) => stringWidth(l))).size).toBe(1)
    expect(small[1]).toBe('| ----------------- | ---------------- |')

    const sample = await markdown.write(memoOf(sections, rows), { parallel: true })
    const lines = rowsOf(sample)
    expect(lines).toHaveLength(rows.length + 2)
    // one space each side of every cell, no padding: the delimiter row is the shortest form
    expect(lines[1]).toBe('| - | - | - |')
    for (const line of lines) expect(line).not.toMatch(/ {2}\|/u)
    // every paragraph of every section is there, in a row of its own or with a <br>
    const cells = tableOf(sample).children.slice(1).flatMap((row) => row.children)
    const texts = cells.flatMap((c) => c.children.filter((n) => n.type === 'text').map((n) => (n as { value: string }).value))
    expect(texts.length).toBe(sections.reduce((n, s) => n + s.paragraphs.length, 0))
  })
})

describe('TMX read by translate-toolkit (Debian python3-translate), as translation tools read it', () => {
  // translate-toolkit takes a unit's first tuv as its source: every unit must open with the
  // original (srclang) and hold a translation of it.
  const python = '/usr/bin/python3'
  const has = spawnSync(python, ['-c', 'import translate.storage.tmx'], { encoding: 'utf8' }).status === 0
  if (!has) console.warn('python3-translate is not installed (Debian package "python3-translate"); the TMX read-back is skipped. .ci/run installs it.')
  it.skipIf(!has).each(['memo.tmx', 'memo.sentence.tmx'])('fixture wilson-110404 %s: every unit has the Russian source and a target', (name) => {
    const script = [
      'import sys, json',
      'from translate.storage import tmx',
      "store = tmx.tmxfile(open(sys.argv[1], 'rb'))",
      "print(json.dumps([[u.source, u.target] for u in store.units], ensure_ascii=False))",
    ].join('\n')
    const r = spawnSync(python, ['-c', script, join(fixturesDir, 'wilson-110404', name)], { encoding: 'utf8' })
    expect(r.status, r.stderr).toBe(0)
    const units = JSON.parse(r.stdout) as [string, string][]
    expect(units.length).toBeGreaterThan(10)
    for (const [source, target] of units) {
      expect(source).toMatch(/\p{Script=Cyrillic}/u)
      expect(target.trim()).not.toBe('')
    }
  })
})
