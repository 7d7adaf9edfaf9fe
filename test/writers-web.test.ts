// What the writers show of the web layouts' extra facts (layout D's footer blocks): the
// sender as author, the topics as keywords, people, places, the funding line and the
// footnotes. Checked the way a user would: the RIS lines and the .bib fields as written,
// the Markdown parsed back with remark-gfm, and the sample's outputs left as they were.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseRis } from 'astrocite-ris'
import type { FootnoteDefinition, FootnoteReference, Paragraph, Root, Table, Yaml } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import type { CslItem } from '../src/model/csl.js'
import type { Memo, Note } from '../src/model/memo.js'
import { biblatex } from '../src/writers/biblatex.js'
import { bibtex } from '../src/writers/bibtex.js'
import { csl } from '../src/writers/csl.js'
import { writers } from '../src/writers/index.js'
import { markdown } from '../src/writers/markdown.js'
import { ris } from '../src/writers/ris.js'
import { translatorWarnings } from './helpers/biber.js'
import { memoOfFixture } from './helpers/citation-memo.js'
import { fixturesDir } from './helpers/fixtures.js'

const has = (tool: string) => spawnSync(tool, ['--version'], { encoding: 'utf8' }).status === 0
const hasPandoc = has('pandoc')
const hasBiber = has('biber')

function parseMd(md: string): Root {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(md) as Root
}

function frontOf(tree: Root): Record<string, unknown> {
  const yaml = tree.children[0] as Yaml
  expect(yaml.type).toBe('yaml')
  return parseYaml(yaml.value) as Record<string, unknown>
}

/** Every node of a type below `tree`, in document order. */
function nodes<T extends { type: string }>(tree: { children?: unknown[] }, type: T['type']): T[] {
  const out: T[] = []
  const walk = (node: { type?: string; children?: unknown[] }) => {
    if (node.type === type) out.push(node as T)
    for (const child of node.children ?? []) walk(child as { type?: string; children?: unknown[] })
  }
  walk(tree)
  return out
}

const span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }

function memo(over: Partial<Memo> = {}): Memo {
  return {
    schemaVersion: 2,
    id: 'wilson-300001',
    layout: 'test',
    record: { csl: { id: 'wilson-300001', type: 'manuscript', title: 'Cable on the 50% Question', issued: { 'date-parts': [[1962, 7, 9]] } } },
    contents: [],
    sections: [],
    alignment: [],
    diagnostics: [],
    ...over,
  }
}

describe('a layout D page (fixture site-cable): the sender and the topics in every bibliography', async () => {
  const m = await memoOfFixture('site-cable')

  it('has the facts the checks below are about', () => {
    expect(m.record.csl.author).toEqual([{ literal: 'Hungarian Embassy in Hanoi' }])
    expect(m.record.topics).toEqual(['Floods', 'Agriculture', 'Foreign aid'])
  })

  it('RIS: one AU line per author and one KW line per topic, every line a tag line', async () => {
    const text = await ris.write(m, {})
    const lines = text.split('\n').filter(Boolean)
    expect(lines.filter((l) => l.startsWith('AU  - '))).toEqual(['AU  - Hungarian Embassy in Hanoi'])
    expect(lines.filter((l) => l.startsWith('KW  - '))).toEqual(['KW  - Floods', 'KW  - Agriculture', 'KW  - Foreign aid'])
    // nothing wrapped: a continuation line would not start with a tag
    for (const l of lines) expect(l).toMatch(/^[A-Z][A-Z0-9] {2}- /u)
    // AU comes before the translator (A4), as Zotero's export orders them
    expect(lines.findIndex((l) => l.startsWith('AU'))).toBeLessThan(lines.findIndex((l) => l.startsWith('A4')))
  })

  it('RIS: astrocite reads the KW lines back as the topics, whole', async () => {
    const [back] = parseRis(await ris.write(m, {})) as (CslItem & { keyword?: string[] })[]
    expect(back.keyword).toEqual(m.record.topics)
  })

  it('BibTeX and BibLaTeX: author (a name kept whole is braced) and comma-separated keywords', async () => {
    for (const writer of [bibtex, biblatex]) {
      const out = await writer.write(m, {})
      expect(out).toMatch(/^ {2}author {7}= \{\{Hungarian Embassy in Hanoi\}\},$/mu)
      expect(out).toMatch(/^ {2}keywords {5}= \{Floods, Agriculture, Foreign aid\},$/mu)
    }
  })

  it('CSL-JSON: author and keyword come through from the record', async () => {
    const [item] = JSON.parse(await csl.write(m, {})) as CslItem[]
    expect(item.author).toEqual([{ literal: 'Hungarian Embassy in Hanoi' }])
    expect(item.keyword).toBe('Floods, Agriculture, Foreign aid')
  })

  it('Markdown: author, topics, people, places and funding in the front matter; of these only the funding (and the author in the Chicago entry) in the source block of the body; rights nowhere', async () => {
    const md = await markdown.write(m, {})
    const tree = parseMd(md)
    expect(frontOf(tree)).toMatchObject({
      author: ['Hungarian Embassy in Hanoi'],
      topics: m.record.topics,
      people: m.record.people,
      places: m.record.places,
      funding: m.record.funding,
    })
    // the body is the same as for a record without topics, people and places
    const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n') + 5)
    const bare: Memo = { ...m, record: { ...m.record, topics: undefined, people: undefined, places: undefined } }
    expect(bodyOf(md)).toBe(bodyOf(await markdown.write(bare, {})))
    expect(bodyOf(md)).toContain('- **Funding:** the Henry Luce Foundation\n')
    expect(bodyOf(md)).toContain('- **Cite as:** Hungarian Embassy in Hanoi. “Cable from')
    expect(m.record.rights).toBeTruthy()
    expect(md).not.toContain(m.record.rights!.slice(0, 40))
  })
})

