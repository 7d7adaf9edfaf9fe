// TEI P5: the document as a parallel edition, valid against tei_all (schemas/tei_all.rng;
// the tests run jing on every fixture's memo.tei.xml). The header holds the record: title,
// authors, funder and credits (respStmt, with MARC relators) in titleStmt; the online
// publication in publicationStmt and as a bibl in sourceDesc, beside the archival original
// (msDesc: settlement, repository, the reference as written and its parsed parts as idno)
// and a section's own published source; the date, summary, languages and topics in
// profileDesc. The body has one div per section (type = role, xml:lang, xml:id), one p per
// paragraph with an xml:id and a pb where a page of the original ends. The alignment is a
// linkGrp type="translation" in standOff, one link per row that pairs paragraphs of two or
// more sections, with the row's confidence as cert (TEI's probability); the footnotes and the
// aligner's discrepancy findings are notes in back, pointing at what they concern.
import { englishName } from '../data/language-names.js'
import { isoDate, type CslItem, type CslName } from '../model/csl.js'
import type { Memo, Paragraph, Section } from '../model/memo.js'
import { idnoParts, MARC_RELATORS, respOfRole } from './mappings/tei.js'
import { rowFlags } from './row-flags.js'
import type { Writer } from './types.js'
import { el, serializeXml, type XmlElement, type XmlNode } from './xml-tree.js'

const TEI_NS = 'http://www.tei-c.org/ns/1.0'

/** An xml:id (an NCName) from a section id: memo's ids are letters, digits and hyphens, but a
 * layout may one day give others. */
export function ncName(id: string): string {
  const safe = id.replace(/[^\p{L}\p{N}._-]/gu, '_')
  return /^[\p{L}_]/u.test(safe) ? safe : `s-${safe}`
}

export const paragraphId = (section: Section, p: number) => `${ncName(section.id)}-p${p + 1}`

function name(n: CslName): XmlElement {
  if (n.literal !== undefined || (!n.family && !n.given)) return el('name', {}, [n.literal ?? ''])
  const parts: XmlNode[] = []
  if (n.given) parts.push(el('forename', {}, [n.given]))
  if (n.given && n.family) parts.push(' ')
  if (n.family) parts.push(el('surname', {}, [n.family]))
  return el('persName', {}, parts)
}

function titleStmt(memo: Memo): XmlElement {
  const { csl, contributors, funding } = memo.record
  return el('titleStmt', {}, [
    el('title', {}, [csl.title ?? memo.id]),
    ...(csl.author ?? []).map((a) => el('author', {}, [name(a)])),
    funding && el('funder', {}, [funding]),
    ...(contributors ?? []).map((c) => {
      const { words, relator } = respOfRole[c.role]
      return el('respStmt', {}, [el('resp', { ref: relator && MARC_RELATORS + relator }, [c.for ? `${words.replace(/ by$/u, '')} for ${c.for} by` : words]), name(c.name)])
    }),
  ])
}

function publicationStmt(memo: Memo): XmlElement {
  const { csl, documentNumber, rights, uploaded } = memo.record
  const agencies = [csl.publisher && el('publisher', {}, [csl.publisher]), csl.source && csl.source !== csl.publisher && el('distributor', {}, [csl.source])].filter(Boolean)
  if (!agencies.length) return el('publicationStmt', {}, [el('p', {}, [csl.URL ? `Published online at ${csl.URL}; the dump names no publisher.` : 'The dump names no publication.'])])
  return el('publicationStmt', {}, [
    ...agencies,
    uploaded && el('date', { when: uploaded }, [uploaded]),
    csl.URL && el('idno', { type: 'URI' }, [csl.URL]),
    documentNumber && el('idno', { type: 'document' }, [documentNumber]),
    rights && el('availability', {}, [el('p', {}, [rights])]),
  ])
}

function msDesc(memo: Memo): XmlElement | undefined {
  const { csl, archival, originalLanguage } = memo.record
  const repository = csl.archive ?? archival?.repository
  const place = csl['archive-place'] ?? archival?.place
  const location = csl.archive_location ?? archival?.location
  if (!repository && !location) return undefined
  const parts = idnoParts.filter((k) => archival?.[k] !== undefined).map((k) => el('idno', { type: k }, [String(archival![k])]))
  return el('msDesc', {}, [
    el('msIdentifier', {}, [
      place && el('settlement', {}, [place]),
      repository && el('repository', {}, [repository]),
      location && el('idno', { type: 'shelfmark' }, [location]),
      ...parts,
    ]),
    originalLanguage && el('msContents', {}, [el('textLang', { mainLang: originalLanguage }, [englishName(originalLanguage) ?? originalLanguage])]),
  ])
}

/** The online publication, as a reader would cite the page. */
function onlineBibl(memo: Memo): XmlElement | undefined {
  const { csl, citation, documentNumber } = memo.record
  if (!csl.URL && !csl.publisher) return undefined
  const date = isoDate(csl.issued)
  return el('bibl', { type: 'online' }, [
    csl.title && el('title', {}, [csl.title]),
    date && el('date', { when: date }, [date]),
    csl.publisher && el('publisher', {}, [csl.publisher]),
    documentNumber && el('idno', { type: 'document' }, [documentNumber]),
    csl.URL && el('ptr', { target: csl.URL }),
    citation && el('note', { type: 'citation' }, [citation]),
  ])
}

