// index.html at the top of a batch's --out: every document with its title, date, archive,
// languages, type and topics, sortable by any column and filterable by year, language,
// archive, type and topic, each linking to its page (the HTML reader with -f html, else
// the Markdown); and a search box over the full text that needs no server (client-index.ts
// writes the files it loads). One file, styles and script inline, no network.
import { join } from 'node:path'
import { AtomicFile } from '../io/atomic-file.js'
import { CLIENT_DIR, writeClientIndex } from './client-index.js'
import { INDEX_PAGE } from './files.js'
import { readerOf } from './hits.js'
import type { SearchIndex } from './search-index.js'
import { PAGE_SCRIPT, PAGE_STYLE } from './index-page-assets.js'

/** One row of the page's table: [id, title, date, archive, type, topics, languages, link]. */
type Row = [string, string, string, string, string, string[], string[], string]

export function writeIndexPage(out: string, index: SearchIndex): { documents: number } {
  const docs = index.documents()
  const rows: Row[] = docs.map((d) => [d.id, d.title ?? d.id, d.date ?? '', d.archive ?? '', d.type ?? '', d.topics, d.languages, readerOf(d.outputs) ?? ''])
  writeClientIndex(out, index, docs.map((d) => d.key))
  const data = JSON.stringify(rows).replace(/</gu, '\\u003c')
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="memo batch">
<title>Documents (${docs.length})</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header>
<h1>Documents <span id="count">${docs.length}</span></h1>
<form id="search" role="search">
<input id="q" type="search" name="q" placeholder="Search the full text: words, prefix*, 毛泽东 …" aria-label="Search the full text" autocomplete="off">
<button type="submit">Search</button>
<button type="button" id="clear">Clear</button>
</form>
<p id="status" role="status"></p>
<div id="filters">
<label>Year <select id="f-year" data-field="year"><option value="">all</option></select></label>
<label>Language <select id="f-lang" data-field="lang"><option value="">all</option></select></label>
<label>Archive <select id="f-archive" data-field="archive"><option value="">all</option></select></label>
<label>Type <select id="f-type" data-field="type"><option value="">all</option></select></label>
<label>Topic <select id="f-topic" data-field="topic"><option value="">all</option></select></label>
</div>
</header>
<main>
<table id="docs">
<thead><tr>
<th data-sort="1" aria-sort="ascending"><button type="button">Title</button></th>
<th data-sort="2"><button type="button">Date</button></th>
<th data-sort="3"><button type="button">Archive</button></th>
<th data-sort="6"><button type="button">Languages</button></th>
<th data-sort="4"><button type="button">Type</button></th>
<th data-sort="5"><button type="button">Topics</button></th>
</tr></thead>
<tbody></tbody>
</table>
<p id="more"></p>
</main>
<script type="application/json" id="data">${data}</script>
<script>const SHARDS = ${JSON.stringify(CLIENT_DIR + '/')};
${PAGE_SCRIPT}</script>
</body>
</html>
`
  const file = new AtomicFile(join(out, INDEX_PAGE))
  file.write(html)
  file.commit()
  return { documents: docs.length }
}
