// The Markdown as pandoc -s renders it, for every fixture: one h1 (the front matter's title,
// not a second one from the body), <html lang> the record's language, and every section's
// heading inside an element whose lang is that section's. pandoc's HTML is read with
// Python's html.parser, which keeps a stack of open elements, so "inside" is checked on
// the tree, not guessed from the text. pandoc and python3 are Debian packages (.ci/run
// installs them); without them the tests are skipped with a message.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Memo } from '../src/model/memo.js'
import { fixtureCases, fixturesDir } from './helpers/fixtures.js'

function has(tool: string): boolean {
  const ok = spawnSync(tool, ['--version'], { encoding: 'utf8' }).status === 0
  if (!ok) console.warn(`${tool} is not installed; the tests that need it are skipped. .ci/run installs it.`)
  return ok
}
const ready = has('pandoc') && has('python3')

// h1 texts, <html lang>, and for each h2 its text and the lang of the nearest open element
// that has one
const READ = `
import json, sys
from html.parser import HTMLParser
VOID = {'meta','link','br','hr','img','input','col','wbr','source','area','base','embed','param','track'}
class P(HTMLParser):
    def __init__(self):
        super().__init__(); self.stack = []; self.h1 = []; self.h2 = []; self.html_lang = None; self.text = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'html': self.html_lang = a.get('lang')
        if tag in VOID: return
        self.stack.append((tag, a.get('lang')))
        if tag in ('h1', 'h2'): self.text = ''
    def handle_endtag(self, tag):
        if tag in VOID: return
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag: break
        if tag == 'h1': self.h1.append(self.text.strip())
        if tag == 'h2':
            lang = next((l for _, l in reversed(self.stack) if l is not None), None)
            self.h2.append([self.text.strip(), lang])
        if tag in ('h1', 'h2'): self.text = None
    def handle_data(self, data):
        if self.text is not None: self.text += data
p = P(); p.feed(sys.stdin.read())
print(json.dumps({'h1': p.h1, 'h2': p.h2, 'htmlLang': p.html_lang}))
`

interface Read {
  h1: string[]
  h2: [string, string | null][]
  htmlLang: string | null
}

describe.skipIf(!ready).each(fixtureCases())('%s: pandoc -s -t html', (name) => {
  const md = readFileSync(join(fixturesDir, name, 'memo.md'), 'utf8')
  const memo = JSON.parse(readFileSync(join(fixturesDir, name, 'memo.json'), 'utf8')) as Memo

  it('gives one h1, the title; <html lang> the record language; each section its language', () => {
    const html = spawnSync('pandoc', ['-s', '-f', 'markdown', '-t', 'html', '--metadata', 'pagetitle=x'], { input: md, encoding: 'utf8' })
    expect(html.status).toBe(0)
    const read = JSON.parse(spawnSync('python3', ['-c', READ], { input: html.stdout, encoding: 'utf8' }).stdout) as Read
    const flat = (s: string) => s.replace(/\s+/gu, ' ')
    // pandoc's smart typography turns straight quotes curly; compare the words
    const words = (s: string) => flat(s).replace(/["“”'‘’]/gu, '"')
    expect(read.h1.map(words)).toEqual(memo.record.csl.title ? [words(memo.record.csl.title)] : [])
    expect(read.htmlLang).toBe(memo.record.csl.language ?? null)
    expect(read.h2.map(([text, lang]) => [words(text), lang])).toEqual(memo.sections.map((s) => [words(s.label), s.lang]))
  })
})
