// The README's pictures of the HTML reader: the sample's page in Debian's Chromium at desktop
// and phone width, with a paragraph clicked so its partners show. Run after `npm run build`:
//   node scripts/screenshots.js     (CHROMIUM=/path/to/chrome to use another browser)
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { processBytes } from '../dist/process.js'
import { htmlOf } from '../dist/writers/html.js'

const { memo } = await processBytes(readFileSync('fixtures/wilson-110404/input.txt'), 'fixtures/wilson-110404/input.txt')
const path = join(mkdtempSync(join(tmpdir(), 'memo-shots-')), 'reader.html')
writeFileSync(path, htmlOf(memo))
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] })
for (const [name, width, height] of [['desktop', 1280, 1100], ['phone', 375, 1000]]) {
  const page = await browser.newPage({ viewport: { width, height } })
  await page.goto(pathToFileURL(path).href)
  // desktop: the top of the page (record, citation, first rows), a paragraph of the first
  // full row clicked; phone: the row with the discrepancy, stacked
  const row = page.locator(name === 'phone' ? '.row.discrepant' : '.row:not(.uncertain)').nth(name === 'phone' ? 0 : 1)
  await row.locator('.para').first().click()
  if (name === 'phone') await row.evaluate((e) => e.querySelector('.para').scrollIntoView({ block: 'start' }))
  else await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: `docs/reader-${name}.png` })
  await page.close()
}
await browser.close()
console.log('wrote docs/reader-desktop.png and docs/reader-phone.png')
