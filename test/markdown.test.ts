// The Markdown writer read back with remark-parse: the structure a reader sees, and text
// from the dump that never turns into markup.
import type { Heading, Paragraph, Root, Yaml } from 'mdast'
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

  it('opens with YAML front matter holding id, title, date, url and languages', () => {
    const yaml = tree.children[0] as Yaml
    expect(yaml.type).toBe('yaml')
    expect(parseYaml(yaml.value)).toEqual({
      id: 'wilson-110404',
      title: 'Memorandum, Conversation of Mao and USSR Ambassador to China N.V. Roshchin on 1 January 1950',
      date: '1950-01-01',
      url: 'http://digitalarchive.wilsoncenter.org/document/110404',
      original_language: 'ru',
      languages: ['en', 'zh', 'ru'],
    })
  })

  it('has the title as the only level-1 heading, then one level-2 heading per section', () => {
    const headings = tree.children.filter((n): n is Heading => n.type === 'heading')
    expect(headings.filter((h) => h.depth === 1).map(toString)).toEqual([memo.record.csl.title])
    expect(headings.filter((h) => h.depth === 2).map(toString)).toEqual(['English Translation', 'Chinese Translation', 'Russian Transcription'])
  })

  it('gives every section its paragraphs, each with the text of the model', () => {
    const bySection = new Map<string, string[]>()
    let current: string | undefined
    for (const node of tree.children) {
      if (node.type === 'heading' && node.depth === 2) bySection.set((current = toString(node)), [])
      else if (current && node.type === 'paragraph') bySection.get(current)!.push(toString(node))
    }
    for (const section of memo.sections) expect(bySection.get(section.label)).toEqual(section.paragraphs.map((p) => p.text))
  })

  it('makes the URL a link node', () => {
    const para = tree.children.find((n): n is Paragraph => n.type === 'paragraph')!
    expect(para.children[0]).toMatchObject({ type: 'link', url: memo.record.csl.URL })
  })
})

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
      record: { csl: { id: 'x', type: 'manuscript', title: `Title: "${text}" # no comment` } },
      contents: [],
      sections: [{ id: 'en-translation', label: 'English Translation', role: 'translation', lang: 'en', paragraphs: [{ text, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } } }] }],
      alignment: [],
      diagnostics: [],
    }
    const tree = parse(await markdown.write(memo, {}))
    expect(parseYaml((tree.children[0] as Yaml).value).title).toBe(memo.record.csl.title)
    const types = tree.children.map((n) => n.type)
    expect(types).toEqual(['yaml', 'heading', 'heading', 'paragraph'])
    const para = tree.children[3] as Paragraph
    // only text, and bare URLs as links that show the URL itself: "[a link](…)" stays text
    for (const c of para.children) {
      if (c.type === 'link') expect(toString(c)).toBe(c.url)
      else expect(c.type).toBe('text')
    }
    expect(toString(para)).toBe(text)
    expect(toString(tree.children[1])).toBe(memo.record.csl.title)
  })
})
