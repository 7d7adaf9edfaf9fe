// The client-side index's term counts: every word of the indexed text, folded (marks off,
// lower case), counted, one "term count" line each in code unit order.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { codeUnitOrder } from '../src/search/code-unit-order.js'
import { termCounts } from '../src/search/term-counts.js'
import { indexText } from '../src/search/terms.js'
import { SpanTable } from '../src/text/span-table.js'
import { indexTextBefore, termCountsBefore } from './helpers/terms-before.js'

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

// The scans of indexText and termCounts against the regular expressions and the Map they
// stand in for (helpers/terms-before.ts), on random text of the characters where the two
// could part: ASCII of both cases, accented Latin, ё and Ё, Cyrillic, Greek with its final
// sigma, Arabic, Han, kana and the prolonged sound mark, combining marks on their own, Han,
// kana and letters beyond the BMP, lone surrogates, digits of several scripts, spaces and
// punctuation.
const PALETTE = [
  'a', 'z', 'A', 'Z', 'q', 'Q', '0', '9', 'é', 'É', 'ő', 'ß', 'İ', 'ı', 'ǅ', 'ё', 'Ё', 'е', 'Е', 'ж', 'Ж', 'й', 'Й',
  'Σ', 'σ', 'ς', 'Ο', 'ا', 'ل', 'ً', '٣', '５', 'Ⅻ', '\u0301', '\u0308', '\u0306',
  '中', '国', '同', '志', '〇', '々', 'ひ', 'カ', 'ー', 'ｶ', '\u2e80', '\u2f00', '\u3005',
  '𠀀', '𠀁', '𛀁', '𝐀', '😀', '\ud840', '\udc00',
  ' ', '\n', '.', ',', "'", '-', '。', '、', '\u3000', '\u00a0',
]
const text = fc.array(fc.constantFrom(...PALETTE), { maxLength: 40 }).map((cs) => cs.join(''))
const wordy = fc.array(fc.oneof(fc.constantFrom(...PALETTE), fc.constantFrom(' ', 'The', 'the', 'THE', 'Хрущёв', 'Хрущев', 'ХРУЩЁВ', 'Érdekei', 'érdekei', '毛泽东', '𠀀𠀁')), { maxLength: 60 }).map((cs) => cs.join(''))
const RUNS = { numRuns: 3000 }

