// The client-side index's term counts: every word of the indexed text, folded (marks off,
// lower case), counted, one "term count" line each in code unit order.
import { describe, expect, it } from 'vitest'
import { indexText, termCounts } from '../src/search/terms.js'

/** The definition, spelled out the slow way: fold the whole text, then count its runs. */
function reference(texts: string[]): string {
  const counts = new Map<string, number>()
  for (const text of texts) {
    const folded = indexText(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    for (const [term] of folded.matchAll(/[\p{L}\p{N}]+/gu)) counts.set(term, (counts.get(term) ?? 0) + 1)
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([t, c]) => `${t} ${c}`).join('\n')
}

const cases: Record<string, string[]> = {
  latin: ['All human beings are born free and equal in dignity and rights.', 'All of them: free!'],
  accents: ['Ső Magyarország közös érdekei', 'ÉRDEKEI érdekei Érdekei'],
  // a combining mark written apart from its letter, a lone mark, and a mark inside a word
  marks: ['e\u0301te \u0301 word\u0301s wo\u0301rds'],
  cyrillic: ['Хрущёв и Хрущев: Ё ё ПРАВО право'],
  chinese: ['毛泽东同志在北京。中国', '中国 苏联'],
  // characters beyond the BMP: a Han character of Extension B, a mathematical letter, an emoji
  astral: ['𠀀𠀁 text 𝐀bc 😀 smile', 'x𠀀y'],
  digits: ['1956 1956-10-23 ٣٤ No.5'],
  turkish: ['İstanbul ISTANBUL istanbul'],
}

describe('termCounts', () => {
  for (const [name, texts] of Object.entries(cases)) {
    it(`counts the folded words of ${name} text as folding the whole text would`, () => {
      expect(termCounts(texts.map(indexText))).toBe(reference(texts))
    })
  }

  it('folds case and accents together and counts them as one term', () => {
    expect(termCounts(['Érdekei érdekei ERDEKEI'].map(indexText))).toBe('erdekei 3')
  })
})
