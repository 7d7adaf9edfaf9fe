// indexText and termCounts as they were before their scans were written out by hand
// (terms.ts, term-counts.ts): a regular expression replace, and a Map keyed by a slice of
// every word. The tests hold the scans to these answers, byte for byte, on any text.
import { foldWord } from '../../src/search/terms.js'

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]+/gu

export function indexTextBefore(text: string): string {
  return text.replace(/ё/giu, (c) => (c === 'ё' ? 'е' : 'Е')).replace(CJK, (run) => ` ${pairsBefore(run).join(' ')} ${run.slice(-1)} `)
}

function pairsBefore(run: string): string[] {
  const chars = [...run]
  if (chars.length < 2) return chars
  const out: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1])
  return out
}

export function termCountsBefore(indexed: Iterable<string>): string {
  const raw = new Map<string, number>()
  for (const text of indexed) for (const [word] of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) raw.set(word, (raw.get(word) ?? 0) + 1)
  const counts = new Map<string, number>()
  for (const [word, n] of raw) {
    const term = /^[a-z0-9]+$/u.test(word) ? word : /^[A-Za-z0-9]+$/u.test(word) ? word.toLowerCase() : undefined
    if (term !== undefined) {
      counts.set(term, (counts.get(term) ?? 0) + n)
      continue
    }
    const folded = foldWord(word)
    if (/^[\p{L}\p{N}]+$/u.test(folded)) counts.set(folded, (counts.get(folded) ?? 0) + n)
    else for (const [part] of folded.matchAll(/[\p{L}\p{N}]+/gu)) counts.set(part, (counts.get(part) ?? 0) + n)
  }
  return [...counts.keys()]
    .sort()
    .map((t) => `${t} ${counts.get(t)}`)
    .join('\n')
}
