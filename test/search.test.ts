// memo search as a user meets it: memo batch writes the index, memo search finds words in
// every language (Chinese without spaces too), ranks, restricts, and fails clearly.
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { mismatch, numbered, sample, tree, removeTrees } from './helpers/batch-tree.js'
import { fixtureInput } from './helpers/fixtures.js'
import { runCli } from './helpers/run-cli.js'

afterAll(removeTrees)

interface Found {
  total: number
  hits: { id: string; path: string; lang: string; line: number; score: number; snippet: string; marks: [number, number][]; text: string; output?: string }[]
}

const zh = fixtureInput('pdf-several-credits')
const batch = (cwd: string, ...args: string[]) => runCli(['batch', '--jobs', '2', 'in', '--out', 'out', ...args], { cwd })
const search = (cwd: string, ...args: string[]) => runCli(['search', '--in', 'out', ...args], { cwd })
/** The hits as JSON; `total` is how many, all of them unless -n says fewer. */
const json = (cwd: string, ...args: string[]): Found => {
  const r = search(cwd, '--json', '-n', '10000', ...args)
  expect(r.status, r.stderr).toBe(0)
  const found = JSON.parse(r.stdout) as Omit<Found, 'total'> & { more: boolean }
  return { ...found, total: found.hits.length }
}
/** What a user reads at line `line` of an input. */
const lineOf = (text: Buffer | string, line: number) => String(text).split(/\r?\n/u)[line - 1]

describe('memo search over a batch', () => {
  const dir = tree({ 'in/a.txt': sample, 'in/b.txt': mismatch, 'in/zh.txt': zh })
  const first = batch(dir)

  it('finds a word in every document that has it, marked in the snippet, at the input line', () => {
    expect(first.status, first.stderr).toBe(0)
    const r = search(dir, 'Roshchin')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^in\/a\.txt:\d+ {2}en {2}wilson-110404/mu)
    expect(r.stdout).toMatch(/\*\*Roshchin\*\*/iu)
    const found = json(dir, 'Roshchin')
    expect(found.total).toBeGreaterThan(0)
    for (const h of found.hits) {
      expect(h.text).toMatch(/roshchin/iu)
      expect(lineOf(sample, h.line).trim().length).toBeGreaterThan(0)
      expect(h.text.replace(/\s+/gu, ' ')).toContain(lineOf(sample, h.line).trim().slice(0, 20))
      for (const [s, e] of h.marks) expect(h.snippet.slice(s, e).toLowerCase()).toBe('roshchin')
    }
  })

  it('finds Chinese words inside unspaced text, two characters and one', () => {
    const two = json(dir, '港口')
    expect(two.hits.length).toBeGreaterThan(0)
    for (const h of two.hits) expect(h.text).toContain('港口')
    expect(two.hits.every((h) => h.lang === 'zh')).toBe(true)
    const one = json(dir, '港')
    expect(one.total).toBeGreaterThanOrEqual(two.total)
    const long = json(dir, '外国航运公司')
    expect(long.hits.map((h) => h.text.includes('外国航运公司'))).toEqual(long.hits.map(() => true))
    expect(long.total).toBeGreaterThan(0)
    // characters that are in the text but not next to each other are not a word
    expect(json(dir, '港司').total).toBe(0)
  })

  it('takes phrases and prefixes, and --lang restricts to one language', () => {
    const some = JSON.parse(search(dir, 'the', '--json', '-n', '2').stdout) as { more: boolean; hits: unknown[] }
    expect(some.hits).toHaveLength(2)
    expect(some.more).toBe(true)
    const phrase = json(dir, '"two-year"')
    expect(phrase.total).toBe(1)
    expect(phrase.hits[0].snippet.slice(...phrase.hits[0].marks[0])).toBe('two-year')
    const prefix = json(dir, 'двухнед*')
    expect(prefix.hits.some((h) => h.text.includes('двухнедельного'))).toBe(true)
    const ru = json(dir, 'Мао', '--lang', 'ru')
    expect(ru.total).toBeGreaterThan(0)
    expect(ru.hits.every((h) => h.lang === 'ru')).toBe(true)
    expect(json(dir, 'Мао', '--lang', 'en').total).toBe(0)
    // word order matters in a phrase, not in two words
    expect(json(dir, '"Zedong Mao"').total).toBe(0)
    expect(json(dir, 'Zedong Mao').total).toBeGreaterThan(0)
  })

  it('ranks by relevance: a paragraph that is mostly the term comes first', () => {
    const found = json(dir, 'Roshchin')
    const scores = found.hits.map((h) => h.score)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
    expect(found.hits[0].text.length).toBeLessThanOrEqual(found.hits[found.hits.length - 1].text.length)
  })

  it('updates the index on a rerun: a changed input is searched anew, a removed one is gone', () => {
    const local = tree({ 'in/a.txt': sample, 'in/b.txt': mismatch })
    expect(batch(local).status).toBe(0)
    expect(json(local, 'Roshchin').total).toBeGreaterThan(0)
    const lines = String(mismatch).split('\n')
    lines[27] += ' zymurgical'
    writeFileSync(join(local, 'in/b.txt'), lines.join('\n'))
    const again = runCli(['batch', '--jobs', '2', 'in/b.txt', '--out', 'out'], { cwd: local })
    expect(again.status, again.stderr).toBe(0)
    expect(json(local, 'zymurgical').hits.map((h) => h.path)).toEqual(['in/b.txt'])
    expect(json(local, 'Roshchin').total).toBe(0)
    // and the updated index answers as a fresh one over the same inputs does, scores included
    const fresh = tree({ 'in/b.txt': lines.join('\n') })
    expect(runCli(['batch', 'in/b.txt', '--out', 'out'], { cwd: fresh }).status).toBe(0)
    for (const q of ['zymurgical', 'harvest', 'the', 'a*']) expect(json(local, q, '-n', '100')).toEqual(json(fresh, q, '-n', '100'))
  })

  it('answers the same, scores and order included, whatever order the workers finished in', () => {
    const other = tree({ 'in/a.txt': sample, 'in/b.txt': mismatch, 'in/zh.txt': zh })
    expect(batch(other, '--jobs', '1').status).toBe(0)
    for (const q of ['the', 'Roshchin', '港', 'a*']) expect(json(other, q, '-n', '200')).toEqual(json(dir, q, '-n', '200'))
  })
})