describe('the scans answer as the regular expressions they replace', () => {
  it('indexText', () => {
    fc.assert(fc.property(text, (s) => {
      expect(indexText(s)).toBe(indexTextBefore(s))
    }), RUNS)
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
      expect(indexText(s)).toBe(indexTextBefore(s))
    }), RUNS)
  })

  it('termCounts of indexed and of raw text', () => {
    fc.assert(
      fc.property(fc.array(wordy, { maxLength: 6 }), (texts) => {
        expect(termCounts(texts.map(indexText))).toBe(termCountsBefore(texts.map(indexTextBefore)))
        expect(termCounts(texts)).toBe(termCountsBefore(texts))
      }),
      RUNS,
    )
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 60 }), { maxLength: 4 }), (texts) => {
      expect(termCounts(texts)).toBe(termCountsBefore(texts))
    }), RUNS)
  })

  it('termCounts of nothing, of empty text and of text without a word', () => {
    expect(termCounts([])).toBe('')
    expect(termCounts([''])).toBe('')
    expect(termCounts([' .,。 ', '\u0301'])).toBe(termCountsBefore([' .,。 ', '\u0301']))
  })

  it('termCounts of a document with more distinct words than its tables start with, and more than 65,535', () => {
    // words made from a counter in several scripts, each a few times, in a scrambled order
    const many = (n: number) => {
      const words: string[] = []
      for (let i = 0; i < n; i++) {
        const k = (i * 40503) % n
        const digits = k.toString(36)
        words.push(k % 3 === 0 ? digits.toUpperCase() : k % 3 === 1 ? [...digits].map((d) => String.fromCharCode(0x430 + (parseInt(d, 36) % 32))).join('') : digits + 'ё')
      }
      return [words.join(' '), words.slice(0, n >> 1).join(' ')]
    }
    for (const n of [3000, 70_000]) expect(termCounts(many(n))).toBe(termCountsBefore(many(n)))
  })

  it('termCounts answers the same for a document before and after others, and after more words than it keeps', () => {
    const doc = ['The Хрущёв ХРУЩЕВ 毛泽东 Érdekei erdekei ERDEKEI the 1956', 'e\u0301te \u0301 𠀀 x𠀀y']
    const expected = termCountsBefore(doc.map(indexTextBefore))
    expect(termCounts(doc.map(indexText))).toBe(expected)
    // 300,000 distinct words in three documents, past the words it keeps before beginning again
    for (let d = 0; d < 3; d++) termCounts([Array.from({ length: 100_000 }, (_, i) => `w${d}x${i.toString(36)}`).join(' ')])
    expect(termCounts(doc.map(indexText))).toBe(expected)
    expect(termCounts(['the THE'])).toBe('the 2')
  })

  it('termCounts keeps apart words of the same length whose hashes agree', () => {
    // pairs with the same 32-bit FNV-1a hash of their code units (WordTally's), found by search
    const texts = ['yaczf glbpp YACZF Glbpp', 'овуиа гфара гфара ьиуиа съара']
    expect(termCounts(texts)).toBe('glbpp 2\nyaczf 2\nгфара 2\nовуиа 1\nсъара 1\nьиуиа 1')
    expect(termCounts(texts)).toBe(termCountsBefore(texts))
  })

  it('code unit order, equal strings side by side', () => {
    const strings = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 5 }), fc.constantFrom('', '\0', 'a', 'a\0', 'a\0\0', 'a\0\0\0', 'ab', 'abc', 'abcd', 'abd', '\uffff')), { maxLength: 80 })
    fc.assert(fc.property(strings, (ss) => {
      expect(codeUnitOrder(ss).map((i) => ss[i])).toEqual([...ss].sort())
    }), RUNS)
  })

  it('no character below U+2E80 but ё and Ё is changed by indexText (it passes such text without a look)', () => {
    let below = ''
    for (let c = 0; c < 0x2e80; c++) if (c !== 0x401 && c !== 0x451) below += String.fromCharCode(c)
    expect(indexTextBefore(below)).toBe(below)
  })
})

describe('SpanTable (the client index reads its terms with it)', () => {
  it('numbers each distinct span in the order met, as a Map of the slices would', () => {
    fc.assert(
      fc.property(fc.array(wordy, { maxLength: 8 }), (texts) => {
        const table = new SpanTable()
        const byMap = new Map<string, number>()
        for (const text of texts) {
          // every span between two places a few code units apart, empty ones included
          for (let start = 0; start <= text.length; start++) {
            for (let end = start; end <= Math.min(text.length, start + 4); end++) {
              const span = text.slice(start, end)
              if (!byMap.has(span)) byMap.set(span, byMap.size)
              expect(table.numberOf(text, start, end)).toBe(byMap.get(span))
            }
          }
        }
        expect(table.strings).toEqual([...byMap.keys()])
      }),
      { numRuns: 300 },
    )
  })

  it('keeps apart spans whose hashes agree, and many more than it starts with room for', () => {
    const table = new SpanTable()
    const text = 'yaczf glbpp'
    expect([table.numberOf(text, 0, 5), table.numberOf(text, 6, 11), table.numberOf('glbpp', 0, 5), table.numberOf('xyaczf', 1, 6)]).toEqual([0, 1, 1, 0])
    const words = Array.from({ length: 5000 }, (_, i) => `t${i}`)
    const line = words.join(' ')
    let at = 0
    for (const w of words) {
      table.numberOf(line, at, at + w.length)
      at += w.length + 1
    }
    expect(table.strings.length).toBe(5002)
    expect(table.numberOf('t4999', 0, 5)).toBe(5001)
  })
})
