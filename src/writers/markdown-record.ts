// The record in a Markdown file, so that the file stays citable when it travels without
// its dump: the whole record as structured front matter, and a short source block in the
// body that a reader sees above the text.
//
// The front matter's keys are the ones the tools that read front matter know (pandoc,
// Jekyll, Hugo: `title`, `author`, `date`, `lang`) plus the record's own, in snake case.
// `lang` is the record's own language (the English translation's), which pandoc puts on
// <html lang>; each section then carries its own (markdown.ts).
//
// The title is in the front matter only, not also a `#` heading in the body: pandoc -s,
// Jekyll and Hugo print the front matter's title as the page's heading, so a body heading
// would give the page two. The source block is a list of labelled lines, ending in the
// Chicago bibliography entry that memo cite prints.
import type { List, ListItem, PhrasingContent, RootContent } from 'mdast'
import { chicagoEntry } from '../cite/chicago/entry.js'
import type { Run } from '../cite/chicago/runs.js'
import { isoDate, type CslName } from '../model/csl.js'
import type { ArchivalRef, Contributor, Memo } from '../model/memo.js'
import { chicagoRecordOf } from './chicago.js'

/** The archive reference's parsed parts, without what the front matter already holds as
 * archive, archive_place and archive_location. */
function referenceParts(archival: ArchivalRef | undefined): Record<string, string> | undefined {
  if (!archival) return undefined
  const { repository: _r, abbreviation: _a, place: _p, location: _l, scheme: _s, ...parts } = archival
  return Object.keys(parts).length ? (parts as Record<string, string>) : undefined
}

/** One archive of a source that names several: its name, place, the reference as written
 * and its parts. */
function archiveFields(a: ArchivalRef): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (a.repository) out.archive = a.abbreviation ? `${a.repository} (${a.abbreviation})` : a.repository
  if (a.place) out.archive_place = a.place
  if (a.location) out.archive_location = a.location
  const parts = referenceParts(a)
  if (parts) out.reference = parts
  return out
}

function credit(c: Contributor): Record<string, string> {
  return { role: c.role, name: nameText(c.name), ...(c.for && { for: c.for }) }
}

/** "Family, Given" as a bibliography sorts names, or the name kept whole. */
export function nameText(name: CslName): string {
  return name.literal ?? [name.family, name.given].filter(Boolean).join(', ')
}

/** The front matter's fields, in order; only what the record holds. */
export function frontMatterFields(memo: Memo): Record<string, unknown> {
  const { csl, ...record } = memo.record
  const front: Record<string, unknown> = { id: memo.id }
  const put = (key: string, value: unknown) => {
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) front[key] = value
  }
  put('title', csl.title)
  put('genre', csl.genre)
  put('author', csl.author?.map(nameText))
  put('date', isoDate(csl.issued))
  put('url', csl.URL)
  put('lang', csl.language)
  put('original_language', record.originalLanguage)
  front.languages = [...new Set(memo.sections.filter((s) => !s.absent).map((s) => s.lang))]
  put('document_number', record.documentNumber)
  put('publisher', csl.publisher)
  put('archive', csl.archive)
  put('archive_place', csl['archive-place'])
  put('archive_location', csl.archive_location)
  put('reference', referenceParts(record.archival))
  put('archives', record.archives?.map(archiveFields))
  put('translator', csl.translator?.map(nameText))
  put('credits', record.contributors?.map(credit))
  put('funding', record.funding)
  put('published_source', record.related?.map(({ id: _id, ...item }) => item))
  put('citation', record.citation)
  put('topics', record.topics)
  put('people', record.people)
  put('places', record.places)
  return front
}

/** The source block: where the document is kept, who found and translated it, who paid
 * for it, where it was published, and how to cite it. Empty for a record with none of these
 * (a dump without a header). */
export function sourceBlock(memo: Memo, phrasing: (text: string) => PhrasingContent[]): RootContent[] {
  const { csl, funding, archives } = memo.record
  const lines: [string, PhrasingContent[]][] = []
  // a source naming several archives: each archive with its own reference
  const places = archives
    ? archives.map((a) => ({ name: a.repository && (a.abbreviation ? `${a.repository} (${a.abbreviation})` : a.repository), place: a.place, location: a.location }))
    : [{ name: csl.archive, place: csl['archive-place'], location: csl.archive_location }]
  for (const { name, place, location } of places) {
    const archive = [name, place].filter(Boolean).join(', ')
    if (archive) lines.push(['Archive', phrasing(archive)])
    if (location) lines.push(['Reference', phrasing(location)])
  }
  if (csl.note) lines.push(['Credits', phrasing(csl.note)])
  if (funding) lines.push(['Funding', phrasing(funding)])
  const online = [csl.publisher ?? csl.source, csl.URL].filter((x): x is string => Boolean(x)).join(', ')
  if (online) lines.push(['Published', phrasing(online)])
  // a record without a title or any source is no citation worth printing
  if (!lines.length) return []
  // the entry never prints the item's id, so the citation key is not worked out for it
  lines.push(['Cite as', chicagoEntry(chicagoRecordOf(memo, memo.id), 'bibliography').map(runNode)])
  const list: List = {
    type: 'list',
    ordered: false,
    spread: false,
    children: lines.map(([label, value]): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: `${label}:` }] }, { type: 'text', value: ' ' }, ...value] }],
    })),
  }
  return [list]
}

/** A run of the Chicago entry as Markdown: a book's title in emphasis, a web address a link. */
function runNode(run: Run): PhrasingContent {
  if (run.kind === 'quoted') return { type: 'text', value: `“${run.text}”` }
  if (run.kind === 'italic') return { type: 'emphasis', children: [{ type: 'text', value: run.text }] }
  if (run.kind === 'link' && /^https?:\/\//iu.test(run.text)) return { type: 'link', url: run.text, children: [{ type: 'text', value: run.text }] }
  return { type: 'text', value: run.text }
}
