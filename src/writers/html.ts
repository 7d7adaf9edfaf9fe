// -f html: a reader for one document, in one self-contained file (style sheet and script
// inline, html-assets.ts; nothing fetched). At the top the record: title, date, archive,
// reference, credits, the published page, the summary, and the Chicago entry (memo's own
// formatter, as memo cite prints it) with a copy button. Below, the sections side by side in
// the document's order, a column each with its lang, one grid row per alignment row, so a
// paragraph sits beside its translation; clicking, hovering or focusing a paragraph
// highlights its row's paragraphs in the other columns. Rows the aligner was unsure of are
// marked, and a discrepancy it found (a figure that differs between two aligned paragraphs)
// is shown under its row with the aligner's explanation. At phone width the columns stack,
// row by row, each paragraph labelled with its language; printing drops the controls.
// Every string from the dump is escaped; the only markup is memo's.
import { formatChicago } from '../cite/chicago/index.js'
import { englishName } from '../data/language-names.js'
import { isoDate } from '../model/csl.js'
import type { Memo, Paragraph, Section } from '../model/memo.js'
import { chicagoRecordOf } from './chicago.js'
import { READER_CSS, READER_SCRIPT } from './html-assets.js'
import { rowFlags } from './row-flags.js'
import { paragraphId } from './tei.js'
import type { Writer } from './types.js'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
/** Text for HTML, also inside a quoted attribute; drops what no HTML document may hold. */
export function escapeHtml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\v\f\u000e-\u001f\u007f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c])
}

