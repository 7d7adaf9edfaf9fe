// The index page's style and script (index-page.ts), as text. The script is plain browser
// JavaScript; its folding of words (case, accents, ё, Chinese pairs) matches terms.ts and
// client-index.ts, which wrote the shards it loads.

export const PAGE_STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fff; }
header, main { padding: 0 1rem; max-width: 80rem; margin: auto; }
h1 { font-size: 1.4rem; margin: 1rem 0 .5rem; }
h1 span { color: #666; font-weight: normal; }
form { display: flex; gap: .4rem; flex-wrap: wrap; }
#q { flex: 1 1 16rem; font: inherit; padding: .35rem .5rem; min-width: 0; }
#filters { display: flex; gap: .3rem 1rem; flex-wrap: wrap; margin: .5rem 0 1rem; }
#filters select { max-width: 14rem; }
#status { margin: .4rem 0; min-height: 1.2em; color: #444; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #ddd; }
th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; }
th[aria-sort=ascending] button::after { content: " ▲"; }
th[aria-sort=descending] button::after { content: " ▼"; }
td.langs, td.date { white-space: nowrap; }
@media (max-width: 40rem) {
  thead { display: none; }
  tr { display: block; border-bottom: 1px solid #ccc; padding: .4rem 0; }
  td { display: block; border: 0; padding: .1rem .5rem; }
}
@media print { form, #filters { display: none; } }
`

export const PAGE_SCRIPT = String.raw`
'use strict'
const ROWS = JSON.parse(document.getElementById('data').textContent)
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u
const tbody = document.querySelector('#docs tbody')
const status = document.getElementById('status')
const SHOWN = 500
let sortBy = 1, ascending = true, hits = null
const shards = new Map()
const pending = new Map()

window.memoShard = (name, terms) => shards.set(name, terms)

function loadShard(name) {
  if (shards.has(name)) return Promise.resolve(shards.get(name))
  if (!pending.has(name)) {
    pending.set(name, new Promise((resolve) => {
      const s = document.createElement('script')
      s.src = SHARDS + [...name].map((c) => c.codePointAt(0).toString(16)).join('-') + '.js'
      // a missing shard: no term of the corpus starts with these letters
      s.onload = s.onerror = () => resolve(shards.get(name) || {})
      document.head.appendChild(s)
    }))
  }
  return pending.get(name)
}

const fold = (w) => w.replace(/ё/g, 'е').replace(/Ё/g, 'Е').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
const shardOf = (t) => { const c = [...t]; return CJK.test(c[0]) ? c[0] : c.slice(0, 2).join('') }

/** The query's terms: { term, prefix }; Chinese runs as their pairs, a lone character as a prefix. */
function termsOf(query) {
  const out = []
  for (const m of query.matchAll(/"([^"]*)"\*?|(\S+)/g)) {
    const text = m[1] !== undefined ? m[1] : m[2]
    const star = m[0].endsWith('*')
    const words = [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((w) => w[0])
    words.forEach((word, k) => {
      for (const piece of word.split(/([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]+)/u)) {
        if (!piece) continue
        const chars = [...piece]
        if (CJK.test(chars[0])) {
          if (chars.length === 1) out.push({ term: piece, prefix: true })
          for (let i = 0; i + 1 < chars.length; i++) out.push({ term: chars[i] + chars[i + 1], prefix: false })
        } else out.push({ term: fold(piece), prefix: star && k === words.length - 1 })
      }
    })
  }
  return out
}

function postings(terms, t) {
  const docs = new Map()
  for (const term of Object.keys(terms)) {
    if (t.prefix ? !term.startsWith(t.term) : term !== t.term) continue
    for (const pair of terms[term].split(',')) {
      const [d, c] = pair.split(':').map(Number)
      docs.set(d, (docs.get(d) || 0) + c)
    }
  }
  return docs
}

async function search(query) {
  const terms = termsOf(query)
  if (terms.length === 0) { hits = null; status.textContent = query.trim() ? 'Nothing to search for in "' + query + '".' : ''; return render() }
  const short = terms.find((t) => t.prefix && !CJK.test(t.term) && [...t.term].length < 2)
  if (short) { status.textContent = 'Give at least two letters before a *.'; return }
  status.textContent = 'Searching…'
  let scores = null
  for (const t of terms) {
    const docs = postings(await loadShard(shardOf(t.term)), t)
    const idf = Math.log(1 + ROWS.length / Math.max(1, docs.size))
    const next = new Map()
    for (const [d, c] of docs) if (!scores || scores.has(d)) next.set(d, (scores ? scores.get(d) : 0) + idf * (c / (c + 1.2)))
    scores = next
  }
  hits = scores
  status.textContent = hits.size === 0 ? 'No document holds ' + (terms.length > 1 ? 'all of these words.' : 'this word.') : hits.size + ' document' + (hits.size === 1 ? '' : 's') + ' hold' + (hits.size === 1 ? 's' : '') + ' every word, best first.'
  render()
}

const fieldOf = {
  year: (r) => [r[2].slice(0, 4)].filter(Boolean),
  lang: (r) => r[6],
  archive: (r) => [r[3]].filter(Boolean),
  type: (r) => [r[4]].filter(Boolean),
  topic: (r) => r[5],
}
const selects = [...document.querySelectorAll('#filters select')]
for (const sel of selects) {
  const values = [...new Set(ROWS.flatMap(fieldOf[sel.dataset.field]))].sort()
  for (const v of values) sel.add(new Option(v, v))
  sel.addEventListener('change', render)
}

function render() {
  const chosen = selects.filter((s) => s.value).map((s) => [fieldOf[s.dataset.field], s.value])
  let list = ROWS.map((r, i) => i).filter((i) => (!hits || hits.has(i)) && chosen.every(([f, v]) => f(ROWS[i]).includes(v)))
  const key = (i) => { const v = ROWS[i][sortBy]; return Array.isArray(v) ? v.join(', ') : v }
  if (hits && sortBy === -1) list.sort((a, b) => hits.get(b) - hits.get(a) || a - b)
  else list.sort((a, b) => { const x = key(a), y = key(b); return (x < y ? -1 : x > y ? 1 : a - b) * (ascending ? 1 : -1) })
  document.getElementById('count').textContent = list.length === ROWS.length ? String(ROWS.length) : list.length + ' of ' + ROWS.length
  const frag = document.createDocumentFragment()
  for (const i of list.slice(0, SHOWN)) {
    const r = ROWS[i]
    const tr = document.createElement('tr')
    const a = document.createElement('a')
    a.href = r[7]
    a.textContent = r[1]
    const cells = [a, r[2], r[3], r[6].join(' '), r[4], r[5].join('; ')]
    cells.forEach((c, k) => {
      const td = document.createElement('td')
      td.className = ['title', 'date', 'archive', 'langs', 'type', 'topics'][k]
      if (typeof c === 'string') td.textContent = c
      else td.appendChild(c)
      tr.appendChild(td)
    })
    tr.dataset.doc = r[0]
    frag.appendChild(tr)
  }
  tbody.replaceChildren(frag)
  document.getElementById('more').textContent = list.length > SHOWN ? 'The first ' + SHOWN + ' of ' + list.length + ' are shown; a filter or a search narrows the list.' : ''
}

for (const th of document.querySelectorAll('th[data-sort]')) {
  th.querySelector('button').addEventListener('click', () => {
    const col = Number(th.dataset.sort)
    ascending = sortBy === col ? !ascending : true
    sortBy = col
    for (const other of document.querySelectorAll('th[data-sort]')) other.removeAttribute('aria-sort')
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending')
    render()
  })
}

document.getElementById('search').addEventListener('submit', (e) => {
  e.preventDefault()
  sortBy = -1
  for (const th of document.querySelectorAll('th[data-sort]')) th.removeAttribute('aria-sort')
  search(document.getElementById('q').value)
})
document.getElementById('clear').addEventListener('click', () => {
  document.getElementById('q').value = ''
  hits = null
  status.textContent = ''
  if (sortBy === -1) sortBy = 1
  render()
})
render()
`
