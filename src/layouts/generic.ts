// The reader of last resort: a dump no layout recognises. Everything is body, except a
// leading date line and the short block after it, which are taken as date and title.
import type { Layout, RawHeader } from '../model/raw.js'
import { report } from '../report/report.js'
import { blockEnd, fieldOf, looksLikeDate, skipBlank } from './header-lines.js'

export const generic: Layout = {
  name: 'generic',
  description: 'Any text: a leading date line and title are used when present; the rest is body',
  detect: () => true,
  read(source, file) {
    const lines = source.lines
    const header: RawHeader = {}
    let i = skipBlank(lines, 0)
    if (i < lines.length && looksLikeDate(lines[i].text)) {
      header.date = fieldOf(lines, i, i + 1)
      i++
      const end = blockEnd(lines, i)
      // A title is short; a long block after the date is already body.
      if (end > i && end - i <= 3 && lines.slice(i, end).every((l) => l.text.length <= 200)) {
        header.title = fieldOf(lines, i, end)
        i = end
      }
    }
    report(file, 'layout/no-header', undefined, header.date ? 'no known header layout; took the first lines as date and title' : 'no header found; the whole text is read as body')
    return { layout: generic.name, header, body: lines.slice(i) }
  },
}
