// A query in very many paragraphs is ranked by the sections that hold it, a hit each: the
// best sections first, each shown by its first paragraph that matches the whole query.
// The threshold is lowered here (paragraphRankingUpTo) so that a few documents exercise it;
// the last test meets the real one through the command.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseQuery } from '../dist/search/query.js'
import { PARAGRAPH_RANKING_UP_TO } from '../dist/search/ranking.js'
import { SearchIndex } from '../dist/search/search-index.js'
import type { SearchDoc } from '../dist/search/types.js'
import { runCli } from './helpers/run-cli.js'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

/** A document of sections, each a list of paragraph texts (line = place + 1). */
function doc(key: string, sections: Record<string, string[]>): SearchDoc {
  let line = 0
  const paragraphs = Object.entries(sections).flatMap(([section, texts]) => texts.map((text) => ({ section, lang: section.slice(0, 2), line: ++line, text })))
  return { key, hash: `h-${key}`, path: `in/${key}`, id: key, topics: [], languages: [...new Set(paragraphs.map((p) => p.lang))], outputs: [`${key}.md`], paragraphs }
}

function indexOf(docs: SearchDoc[]): SearchIndex {
  const dir = mkdtempSync(join(tmpdir(), 'memo-sections-'))
  dirs.push(dir)
  const { index } = SearchIndex.openForBatch(dir)
  index.putAll(docs)
  index.settle()
  index.close()
  return SearchIndex.openForSearch(dir)!
}

const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i} of the minutes, on the harvest and the roads.`)

const dense = doc('dense.txt', { 'en-translation': ['The delegation arrived.', 'The treaty, the treaty and again the treaty.', 'Of the treaty and the pact.', 'The treaty was signed.'] })
const sparse = doc('sparse.txt', { 'en-translation': [...filler(30), 'A word on the treaty at last.', ...filler(5)] })
// the word is only in the document's second section, past more than one probe's worth of the first
const second = doc('second.txt', { 'en-translation': filler(12), 'ru-original': ['Договор подписан.', 'Текст treaty приложен.'] })
// both words in the section, never in one paragraph
const apart = doc('apart.txt', { 'en-translation': ['The port was closed.', 'The quota stands.'] })

describe('ranking by sections', () => {
  const index = indexOf([dense, sparse, second, apart])
  const search = (q: string, extra: { lang?: string; limit?: number } = {}) => index.search(parseQuery(q), { limit: 20, ...extra, paragraphRankingUpTo: 0 })

  it('gives one hit a section, the section that uses the word most first, at its first match', () => {
    const found = search('treaty')
    expect(found.ranked).toBe('sections')
    expect(found.hits.map((h) => `${h.path}:${h.line} ${h.section}`)).toEqual(['in/dense.txt:2 en-translation', 'in/second.txt:14 ru-original', 'in/sparse.txt:31 en-translation'])
    expect(found.more).toBe(false)
    const scores = found.hits.map((h) => h.score)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
    expect(scores[0]).toBeGreaterThan(scores[2])
  })

  it('shows a paragraph that matches the whole query, NOT and --lang included', () => {
    const not = search('treaty NOT pact')
    expect(not.hits.find((h) => h.path === 'in/dense.txt')?.line).toBe(2)
    const notSigned = search('treaty NOT again')
    expect(notSigned.hits.find((h) => h.path === 'in/dense.txt')?.line).toBe(3)
    for (const h of not.hits) expect(h.text).not.toMatch(/pact/u)
    expect(search('treaty', { lang: 'ru' }).hits.map((h) => `${h.path}:${h.line}`)).toEqual(['in/second.txt:14'])
  })

  it('leaves out a section whose words are only in different paragraphs', () => {
    expect(search('port quota').hits).toEqual([])
    expect(search('port').hits.map((h) => h.path)).toEqual(['in/apart.txt'])
  })

  it('says there are more past the limit, and the limit counts sections', () => {
    const two = search('treaty', { limit: 2 })
    expect(two.hits.map((h) => h.path)).toEqual(['in/dense.txt', 'in/second.txt'])
    expect(two.more).toBe(true)
  })

  it('ranks paragraphs under the threshold, as before', () => {
    const found = index.search(parseQuery('treaty'), { limit: 20 })
    expect(found.ranked).toBe('paragraphs')
    expect(found.hits.filter((h) => h.path === 'in/dense.txt').map((h) => h.line).sort()).toEqual([2, 3, 4])
  })

  it('answers after a document is replaced as an index made afresh does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'memo-sections-'))
    dirs.push(dir)
    const { index: updated } = SearchIndex.openForBatch(dir)
    updated.putAll([dense, sparse, second, apart])
    const changed = doc('dense.txt', { 'en-translation': ['Nothing of the kind here.', 'Still nothing.'] })
    updated.putAll([changed])
    updated.settle()
    updated.close()
    const reread = SearchIndex.openForSearch(dir)!
    const fresh = indexOf([changed, sparse, second, apart])
    for (const q of ['treaty', 'nothing', 'the', 'paragraph']) {
      const a = reread.search(parseQuery(q), { limit: 50, paragraphRankingUpTo: 0 })
      expect(a).toEqual(fresh.search(parseQuery(q), { limit: 50, paragraphRankingUpTo: 0 }))
    }
    expect(reread.search(parseQuery('treaty'), { limit: 50, paragraphRankingUpTo: 0 }).hits.map((h) => h.path)).not.toContain('in/dense.txt')
    reread.close()
    fresh.close()
  })
})

describe('memo search over very many matching paragraphs', () => {
  it('ranks sections and says so, in text and in --json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'memo-sections-'))
    dirs.push(dir)
    const out = join(dir, 'out')
    mkdirSync(out)
    const { index } = SearchIndex.openForBatch(out)
    // just past the threshold: 40 documents of sections that each say the word in every paragraph
    const per = Math.ceil((PARAGRAPH_RANKING_UP_TO + 1) / 40)
    const docs = Array.from({ length: 40 }, (_, d) => doc(`d${String(d).padStart(2, '0')}.txt`, { 'en-translation': Array.from({ length: per }, (_, i) => (i === 0 && d === 7 ? 'Archive archive archive.' : `Archive note ${i}, item ${d}.`)) }))
    index.putAll(docs)
    index.settle()
    index.close()
    const text = runCli(['search', 'archive', '--in', 'out', '-n', '5'], { cwd: dir })
    expect(text.status, text.stderr).toBe(0)
    expect(text.stderr).toMatch(/more than 30,000 paragraphs match, so their sections were ranked: the first matching paragraph of each of the best 5 sections; there are more/u)
    expect(text.stdout.split('\n').filter((l) => l.startsWith('in/'))).toHaveLength(5)
    const json = JSON.parse(runCli(['search', 'archive', '--in', 'out', '-n', '40', '--json'], { cwd: dir }).stdout) as { ranked: string; more: boolean; hits: { path: string; line: number }[] }
    expect(json.ranked).toBe('sections')
    expect(json.more).toBe(false)
    expect(new Set(json.hits.map((h) => h.path)).size).toBe(40)
    expect(json.hits[0]).toMatchObject({ path: 'in/d07.txt', line: 1 })
    const few = JSON.parse(runCli(['search', '"archive note 3"', '--in', 'out', '--json'], { cwd: dir }).stdout) as { ranked: string }
    expect(few.ranked).toBe('paragraphs')
  })
})
