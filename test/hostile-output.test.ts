// Output safety: text from a dump never becomes markup, code or a broken file in any format,
// and control characters reach no output. The dump is the sample with a hostile title and
// hostile lines in its body; every writer's output is read back by a parser of its format.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { create } from 'xmlbuilder2'
import { parse as parseYaml } from 'yaml'
import { processBytes } from '../dist/process.js'
import { writers } from '../dist/writers/index.js'
import { fixtureInput } from './helpers/fixtures.js'

const sample = fixtureInput('wilson-110404').toString('utf8')
const oldTitle = 'Memorandum, Conversation of Mao and USSR Ambassador to China N.V. Roshchin on 1 January 1950'
const hostileTitle = 'Memo: "Mao" #1 {draft @home} *not bold* <b>x</b> [link](javascript:alert(1)) \\emph{x} 100% & $5 ~ ^ _ \u001b[31mred\u001b[0m {unclosed'
const hostileBody = [
  '# not a heading',
  '- not a list',
  '<script>alert(1)</script> and <!-- a comment -->',
  '```',
  '@misc{evil, title={x}}',
  '} closing brace alone \u0007 bell \u000b vertical tab \u0085 next line',
  '| a | table |',
  '[click](javascript:alert(2)) ![img](http://x/y.png)',
].join('\n')

