// Layout C: a page saved from the Wilson Center Digital Archive's site of 2013-2019.
//
//   Search in · Digital Archive International History Declassified · date · support line ·
//   • Citation · get citation · summary · "Title ," date, …citation · • share document ·
//   English HTML · text
//
// A variant shows ADD SEARCH FILTER CANCEL SEARCH FILTER, the title in capitals,
// CITATION SHARE DOWNLOAD, a citation ending with the URL, and VIEW DOCUMENT IN before the
// tabs (English HTML, Russian HTML, Scan of Original). Read by readWebPage (web-page.ts).
import type { Layout } from '../model/raw.js'
import { readWebPage } from './web-page.js'

// Lines only this site printed: the search box, the citation and share buttons, the tab bar.
const MARKS = /^(?:[•*·-][ \t]{0,4})?(?:Search in|Digital Archive International History Declassified|ADD SEARCH FILTER CANCEL SEARCH FILTER|get citation|share document|CITATION SHARE DOWNLOAD|VIEW DOCUMENT IN)$/i
const DETECT_LINES = 60

export const wilsonWeb2013: Layout = {
  name: 'wilson-web-2013',
  description: 'Wilson Center Digital Archive web page, 2013-2019: search box, date, citation buttons, summary and unlabelled citation, English HTML tab, text',
  detect(source) {
    const n = Math.min(source.lines.length, DETECT_LINES)
    let marks = 0
    for (let i = 0; i < n; i++) if (MARKS.test(source.lines[i].text.trim())) marks++
    // two of the site's buttons or boxes: as sure as a mark gets, more with each
    return marks >= 2 ? 1 + marks : 0
  },
  read(source, file) {
    return readWebPage(source, file, wilsonWeb2013.name)
  },
}