describe('bibliographies of hand-made records', () => {
  const rec = memo({
    record: {
      csl: {
        id: 'wilson-300001',
        type: 'manuscript',
        title: 'Cable on the 50% Question',
        issued: { 'date-parts': [[1962, 7, 9]] },
        author: [{ family: 'Gromyko', given: 'Andrei' }, { literal: 'Embassy of the USSR & Co.' }],
        keyword: 'Nuclear weapons, Arms control',
      },
      topics: ['Nuclear weapons', 'Arms control', 'R&D_50%'],
    },
  })
  const withoutTopics: Memo = { ...rec, record: { ...rec.record, topics: undefined } }

  it('write persons family first, literal names braced and escaped, TeX specials in keywords escaped', async () => {
    const out = await bibtex.write(rec, {})
    expect(out).toContain('author       = {Gromyko, Andrei and {Embassy of the USSR \\& Co.}},')
    expect(out).toContain('keywords     = {Nuclear weapons, Arms control, R\\&D\\_50\\%},')
  })

  it('take the topics over the joined keyword variable, and the keyword variable when there are no topics', async () => {
    const text = await ris.write(rec, {})
    expect(text.split('\n').filter((l) => l.startsWith('KW'))).toEqual(['KW  - Nuclear weapons', 'KW  - Arms control', 'KW  - R&D_50%'])
    const noTopics = await ris.write(withoutTopics, {})
    expect(noTopics.split('\n').filter((l) => l.startsWith('KW'))).toEqual(['KW  - Nuclear weapons', 'KW  - Arms control'])
    expect(await biblatex.write(withoutTopics, {})).toContain('keywords     = {Nuclear weapons, Arms control},')
  })

  it('RIS writes persons as "Family, Given", which astrocite reads back', async () => {
    const text = await ris.write(rec, {})
    expect(text.split('\n')).toContain('AU  - Gromyko, Andrei')
    expect(text.split('\n')).toContain('AU  - Embassy of the USSR & Co.')
    const [back] = parseRis(text) as CslItem[]
    expect(back.author).toContainEqual({ family: 'Gromyko', given: 'Andrei' })
  })

  it.skipIf(!hasBiber)('BibLaTeX with author and keywords passes biber\'s data model with no warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'memo-web-'))
    writeFileSync(join(dir, 'a.bib'), await biblatex.write(rec, {}))
    const r = spawnSync('biber', ['--tool', '--validate-datamodel', '--output-file', join(dir, 'out.bib'), join(dir, 'a.bib')], { encoding: 'utf8', cwd: dir })
    expect((r.stdout + r.stderr).split('\n').filter((l) => /^(WARN|ERROR)/u.test(l))).toEqual(translatorWarnings(await biblatex.write(rec, {}), join(dir, 'a.bib')))
    const out = readFileSync(join(dir, 'out.bib'), 'utf8')
    expect(out).toContain('AUTHOR = {Gromyko, Andrei and {Embassy of the USSR \\& Co.}}')
    expect(out).toMatch(/KEYWORDS = \{Nuclear weapons, ?Arms control, ?R\\&D\\_50\\%\}/u)
  })

  it.skipIf(!hasPandoc).each([
    ['BibTeX', bibtex, 'a.bibtex'],
    ['BibLaTeX', biblatex, 'a.bib'],
  ] as const)('pandoc renders the %s with both authors', async (_format, writer, fileName) => {
    const dir = mkdtempSync(join(tmpdir(), 'memo-web-'))
    writeFileSync(join(dir, fileName), await writer.write(rec, {}))
    writeFileSync(join(dir, 'doc.md'), '---\nnocite: "@*"\n---\n')
    const r = spawnSync('pandoc', [join(dir, 'doc.md'), '--citeproc', '--bibliography', join(dir, fileName), '-t', 'plain', '--wrap=none'], { encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain('Gromyko, Andrei, and Embassy of the USSR & Co. 1962.')
  })

  it('leave author and keywords out when the record has none', async () => {
    const plain = memo()
    for (const writer of [bibtex, biblatex]) {
      const out = await writer.write(plain, {})
      expect(out).not.toMatch(/^ {2}(author|keywords) /mu)
    }
    expect(await ris.write(plain, {})).not.toMatch(/^(AU|KW) /mu)
  })
})

describe('Markdown footnotes (fixture web-2013-variant-chrome), parsed back with remark-gfm', async () => {
  const m = await memoOfFixture('web-2013-variant-chrome')
  const md = await markdown.write(m, {})
  const tree = parseMd(md)

  it('has the notes the checks below are about', () => {
    expect(m.notes?.map((n) => n.label)).toEqual(['1', '2'])
  })

  it('gives one footnote definition per note, holding the note text', () => {
    const defs = nodes<FootnoteDefinition>(tree, 'footnoteDefinition')
    expect(defs.map((d) => d.identifier)).toEqual(['1', '2'])
    expect(defs.map((d) => toString(d))).toEqual(m.notes!.map((n) => n.text))
  })

  it('puts a footnote reference where each citing paragraph had its marker, and no "[n]" text is left', () => {
    const paragraphs = tree.children.filter((n): n is Paragraph => n.type === 'paragraph')
    for (const note of m.notes!) {
      for (const ref of note.refs!) {
        const text = m.sections.find((s) => s.id === ref.section)!.paragraphs[ref.paragraph].text
        const withoutMarker = text.replace(`[${note.label}]`, '')
        const para = paragraphs.find((p) => toString(p) === withoutMarker)
        expect(para, `paragraph citing [${note.label}]`).toBeDefined()
        const last = para!.children.at(-1) as FootnoteReference
        expect(last).toMatchObject({ type: 'footnoteReference', identifier: note.label })
      }
    }
    expect(md).not.toMatch(/\\\[\d\]/u)
    expect(nodes<FootnoteReference>(tree, 'footnoteReference')).toHaveLength(2)
  })

  it.skipIf(!hasPandoc)('pandoc (gfm) renders the footnotes as endnotes with the note text', () => {
    const r = spawnSync('pandoc', ['-f', 'gfm', '-t', 'html', '--wrap=none'], { input: md, encoding: 'utf8' })
    expect(r.status).toBe(0)
    const endnotes = r.stdout.slice(r.stdout.indexOf('role="doc-endnotes"'))
    for (const note of m.notes!) expect(endnotes).toContain(note.text)
    expect(r.stdout.match(/role="doc-noteref"/gu)).toHaveLength(2)
  })

  it('puts the definitions after the text', () => {
    const firstDef = tree.children.findIndex((n) => n.type === 'footnoteDefinition')
    expect(tree.children.slice(firstDef).every((n) => n.type === 'footnoteDefinition')).toBe(true)
  })
})

describe('Markdown footnotes of hand-made memos', () => {
  const note = (label: string, text: string, refs: Note['refs']): Note => ({ label, text, position: span, refs })
  const para = (text: string) => ({ text, position: span })
  const twoRuns = memo({
    sections: [
      { id: 'en-translation', label: 'English Translation', role: 'translation', lang: 'en', paragraphs: [para('First claim.[1] See [1] again, and [2] is not a note here.'), para('Second [2].')] },
      { id: 'de-original', label: 'German Original', role: 'original', lang: 'de', paragraphs: [para('Erster Satz.[1]'), para('Kein Verweis [1] hier.')] },
    ],
    // the translation's notes, then the original's, labels starting again at 1
    notes: [
      note('1', 'A note on the claim, see https://example.org/a.', [{ section: 'en-translation', paragraph: 0 }]),
      note('2', 'A second note.', [{ section: 'en-translation', paragraph: 1 }]),
      note('1', 'Eine Anmerkung.', [{ section: 'de-original', paragraph: 0 }]),
      note('3', 'A note no paragraph cites.', undefined),
    ],
    alignment: [
      { cells: { 'en-translation': [0], 'de-original': [0] }, confidence: 1 },
      { cells: { 'en-translation': [1], 'de-original': [1] }, confidence: 1 },
    ],
  })

  it('make identifiers unique when a later run of notes starts again at 1', async () => {
    const tree = parseMd(await markdown.write(twoRuns, {}))
    const defs = nodes<FootnoteDefinition>(tree, 'footnoteDefinition')
    expect(defs.map((d) => [d.identifier, toString(d)])).toEqual([
      ['1', 'A note on the claim, see https://example.org/a.'],
      ['2', 'A second note.'],
      ['1-2', 'Eine Anmerkung.'],
      ['3', 'A note no paragraph cites.'],
    ])
    const paragraphs = tree.children.filter((n): n is Paragraph => n.type === 'paragraph')
    const refsIn = (p: Paragraph) => p.children.filter((c): c is FootnoteReference => c.type === 'footnoteReference').map((c) => c.identifier)
    // every marker of the note in a citing paragraph; "[2]" where note 2 is not cited stays text
    const first = paragraphs.find((p) => toString(p).startsWith('First claim.'))!
    expect(refsIn(first)).toEqual(['1', '1'])
    expect(toString(first)).toBe('First claim. See  again, and [2] is not a note here.')
    expect(refsIn(paragraphs.find((p) => toString(p).startsWith('Erster'))!)).toEqual(['1-2'])
    // a paragraph the notes do not name keeps its "[1]" as text
    expect(toString(paragraphs.find((p) => toString(p).startsWith('Kein'))!)).toBe('Kein Verweis [1] hier.')
  })

  it('keep URLs in note text as links', async () => {
    const tree = parseMd(await markdown.write(twoRuns, {}))
    const def = nodes<FootnoteDefinition>(tree, 'footnoteDefinition')[0]
    expect(nodes(def, 'link')).toHaveLength(1)
  })

  it('with --parallel, put the references in the table cells and the definitions after the table', async () => {
    const tree = parseMd(await markdown.write(twoRuns, { parallel: true }))
    const table = tree.children.find((n): n is Table => n.type === 'table')!
    expect(nodes<FootnoteReference>(table, 'footnoteReference').map((r) => r.identifier)).toEqual(['1', '1', '1-2', '2'])
    expect(tree.children.slice(tree.children.indexOf(table) + 1).map((n) => n.type)).toEqual(Array(4).fill('footnoteDefinition'))
  })

  it('are deterministic', async () => {
    expect(await markdown.write(twoRuns, {})).toBe(await markdown.write(structuredClone(twoRuns), {}))
  })
})

describe('the sample (fixture wilson-110404) is written as before', async () => {
  const m = await memoOfFixture('wilson-110404')
  const dir = join(fixturesDir, 'wilson-110404')

  it('has none of the web layouts\' facts', () => {
    expect([m.record.csl.author, m.record.topics, m.record.people, m.record.places, m.record.funding, m.notes]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined])
  })

  it.each([
    ['md', 'memo.md', {}],
    ['md', 'memo.parallel.md', { parallel: true }],
    ['bibtex', 'memo.bib', {}],
    ['biblatex', 'memo.biblatex.bib', {}],
    ['ris', 'memo.ris', {}],
    ['csl', 'memo.csl.json', {}],
  ] as const)('%s gives %s byte for byte', async (name, file, options) => {
    const writer = writers.find((w) => w.name === name)!
    expect(await writer.write(m, options)).toBe(readFileSync(join(dir, file), 'utf8'))
  })
})
