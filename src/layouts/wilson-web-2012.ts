// Layout B: a page saved from the Wilson Center Digital Archive's early site (about 2012).
//
//   date · indented summary · "Title," date, …citation (no "Citation:" label, often no
//   final period) · text
//
// No title line: the title is the quoted part of the citation. Read by readWebPage
// (web-page.ts), which also drops any navigation line the page kept.
import type { Layout } from '../model/raw.js'
import { looksLikeDate, skipBlank } from './header-lines.js'
import { isCitationLine, isNavigation, readWebPage } from './web-page.js'

const HEAD_LINES = 30

export const wilsonWeb2012: Layout = {
  name: 'wilson-web-2012',
  description: 'Wilson Center Digital Archive web page, about 2012: date, indented summary, unlabelled citation in quotes, text',
  detect(source) {
    const lines = source.lines
    let i = skipBlank(lines, 0)
    while (i < lines.length && isNavigation(lines[i].text)) i = skipBlank(lines, i + 1)
    if (i >= lines.length || !looksLikeDate(lines[i].text)) return 0
    // The citation follows within a few lines, and nothing before it is a layout A label.
    const n = Math.min(lines.length, i + HEAD_LINES)
    for (let k = i + 1; k < n; k++) {
      const text = lines[k].text
      if (/^(?:Citation|Summary|Contents):/.test(text.trim())) return 0
      if (isCitationLine(text)) return 3
    }
    return 0
  },
  read(source, file) {
    return readWebPage(source, file, wilsonWeb2012.name)
  },
}
