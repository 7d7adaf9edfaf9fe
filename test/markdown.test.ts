// The Markdown writer read back with remark-parse: the structure a reader sees, and text
// from the dump that never turns into markup.
import type { List, Nodes, Paragraph, Root, Yaml } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import type { Memo } from '../src/model/memo.js'
import { processBytes } from '../dist/process.js'
import { markdown } from '../dist/writers/markdown.js'
import { fixtureInput } from './helpers/fixtures.js'

function parse(md: string): Root {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(md) as Root
}

async function sampleMemo(): Promise<Memo> {
  const { memo } = await processBytes(fixtureInput('wilson-110404'), 'input.txt')
  return memo!
}

describe('Markdown of the sample, parsed back', async () => {
  const memo = await sampleMemo()
  const tree = parse(await markdown.write(memo, {}))

  it('opens with YAML front matter holding the whole record', () => {
    const yaml = tree.children[0] as Yaml
    expect(yaml.type).toBe('yaml')
    const citation = memo.record.citation!
    expect(parseYaml(yaml.value)).toEqual({
      id: 'wilson-110404',
      title: 'Memorandum, Conversation of Mao and USSR Ambassador to China N.V. Roshchin on 1 January 1950',
      date: '1950-01-01',
      url: 'http://digitalarchive.wilsoncenter.org/document/110404',
      lang: 'en',
      original_language: 'ru',
      languages: ['en', 'zh', 'ru'],
      document_number: '110404',
      publisher: 'History and Public Policy Program Digital Archive',
      archive: 'Archive of Foreign Policy, Russian Federation (AVP RF)',
      archive_place: 'Moscow',
      archive_location: 'f. 0100, op. 43, d. 10, papka 302, ll. 1-4',
      reference: { fond: '0100', opis: '43', delo: '10', papka: '302', folios: '1-4' },
      translator: ['Rozas, Daniel'],
      credits: [{ role: 'obtained', name: 'Westad, Odd Arne' }, { role: 'translated', name: 'Rozas, Daniel' }],
      published_source: [expect.objectContaining({ type: 'book', publisher: '世界知 出版社', page: '80-83' })],
      citation,
    })
    expect(citation).toMatch(/^“Memorandum, Conversation.*translated by Daniel Rozas\.$/u)
  })

  it('has no level-1 heading (the title is in the front matter), and one level-2 heading per section', () => {
    const headings = tree.children.flatMap((n) => (n.type === 'heading' ? [n] : []))
    expect(headings.filter((h) => h.depth === 1)).toEqual([])
    expect(headings.map((h) => [h.depth, toString(h)])).toEqual([[2, 'English Translation'], [2, 'Chinese Translation'], [2, 'Russian Transcription']])
  })

  it('gives every section its paragraphs, each with the text of the model, inside a div with its language', () => {
    const bySection = new Map<string, string[]>()
    const langOf = new Map<string, string>()
    let current: string | undefined
    let lang: string | undefined
    for (const node of tree.children) {
      if (node.type === 'html') lang = /^<div lang="([^"]+)">$/u.exec(node.value)?.[1]
      if (node.type === 'heading' && node.depth === 2) {
        bySection.set((current = toString(node)), [])
        langOf.set(current, lang!)
      } else if (current && node.type === 'paragraph') bySection.get(current)!.push(toString(node))
    }
    for (const section of memo.sections) {
      expect(bySection.get(section.label)).toEqual(section.paragraphs.map((p) => p.text))
      expect(langOf.get(section.label)).toBe(section.lang)
    }
  })

  it('has a source block: archive, reference, credits, the online archive with its URL as a link, and the Chicago entry', () => {
    const list = tree.children.find((n): n is List => n.type === 'list')!
    const lines = list.children.map((item) => toString(item))
    expect(lines).toEqual([
      'Archive: Archive of Foreign Policy, Russian Federation (AVP RF), Moscow',
      'Reference: f. 0100, op. 43, d. 10, papka 302, ll. 1-4',
      'Credits: Obtained by Odd Arne Westad and translated by Daniel Rozas.',
      `Published: History and Public Policy Program Digital Archive, ${memo.record.csl.URL}`,
      expect.stringMatching(/^Cite as: “Memorandum, Conversation .*” January 1, 1950\. f\. 0100, .*, ll\. 1–4\. Archive of Foreign Policy, Russian Federation \(AVP RF\), Moscow\. Obtained by Odd Arne Westad\. Translated by Daniel Rozas\. History and Public Policy Program Digital Archive\. http:\S+\.$/u),
    ])
    const links: string[] = []
    visitLinks(list, links)
    expect(links).toEqual([memo.record.csl.URL, memo.record.csl.URL])
    // before the first section
    expect(tree.children.indexOf(list)).toBeLessThan(tree.children.findIndex((n) => n.type === 'heading'))
  })
})

function visitLinks(node: Nodes, out: string[]): void {
  if (node.type === 'link') out.push(node.url)
  if ('children' in node) for (const c of node.children) visitLinks(c, out)
}

describe('text from the dump never becomes markup', () => {
  const hostile = [
    '# not a heading',
    '* not a list',
    '1. not a numbered list',
    '> not a quote',
    '<script>alert(1)</script>',
    '[a link](http://evil.example) and ![img](x.png)',
    '**bold** _em_ `code` ~~strike~~',
    '---',
    '| a | b |',
    'trailing backslash \\',
    '    indented like code',
    '```',
  ]
  it.each(hostile)('%s', async (text) => {
    const memo: Memo = {
      schemaVersion: 2,
      id: 'x',
      layout: 'generic',
      record: { csl: { id: 'x', type: 'manuscript', title: `Title: "${text}" # no comment`, archive: text, note: text }, citation: text },
      contents: [],
      sections: [{ id: 'en-translation', label: 'English Translation', role: 'translation', lang: 'en', paragraphs: [{ text, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } } }] }],
      alignment: [],
      diagnostics: [],
    }
    const tree = parse(await markdown.write(memo, {}))
    expect(parseYaml((tree.children[0] as Yaml).value).title).toBe(memo.record.csl.title)
    expect(parseYaml((tree.children[0] as Yaml).value).citation).toBe(text)
    const types = tree.children.map((n) => n.type)
    expect(types).toEqual(['yaml', 'list', 'html', 'heading', 'paragraph', 'html'])
    expect(tree.children.filter((n) => n.type === 'html').map((n) => (n as { value: string }).value)).toEqual(['<div lang="en">', '</div>'])
    // the source block's lines hold the dump's text as text
    const list = tree.children[1] as List
    expect(list.children.map((item) => toString(item))).toEqual([`Archive: ${text}`, `Credits: ${text}`, expect.stringMatching(/^Cite as: /u)])
    const para = tree.children[4] as Paragraph
    // only text, and bare URLs as links that show the URL itself: "[a link](…)" stays text
    for (const c of para.children) {
      if (c.type === 'link') expect(toString(c)).toBe(c.url)
      else expect(c.type).toBe('text')
    }
    expect(toString(para)).toBe(text)
  })
})