function hostileDump(): string {
  return sample
    .replace('Memorandum, Conversation of Mao and USSR\nAmbassador to China N.V. Roshchin on 1 January 1950', hostileTitle)
    .replace(`“${oldTitle},”`, `“${hostileTitle},”`)
    .replace('FROM THE DIARY OF', `${hostileBody}\n\nFROM THE DIARY OF`)
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

describe('a dump with a hostile title and body', async () => {
  const { memo, file } = await processBytes(Buffer.from(hostileDump()), 'hostile.txt')
  const outputs = new Map<string, string>()
  for (const w of writers) outputs.set(w.name, await w.write(memo!, {}))

  it('is read, with one warning for its control characters and the title kept (controls as spaces)', () => {
    expect(memo).toBeDefined()
    expect(file.messages.filter((m) => m.ruleId === 'control-characters')).toHaveLength(1)
    expect(memo!.record.csl.title).toBe(hostileTitle.replace(/[\u001b]/g, ' '))
  })

  it('no output holds a control character (other than line breaks)', () => {
    for (const [name, out] of outputs) expect(CONTROL.exec(out), name).toBeNull()
  })

  it('Markdown: the front matter is YAML that gives the title back; the only HTML is the language divs memo writes, no links but the URL, no level-1 heading', () => {
    const md = outputs.get('md')!
    const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(md) as Root
    const yaml = tree.children[0]
    expect(yaml.type).toBe('yaml')
    expect(parseYaml((yaml as { value: string }).value).title).toBe(memo!.record.csl.title)
    const kinds = new Set<string>()
    const urls: string[] = []
    const html: string[] = []
    const walk = (node: { type: string; url?: string; value?: string; children?: unknown[] }) => {
      kinds.add(node.type)
      if (node.url !== undefined) urls.push(node.url)
      if (node.type === 'html') html.push(node.value!)
      for (const child of node.children ?? []) walk(child as typeof node)
    }
    // the source block is the one list, memo's own, before the first section
    const lists = tree.children.filter((n) => n.type === 'list')
    expect(lists.length).toBeLessThanOrEqual(1)
    for (const list of lists) expect(tree.children.indexOf(list)).toBeLessThan(tree.children.findIndex((n) => n.type === 'heading'))
    tree.children = tree.children.filter((n) => n.type !== 'list')
    walk(tree)
    expect(html.every((h) => /^<div lang="[a-z]{2,3}">$|^<\/div>$/u.test(h)), html.join(' ')).toBe(true)
    expect(kinds.has('image')).toBe(false)
    expect(kinds.has('list')).toBe(false)
    expect(kinds.has('code')).toBe(false)
    expect(kinds.has('table')).toBe(false)
    expect(kinds.has('emphasis')).toBe(false)
    for (const url of urls) expect(url).toMatch(/^https?:\/\/[^\s]*$/)
    const headings = tree.children.filter((n) => n.type === 'heading')
    expect(headings.filter((h) => (h as { depth: number }).depth === 1)).toEqual([])
    // the body's lines are paragraphs, as text
    expect(toString(tree)).toContain('# not a heading')
    expect(toString(tree)).toContain('<script>alert(1)</script>')
  })

  it('BibTeX and BibLaTeX: every field is brace-balanced, "@" only opens entries, and pandoc reads the title back', () => {
    for (const name of ['bibtex', 'biblatex']) {
      const bib = outputs.get(name)!
      const fields = bib.split('\n').filter((l) => /^ {2}\w+\s*=/.test(l))
      expect(fields.length).toBeGreaterThan(3)
      for (const line of fields) {
        let depth = 0
        for (const c of line) {
          if (c === '{') depth++
          if (c === '}') depth--
          expect(depth, `${name}: ${line}`).toBeGreaterThanOrEqual(0)
        }
        expect(depth, `${name}: ${line}`).toBe(0)
        expect(line.replace(/\{@\}/g, '')).not.toContain('@')
      }
      for (const line of bib.split('\n').filter((l) => l.startsWith('@'))) expect(line).toMatch(/^@\w+\{[\w-]+,$/)
    }
    const pandoc = spawnSync('pandoc', ['--version']).status === 0
    if (!pandoc) return console.warn('pandoc is not installed; the read-back is skipped')
    const dir = mkdtempSync(join(tmpdir(), 'memo-hostile-'))
    writeFileSync(join(dir, 'x.bib'), outputs.get('bibtex')!)
    const r = spawnSync('pandoc', ['-f', 'bibtex', '-t', 'csljson', join(dir, 'x.bib')], { encoding: 'utf8' })
    expect(r.status, r.stderr).toBe(0)
    const items = JSON.parse(r.stdout) as { title: string; URL?: string }[]
    expect(items[0].title).toContain('Memo: "Mao" #1 {draft @home} *not bold* <b>x</b>')
    expect(items[0].title).toContain('100% & $5')
    expect(items[0].URL).toBe('http://digitalarchive.wilsoncenter.org/document/110404')
  })

  it('RIS: every line is a tag line, the title on one', () => {
    const lines = outputs.get('ris')!.split('\n').filter(Boolean)
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /)
    expect(lines.filter((l) => l.startsWith('TI  - '))).toEqual([`TI  - ${memo!.record.csl.title!.replace(/\s+/g, ' ')}`])
  })

  it('JSON and CSL-JSON parse and give the title back', () => {
    expect(JSON.parse(outputs.get('json')!).record.csl.title).toBe(memo!.record.csl.title)
    expect(JSON.parse(outputs.get('csl')!)[0].title).toBe(memo!.record.csl.title)
  })

  it('Chicago: the entry and the note are one line each, the title whole inside its quotation marks', () => {
    for (const name of ['chicago', 'chicago-note']) {
      const lines = outputs.get(name)!.split('\n')
      expect(lines, name).toHaveLength(2)
      expect(lines[1]).toBe('')
      // the title's own quotation takes single quotation marks inside the double ones
      expect(lines[0], name).toMatch(/^“Memo: ‘Mao’ #1 \{draft @home\} \*not bold\* <b>x<\/b> \[link\]\(javascript:alert\(1\)\) \\emph\{x\} 100% & \$5 ~ \^ _ \[31mred \[0m \{unclosed[.,]” /u)
    }
  })

  it('TMX is well-formed XML whose text has the hostile lines as text', async () => {
    // The hostile lines have no Russian counterpart, and a translation memory keeps only the
    // rows that pair its source language: pair them with the first Russian paragraph here.
    const en = memo!.sections.find((s) => s.lang === 'en')!
    const at = en.paragraphs.findIndex((p) => p.text.includes('<script>'))
    expect(at).toBeGreaterThanOrEqual(0)
    const ru = memo!.sections.find((s) => s.lang === 'ru')!
    const paired = { ...memo!, alignment: [{ cells: { [en.id]: [at], [ru.id]: [0] }, confidence: 1 }] }
    const tmx = await writers.find((w) => w.name === 'tmx')!.write(paired, {})
    // parsed (a malformed document throws here), then read as a DOM: the text content of
    // the segments is the dump's text, tags and all, as characters
    const doc = create(tmx).node as unknown as { getElementsByTagName(name: string): ArrayLike<{ textContent: string | null }> }
    const segs = Array.from(doc.getElementsByTagName('seg'), (s) => s.textContent ?? '')
    expect(segs.join('\n')).toContain('<script>alert(1)</script> and <!-- a comment -->')
  })

  it('TEI is well-formed XML whose paragraphs and title hold the hostile text as text', () => {
    const doc = create(outputs.get('tei')!).node as unknown as { getElementsByTagName(name: string): ArrayLike<{ textContent: string | null }> }
    const paragraphs = Array.from(doc.getElementsByTagName('p'), (p) => p.textContent ?? '')
    expect(paragraphs.join('\n')).toContain('<script>alert(1)</script> and <!-- a comment -->')
    expect(doc.getElementsByTagName('title')[0].textContent).toBe(memo!.record.csl.title)
  })

  it('HTML: the only markup is memo\'s: one script, no element or link from the dump', () => {
    const html = outputs.get('html')!
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html).not.toMatch(/<b>|<!-- a comment|href="javascript/u)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; and &lt;!-- a comment --&gt;')
    expect(html).toContain('<title>Memo: &quot;Mao&quot; #1 {draft @home} *not bold* &lt;b&gt;x&lt;/b&gt;')
  })
})