function relatedBibl(item: CslItem): XmlElement {
  const date = isoDate(item.issued)
  return el('bibl', { type: 'published-source' }, [
    item.title && el('title', { 'xml:lang': item.language }, [item.title]),
    item['publisher-place'] && el('pubPlace', {}, [item['publisher-place']]),
    item.publisher && el('publisher', {}, [item.publisher]),
    date && el('date', { when: date }, [date]),
    item.page && el('biblScope', { unit: 'page' }, [item.page]),
    item.note && el('note', {}, [item.note]),
  ])
}

function profileDesc(memo: Memo): XmlElement {
  const { csl, topics, people, places } = memo.record
  const date = isoDate(csl.issued)
  const langs = [...new Set(memo.sections.filter((s) => !s.absent).map((s) => s.lang))]
  const terms = [
    ...(topics ?? []).map((t) => el('term', { type: 'topic' }, [t])),
    ...(people ?? []).map((t) => el('term', { type: 'name' }, [t])),
    ...(places ?? []).map((t) => el('term', { type: 'place' }, [t])),
  ]
  return el('profileDesc', {}, [
    date && el('creation', {}, [el('date', { when: date }, [date])]),
    csl.abstract && el('abstract', {}, [el('p', {}, [csl.abstract])]),
    langs.length > 0 && el('langUsage', {}, langs.map((l) => el('language', { ident: l }, [englishName(l) ?? l]))),
    terms.length > 0 && el('textClass', {}, [el('keywords', {}, terms)]),
  ])
}

/** A paragraph's text with a <pb/> where each page of the original ends inside it. */
function paragraph(section: Section, p: Paragraph, index: number): XmlElement {
  const children: XmlNode[] = []
  let last = 0
  for (const at of [...(p.pageBreaks ?? [])].sort((a, b) => a - b)) {
    children.push(p.text.slice(last, at), el('pb'))
    last = at
  }
  children.push(p.text.slice(last))
  return el('p', { 'xml:id': paragraphId(section, index) }, children)
}

function div(section: Section): XmlElement {
  return el('div', { type: section.role, 'xml:lang': section.lang, 'xml:id': ncName(section.id) }, [
    el('head', {}, [section.label]),
    section.absent && el('gap', { reason: 'not-in-dump' }),
    ...section.paragraphs.map((p, i) => paragraph(section, p, i)),
  ])
}

/** The rows that pair paragraphs of two or more sections, as links (TEI wants two targets). */
function links(memo: Memo): XmlElement[] {
  const byId = new Map(memo.sections.map((s) => [s.id, s]))
  const out: XmlElement[] = []
  memo.alignment.forEach((row, r) => {
    const targets = Object.entries(row.cells).flatMap(([id, list]) => list.map((p) => `#${paragraphId(byId.get(id)!, p)}`))
    const sections = Object.values(row.cells).filter((list) => list.length > 0).length
    if (sections < 2) return
    out.push(el('link', { 'xml:id': `align-${r + 1}`, n: String(r + 1), target: targets.join(' '), cert: row.confidence.toFixed(3) }))
  })
  return out
}

function back(memo: Memo, linked: Set<string>): XmlElement | undefined {
  const byId = new Map(memo.sections.map((s) => [s.id, s]))
  const notes = (memo.notes ?? []).map((note, n) =>
    el('note', { 'xml:id': `note-${n + 1}`, n: note.label, target: note.refs?.map((ref) => `#${paragraphId(byId.get(ref.section)!, ref.paragraph)}`).join(' ') || undefined }, [note.text]),
  )
  const found: XmlElement[] = []
  for (const [r, flags] of [...rowFlags(memo)].sort((a, b) => a[0] - b[0])) {
    for (const message of flags.discrepancies) if (linked.has(`align-${r + 1}`)) found.push(el('note', { type: 'discrepancy', target: `#align-${r + 1}` }, [message]))
  }
  if (!notes.length && !found.length) return undefined
  return el('back', {}, [
    notes.length > 0 && el('div', { type: 'notes' }, [el('head', {}, ['Notes']), ...notes]),
    found.length > 0 && el('div', { type: 'discrepancies' }, [el('head', {}, ['Discrepancies between aligned paragraphs']), ...found]),
  ])
}

export function teiOf(memo: Memo): string {
  const { csl, related } = memo.record
  const sources = [onlineBibl(memo), msDesc(memo), ...(related ?? []).map(relatedBibl)].filter((x): x is XmlElement => x !== undefined)
  const linkList = links(memo)
  const linked = new Set(linkList.map((l) => l.attrs[0][1]))
  const header = el('teiHeader', {}, [
    el('fileDesc', {}, [titleStmt(memo), publicationStmt(memo), el('sourceDesc', {}, sources.length ? sources : [el('p', {}, ['The dump names no source.'])])]),
    el('encodingDesc', {}, [
      el('appInfo', {}, [el('application', { ident: 'memo', version: '0.1.0' }, [el('label', {}, ['memo']), el('p', {}, ['Sections, paragraphs and their alignment were found by memo; each link\'s cert is the aligner\'s confidence in its row.'])])]),
    ]),
    profileDesc(memo),
  ])
  const text = el('text', {}, [el('body', {}, memo.sections.length ? memo.sections.map(div) : [el('p')]), back(memo, linked)])
  return serializeXml(
    el('TEI', { xmlns: TEI_NS, 'xml:lang': csl.language }, [
      header,
      text,
      linkList.length > 0 && el('standOff', {}, [el('linkGrp', { type: 'translation' }, linkList)]),
    ]),
  )
}

export const tei: Writer = {
  name: 'tei',
  extname: '.tei.xml',
  description: 'TEI P5 parallel edition: the record in teiHeader, a div per section, the alignment as a linkGrp',
  write: teiOf,
}
