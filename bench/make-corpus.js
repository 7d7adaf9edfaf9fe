// The benchmark corpus: N dumps made from the fixtures (fixtures/*/input.txt), varied so
// that they are not N copies of four files:
//   ids        every Wilson URL gets its own document number (/document/200000 + i); dumps
//              without a URL get their id from their (unique) file name
//   sizes      every paragraph of the body repeated k times in place (k = 1…3 for the long
//              sample, 1…6 for the short ones), so the sections keep their order and language
//   languages  the mix of the fixtures: English + Chinese + Russian, English + Hungarian,
//              English + Russian (with an absent scan), English + Russian without a header
//   dates      the year shifted by 0…19
// Deterministic: the same N gives the same bytes (a seeded generator, no clock, no Math.random).
//
//   node bench/make-corpus.js 1000 /tmp/memo-corpus      (or import makeCorpus)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { random } from '../scripts/seeded-random.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

// [fixture, weight, largest repeat]
const KINDS = [
  ['wilson-110404', 3, 3],
  ['contents-mismatch', 2, 6],
  ['scan-undated', 2, 6],
  ['no-header', 1, 6],
]


function vary(text, i, repeat, yearShift) {
  // the body starts after the Contents list (or at the top when there is no header)
  const contents = /\nContents:\n\n(?:- .*\n)+/u.exec(text)
  const cut = contents ? contents.index + contents[0].length : 0
  const head = text.slice(0, cut)
  const body = text.slice(cut)
  const paragraphs = body.split(/\n{2,}/u)
  const grown = repeat === 1 ? body : paragraphs.flatMap((p) => (p.trim() ? Array(repeat).fill(p) : [p])).join('\n\n')
  return (head + grown)
    .replace(/\/document\/\d+/gu, `/document/${200000 + i}`)
    .replace(/\b(19[4-8]\d)\b/gu, (y) => String(Number(y) + yearShift))
}

/** Write n dumps under dir (500 to a folder); returns { files, bytes }. */
export function makeCorpus(dir, n, { seed = 42 } = {}) {
  rmSync(dir, { recursive: true, force: true })
  const texts = new Map(KINDS.map(([name]) => [name, readFileSync(join(root, 'fixtures', name, 'input.txt'), 'utf8')]))
  const weights = KINDS.flatMap(([name, w, max]) => Array(w).fill([name, max]))
  const next = random(seed)
  let bytes = 0
  for (let i = 0; i < n; i++) {
    const [name, max] = weights[Math.floor(next() * weights.length)]
    const repeat = 1 + Math.floor(next() * max)
    const text = vary(texts.get(name), i, repeat, Math.floor(next() * 20))
    const path = join(dir, String(Math.floor(i / 500)).padStart(3, '0'), `doc-${String(i).padStart(6, '0')}.txt`)
    if (i % 500 === 0) mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, text)
    bytes += Buffer.byteLength(text)
  }
  return { files: n, bytes }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [n = '1000', dir = join(root, 'bench/out/corpus')] = process.argv.slice(2)
  const { files, bytes } = makeCorpus(dir, Number(n))
  console.log(`${files} dumps, ${(bytes / 1e6).toFixed(1)} MB in ${dir}`)
}