describe('memo search: bad queries and folders', () => {
  const dir = tree({ 'in/a.txt': sample })
  batch(dir)

  it.each([
    ['"foreign minister', /a phrase is not closed/u],
    ['Mao OR', /OR needs a word after it/u],
    ['NOT Mao', /NOT needs a word before it/u],
    ['(Mao', /a \( is not closed/u],
    ['Mao)', /a \) has no \(/u],
    ['!!!', /no letter or digit/u],
    ['mi*ni', /a \* goes at the end/u],
  ])('%s is one clear line, exit 2', (query, message) => {
    const r = search(dir, query)
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(message)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('says to run memo batch first in a folder without an index, exit 1', () => {
    const r = runCli(['search', 'Mao', '--in', 'in'], { cwd: dir })
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/in has no search index \(search\.sqlite\); run memo batch … --out in first/u)
  })
})

describe('memo batch --merge joins the shards’ indexes', () => {
  const dir = tree({ 'in/a.txt': sample, 'in/b.txt': mismatch, 'in/zh.txt': zh })
  const whole = runCli(['batch', 'in', '--out', 'whole'], { cwd: dir })
  const parts = ['1/2', '2/2'].map((s, k) => runCli(['batch', 'in', '--out', `part-${k}`, '--shard', s], { cwd: dir }))
  const merged = runCli(['batch', '--merge', 'part-0', 'part-1', '--out', 'merged'], { cwd: dir })

  it('answers every query as the unsharded run does', () => {
    for (const r of [whole, ...parts, merged]) expect(r.status, r.stderr).toBe(0)
    const ask = (out: string, q: string) => JSON.parse(runCli(['search', q, '--in', out, '--json', '-n', '1000'], { cwd: dir }).stdout) as Found
    for (const q of ['Roshchin', '港口', 'the', 'двухнед*']) expect(ask('merged', q)).toEqual(ask('whole', q))
    expect(new Set(ask('merged', 'the').hits.map((h) => h.path))).toEqual(new Set(['in/a.txt', 'in/b.txt', 'in/zh.txt']))
    expect(new Set(ask('merged', '港口 OR Roshchin').hits.map((h) => h.path))).toEqual(new Set(['in/a.txt', 'in/zh.txt']))
  })
})

describe('search.sqlite from the same inputs', () => {
  it('has the same bytes whatever the number of workers, over several transactions', () => {
    // more documents than one transaction takes (256), so that the order they finish in
    // could show in the file if it were written in that order
    const files: Record<string, Buffer> = {}
    for (let i = 0; i < 300; i++) files[`in/d${String(i).padStart(3, '0')}.txt`] = numbered(i)
    const dir = tree(files)
    const one = runCli(['batch', '--jobs', '1', 'in', '--out', 'one', '-q'], { cwd: dir })
    expect(one.status, one.stderr).toBe(0)
    const two = runCli(['batch', '--jobs', '2', 'in', '--out', 'two', '-q'], { cwd: dir })
    expect(two.status, two.stderr).toBe(0)
    const a = readFileSync(join(dir, 'one/search.sqlite'))
    expect(a.length).toBeGreaterThan(0)
    expect(readFileSync(join(dir, 'two/search.sqlite')).equals(a)).toBe(true)
    // and the index answers: every document holds the word
    expect(runCli(['search', '--in', 'two', '--json', '-n', '1000', 'Roshchin'], { cwd: dir }).status).toBe(0)
  })
})

describe('index.html on a rerun', () => {
  it('is left alone when nothing changed, and written again when an input changed or it went missing', () => {
    const dir = tree({ 'in/a.txt': sample, 'in/b.txt': mismatch })
    const run = () => {
      const r = runCli(['batch', 'in', '--out', 'out', '-q'], { cwd: dir })
      expect(r.status, r.stderr).toBe(0)
    }
    const page = join(dir, 'out/index.html')
    const stamp = () => statSync(page).mtimeMs
    run()
    const first = stamp()
    const firstText = readFileSync(page, 'utf8')
    run()
    expect(stamp()).toBe(first)
    // one input's title changes: the page says so
    writeFileSync(join(dir, 'in/b.txt'), String(mismatch).replace('Letter from the Embassy in Budapest on', 'A Renamed Memorandum from Budapest on'))
    run()
    const text = readFileSync(page, 'utf8')
    expect(text).toContain('A Renamed Memorandum')
    expect(firstText).not.toContain('A Renamed Memorandum')
    rmSync(page)
    run()
    expect(readFileSync(page, 'utf8')).toBe(text)
  })
})
