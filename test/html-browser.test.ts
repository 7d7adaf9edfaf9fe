// The HTML reader (-f html) in a real browser: Debian's Chromium (/usr/bin/chromium, which
// .ci/run installs), driven by playwright-core (no browser downloaded). The checks are what a
// reader sees: a column per section with its language, a click that highlights the partner
// paragraphs of the row, the discrepancy and its explanation on the page, no request
// leaving the file, and nothing wider than a 375-pixel phone, where the columns stack.
// Without Chromium the tests are skipped with a message.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { alignSections } from '../src/align/align-sections.js'
import type { Memo } from '../src/model/memo.js'
import { diagnosticsOf } from '../src/report/report.js'
import { formatChicago } from '../src/cite/chicago/index.js'
import { chicagoRecordOf } from '../src/writers/chicago.js'
import { htmlOf } from '../src/writers/html.js'
import { memoOfFixture } from './helpers/citation-memo.js'

const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium'
const hasChromium = existsSync(executablePath)
if (!hasChromium) console.warn(`no Chromium at ${executablePath} (apt-get install chromium); the browser tests of the HTML reader are skipped.`)

let browser: Browser
let memo: Memo
let url: string
let strictUrl: string
let strict: Memo

/** The sample aligned again by the align stage with a stricter threshold, so that some of
 * its rows are reported uncertain (none falls below the default 0.5). */
function strictly(m: Memo, warnBelow: number): Memo {
  const file = new VFile({ path: 'sample' })
  const alignment = alignSections(m.sections, file, { warnBelow })
  return { ...m, alignment, diagnostics: diagnosticsOf(file) }
}

beforeAll(async () => {
  memo = await memoOfFixture('wilson-110404')
  const path = join(mkdtempSync(join(tmpdir(), 'memo-html-')), 'reader.html')
  writeFileSync(path, htmlOf(memo))
  url = pathToFileURL(path).href
  strict = strictly(memo, 0.9)
  writeFileSync(path.replace('reader', 'strict'), htmlOf(strict))
  strictUrl = pathToFileURL(path.replace('reader', 'strict')).href
  if (hasChromium) browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--headless'] })
}, 30_000)
afterAll(async () => browser?.close())

async function open(width: number, at = url): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 800 } })
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await page.goto(at)
  return { page, requests }
}

describe.skipIf(!hasChromium)('the HTML reader in Chromium', () => {
  it('shows a column per section, in document order, each with its language, and fetches nothing', async () => {
    const { page, requests } = await open(1280)
    const heads = await page.locator('.head').evaluateAll((els) => els.map((e) => [e.getAttribute('lang'), e.textContent]))
    expect(heads).toEqual(memo.sections.map((s) => [s.lang, s.label]))
    const lefts = await page.locator('.head').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left))
    expect([...lefts].sort((a, b) => a - b)).toEqual(lefts)
    expect(new Set(lefts).size).toBe(memo.sections.length)
    // every paragraph of every section is on the page, in its language
    for (const s of memo.sections) expect(await page.locator(`.cell[lang="${s.lang}"] .para`).count()).toBe(s.paragraphs.length)
    expect(requests).toEqual([url])
    await page.close()
  })

  it('puts a paragraph beside its translation and highlights the partner paragraphs on a click', async () => {
    const { page } = await open(1280)
    const r = memo.alignment.findIndex((row) => Object.values(row.cells).every((c) => c.length === 1))
    const ids = memo.sections.map((s) => `${s.id}-p${memo.alignment[r].cells[s.id][0] + 1}`)
    const tops = await Promise.all(ids.map((id) => page.locator(`#${id}`).evaluate((e) => Math.round(e.getBoundingClientRect().top))))
    expect(new Set(tops).size).toBe(1)
    const before = await page.locator(`#${ids[1]}`).evaluate((e) => getComputedStyle(e).backgroundColor)
    await page.locator(`#${ids[0]}`).click()
    for (const id of ids.slice(1)) expect(await page.locator(`#${id}`).getAttribute('class')).toContain('partner')
    expect(await page.locator(`#${ids[1]}`).evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe(before)
    // nothing outside the row is highlighted
    expect(await page.locator('.para.partner, .para.active').count()).toBe(ids.length)
    await page.close()
  })

  it('marks the discrepancy of the sample under its row, with the explanation', async () => {
    const { page } = await open(1280)
    const flag = page.locator('.row.discrepant .flag', { hasText: 'двухнедельного' })
    expect(await flag.isVisible()).toBe(true)
    expect(await flag.textContent()).toContain('two-year')
    await page.close()
  })

  it('marks the rows the aligner reports uncertain, and only those', async () => {
    const { page } = await open(1280, strictUrl)
    const expected = strict.alignment.flatMap((row, r) => (row.confidence < 0.9 ? [String(r + 1)] : []))
    expect(expected.length).toBeGreaterThan(0)
    expect(await page.locator('.row.uncertain').evaluateAll((els) => els.map((e) => e.getAttribute('data-row')))).toEqual(expected)
    const flag = page.locator(`#row-${expected[0]} .flag.unsure`)
    expect(await flag.isVisible()).toBe(true)
    expect(await flag.textContent()).toMatch(/Uncertain alignment \(confidence 0\.\d\d\)/)
    const border = await page.locator(`#row-${expected[0]} .cell`).first().evaluate((e) => getComputedStyle(e).borderTopStyle)
    expect(border).toBe('dashed')
    await page.close()
  })

  it('copies the Chicago entry with its button, and prints without the controls', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const page = await context.newPage()
    await page.goto(url)
    await page.locator('#copy-citation').click()
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Copied.')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(formatChicago([chicagoRecordOf(memo)], { format: 'text' }).trim())
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('#copy-citation').isVisible()).toBe(false)
    expect(await page.locator('.cite .csl-entry').isVisible()).toBe(true)
    await context.close()
  })

  it('fits a 375-pixel phone: no horizontal overflow, the columns stacked row by row', async () => {
    const { page } = await open(375)
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth])
    expect(widths[0]).toBeLessThanOrEqual(widths[1])
    const r = memo.alignment.findIndex((row) => Object.values(row.cells).every((c) => c.length === 1))
    const boxes = await Promise.all(memo.sections.map((s) => page.locator(`#${s.id}-p${memo.alignment[r].cells[s.id][0] + 1}`).evaluate((e) => e.getBoundingClientRect().toJSON())))
    for (let k = 1; k < boxes.length; k++) expect(boxes[k].top).toBeGreaterThanOrEqual(boxes[k - 1].bottom)
    await page.close()
  })
})
