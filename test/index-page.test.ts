// index.html of a batch, in a real browser (Debian's chromium, driven by playwright-core;
// nothing downloaded): opened from file:// with no network, every document listed and
// linked, columns sort, filters narrow, and the search box finds what memo search finds.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mismatch, removeTrees, sample, tree, undated } from './helpers/batch-tree.js'
import { fixtureInput } from './helpers/fixtures.js'
import { runCli } from './helpers/run-cli.js'

const CHROMIUM = '/usr/bin/chromium'
const dir = tree({ 'in/a.txt': sample, 'in/b.txt': mismatch, 'in/c.txt': undated, 'in/zh.txt': fixtureInput('pdf-several-credits') })
const built = runCli(['batch', 'in', '--out', 'out', '-f', 'md,json'], { cwd: dir })
const out = join(dir, 'out')

let browser: Browser
let page: Page
const outside: string[] = []

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
  page = await browser.newPage()
  await page.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith('file://')) return route.continue()
    outside.push(url)
    return route.abort()
  })
  await page.goto(pathToFileURL(join(out, 'index.html')).href)
}, 30_000)

afterAll(async () => {
  await browser?.close()
  removeTrees()
})

const rows = () => page.locator('#docs tbody tr').evaluateAll((trs) => trs.map((tr) => ({ doc: (tr as HTMLElement).dataset.doc!, cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''), href: tr.querySelector('a')!.getAttribute('href')! })))
const searchFor = async (q: string) => {
  await page.fill('#q', q)
  await page.click('#search button[type=submit]')
  await page.waitForFunction(() => !document.getElementById('status')!.textContent!.startsWith('Searching'))
  return (await rows()).map((r) => r.doc)
}
/** The documents memo search finds, best paragraph's document first, each once. */
const memoSearch = (q: string) => {
  const r = runCli(['search', q, '--in', 'out', '--json', '-n', '1000'], { cwd: dir })
  return [...new Set((JSON.parse(r.stdout) as { hits: { id: string }[] }).hits.map((h) => h.id))]
}

describe('index.html', () => {
  it('lists every document, each linking to a file that exists, and asks for nothing over the network', async () => {
    expect(built.status, built.stderr).toBe(0)
    const list = await rows()
    expect(list).toHaveLength(4)
    expect(new Set(list.map((r) => r.doc)).size).toBe(4)
    for (const r of list) {
      expect(r.href).toMatch(/\.md$/u)
      expect(existsSync(join(out, r.href)), r.href).toBe(true)
    }
    const a = list.find((r) => r.doc === 'wilson-110404')!
    expect(a.cells[1]).toBe('1950-01-01')
    expect(a.cells[2]).toMatch(/Archive of Foreign Policy/u)
    expect(a.cells[3].split(' ').sort()).toEqual(['en', 'ru', 'zh'])
    expect(outside).toEqual([])
  })

  it('sorts by a column, both ways', async () => {
    await page.click('th[data-sort="2"] button')
    const dates = (await rows()).map((r) => r.cells[1])
    expect(dates).toEqual([...dates].sort())
    await page.click('th[data-sort="2"] button')
    const down = (await rows()).map((r) => r.cells[1])
    expect(down).toEqual([...dates].reverse())
  })

  it('filters by language and by year', async () => {
    await page.selectOption('#f-lang', 'hu')
    const hu = await rows()
    expect(hu.length).toBeGreaterThan(0)
    for (const r of hu) expect(r.cells[3].split(' ')).toContain('hu')
    await page.selectOption('#f-lang', '')
    await page.selectOption('#f-year', '1950')
    const y = await rows()
    expect(y.length).toBeGreaterThan(0)
    for (const r of y) expect(r.cells[1].startsWith('1950')).toBe(true)
    await page.selectOption('#f-year', '')
    expect(await rows()).toHaveLength(4)
  })

  it('searches the full text without a server, finding the documents memo search finds', async () => {
    for (const q of ['Roshchin', '港口', '港', 'двухнед*', 'harvest', 'the']) {
      const found = await searchFor(q)
      expect(found.length, q).toBeGreaterThan(0)
      expect([...found].sort(), q).toEqual([...memoSearch(q)].sort())
    }
    // two words: memo search wants them in one paragraph, the page in one document
    const both = await searchFor('Mao harvest')
    expect(both).toEqual([])
    const page2 = await searchFor('Mao Roshchin')
    expect(page2).toEqual(['wilson-110404'])
    expect(await searchFor('zzyzzx')).toEqual([])
    expect(await page.textContent('#status')).toMatch(/No document/u)
    await page.click('#clear')
    expect(await rows()).toHaveLength(4)
    expect(outside).toEqual([])
  })

  it('fits a phone: nothing wider than 375 px', async () => {
    await page.setViewportSize({ width: 375, height: 700 })
    const wide = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(wide).toBeLessThanOrEqual(375)
  })
})