const LANGUAGE_TAG = /^[a-z]{2,8}(?:-[a-z\d]{1,8})*$/iu
const langAttr = (tag: string | undefined) => (tag && LANGUAGE_TAG.test(tag) ? ` lang="${tag}"` : '')
const webLink = (url: string) => (/^https?:\/\//iu.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url))

function recordList(memo: Memo): string {
  const { csl, documentNumber, originalLanguage, funding, topics } = memo.record
  const rows: [string, string][] = []
  const date = isoDate(csl.issued)
  if (date) rows.push(['Date', escapeHtml(date)])
  const archive = [csl.archive, csl['archive-place']].filter(Boolean).join(', ')
  if (archive) rows.push(['Archive', escapeHtml(archive)])
  if (csl.archive_location) rows.push(['Reference', escapeHtml(csl.archive_location)])
  if (csl.note) rows.push(['Credits', escapeHtml(csl.note)])
  if (funding) rows.push(['Funding', escapeHtml(funding)])
  if (originalLanguage) rows.push(['Original language', escapeHtml(englishName(originalLanguage) ?? originalLanguage)])
  const online = [csl.publisher ?? csl.source, documentNumber && `document ${documentNumber}`].filter(Boolean).join(', ')
  if (online || csl.URL) rows.push(['Published', [online && escapeHtml(online), csl.URL && webLink(csl.URL)].filter(Boolean).join(', ')])
  if (topics?.length) rows.push(['Topics', escapeHtml(topics.join('; '))])
  return rows.length ? `<dl>\n${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n')}\n</dl>\n` : ''
}

function citation(memo: Memo): string {
  const { csl } = memo.record
  if (!csl.title && !csl.archive && !csl.URL) return ''
  const entry = formatChicago([chicagoRecordOf(memo)], { format: 'html' }).trim()
  return `<section class="cite" aria-labelledby="cite-heading">\n<h2 id="cite-heading">Cite as (Chicago)</h2>\n${entry}\n<button type="button" id="copy-citation">Copy citation</button><span class="status" id="copy-status" role="status"></span>\n</section>\n`
}

/** A paragraph's text with a mark where a page of the original ends. */
function paragraphHtml(section: Section, p: Paragraph, index: number): string {
  let out = ''
  let last = 0
  for (const at of [...(p.pageBreaks ?? [])].sort((a, b) => a - b)) {
    out += `${escapeHtml(p.text.slice(last, at))}<span class="pb" title="page break in the original"></span>`
    last = at
  }
  out += escapeHtml(p.text.slice(last))
  return `<p class="para" id="${paragraphId(section, index)}" tabindex="0">${out}</p>`
}

function parallel(memo: Memo): string {
  const sections = memo.sections.filter((s) => !s.absent)
  if (!sections.length) return ''
  const flags = rowFlags(memo)
  const out: string[] = [`<main class="parallel" style="--columns: ${sections.length}">`]
  for (const s of sections) out.push(`<div class="head" data-section="${escapeHtml(s.id)}"${langAttr(s.lang)}>${escapeHtml(s.label)}</div>`)
  memo.alignment.forEach((row, r) => {
    const f = flags.get(r)
    const classes = ['row', ...(f?.lowConfidence ? ['uncertain'] : []), ...(f?.discrepancies.length ? ['discrepant'] : [])].join(' ')
    out.push(`<div class="${classes}" id="row-${r + 1}" data-row="${r + 1}" data-confidence="${row.confidence.toFixed(3)}">`)
    for (const s of sections) {
      const paras = (row.cells[s.id] ?? []).map((p) => paragraphHtml(s, s.paragraphs[p], p)).join('')
      out.push(`<div class="cell" data-section="${escapeHtml(s.id)}" data-label="${escapeHtml(s.label)}"${langAttr(s.lang)} dir="auto">${paras}</div>`)
    }
    if (f?.lowConfidence) out.push(`<aside class="flag unsure" role="note">Uncertain alignment (confidence ${row.confidence.toFixed(2)}): check that these paragraphs belong together.</aside>`)
    for (const message of f?.discrepancies ?? []) out.push(`<aside class="flag" role="note">Discrepancy: ${escapeHtml(message)}</aside>`)
    out.push('</div>')
  })
  out.push('</main>')
  return out.join('\n') + '\n'
}

function notesHtml(memo: Memo): string {
  if (!memo.notes?.length) return ''
  const items = memo.notes.map((n) => `<li value="${/^\d+$/u.test(n.label) ? n.label : ''}">${escapeHtml(n.text)}</li>`.replace(' value=""', ''))
  return `<section class="notes"><h2>Notes</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</section>\n`
}

function legend(memo: Memo): string {
  const flags = [...rowFlags(memo).values()]
  const unsure = flags.filter((f) => f.lowConfidence).length
  const differ = flags.reduce((n, f) => n + f.discrepancies.length, 0)
  const absent = memo.sections.filter((s) => s.absent).map((s) => s.label)
  const columns = memo.sections.filter((s) => !s.absent && s.paragraphs.length > 0).length
  const parts = [
    columns > 1 ? 'Click or hover over a paragraph to see it beside its translations.' : '',
    differ ? `${differ} discrepanc${differ === 1 ? 'y' : 'ies'} between aligned paragraphs marked in red.` : '',
    unsure ? `${unsure} uncertain row${unsure === 1 ? '' : 's'} marked with a dashed line.` : '',
    absent.length ? `Not in this text: ${absent.join(', ')}.` : '',
  ]
  const text = parts.filter(Boolean).join(' ')
  return text ? `<p class="legend">${escapeHtml(text)}</p>\n` : ''
}

export function htmlOf(memo: Memo): string {
  const { csl } = memo.record
  const title = csl.title ?? memo.id
  return (
    `<!DOCTYPE html>\n<html${langAttr(csl.language)}>\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="memo">\n` +
    `<title>${escapeHtml(title)}</title>\n<style>${READER_CSS}</style>\n</head>\n<body>\n` +
    `<header class="record">\n<h1>${escapeHtml(title)}</h1>\n${recordList(memo)}` +
    (csl.abstract ? `<p class="summary">${escapeHtml(csl.abstract)}</p>\n` : '') +
    citation(memo) +
    legend(memo) +
    `</header>\n${parallel(memo)}${notesHtml(memo)}<script>${READER_SCRIPT}</script>\n</body>\n</html>\n`
  )
}

export const html: Writer = {
  name: 'html',
  extname: '.html',
  description: 'a reader in one self-contained HTML file: the record and citation, the sections side by side, rows aligned',
  write: htmlOf,
}
