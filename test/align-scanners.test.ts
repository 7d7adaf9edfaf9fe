// The aligner's character scanners (char-classes.ts) replaced three global regexes and
// two end-anchored ones for speed. They must find exactly what those regexes found, on
// any text: here each is run against its regex on random strings drawn from the
// characters where the two could differ (letters of every case and script, Han numerals,
// marks, apostrophes, digits, astral letters, lone surrogates, closers, spaces).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { width } from '../src/align/features/char-classes.js'
import { numberWords } from '../src/align/features/data/number-words.js'
import { monthNames } from '../src/align/features/data/unit-words.js'
import { Interner } from '../src/align/features/interner.js'
import { scriptWeights } from '../src/align/features/data/script-weights.js'
import { measure } from '../src/align/features/measure.js'
import { capitalisedAt, nameKey } from '../src/align/features/names.js'
import { FeatureScratch, featuresOf, FLAG_PAREN, FLAG_QUOTE } from '../src/align/features/paragraph-features.js'
import { atMostThreeWords, paragraphKind } from '../src/align/features/paragraph-kind.js'
import { extractQuantities } from '../src/align/features/quantities/extract-quantities.js'
import { mayBeCountAfterHan, mayBeHanAfter, wordAt, wordBefore } from '../src/align/features/quantities/read-after.js'
import { tokensOf } from '../src/align/features/quantities/tokens.js'
import { stemOf } from '../src/align/features/stem-of.js'
import { stemKeysOf, stemsOf, WordStems } from '../src/align/features/word-stems.js'

const PALETTE = [
  'a', 'Z', 'é', 'É', 'ß', 'ǅ', 'ж', 'Ж', 'Ѐ', 'џ', 'Ѡ', 'λ', 'Λ', 'ا', 'ה', 'क', 'ि', 'ก', 'ั', 'ລ', 'ក', 'က',
  '中', '文', '一', '三', '十', '万', '〇', '两', '\u9fff', '\u4dff', 'ひ', 'カ', 'ー', '\u0301', '\u0308',
  "'", '’', '-', '–', '—', '.', ',', ' ', ' ', '\t', '\n', '\u00a0', '\u3000',
  '0', '7', '1', '.', '５', '١', 'Ⅻ',
  '!', '?', '。', '…', ':', '؛', '।', '"', '”', '»', ')', '）', ']', '」', '、', '(',
  '𠀀', '𝐀', '𝐚', '𐐀', '\ud800', '\udc00',
]
const text = fc.array(fc.constantFrom(...PALETTE), { maxLength: 40 }).map((cs) => cs.join(''))
const RUNS = { numRuns: 3000 }

function regexMatches(re: RegExp, s: string): string[] {
  return [...s.matchAll(re)].map((m) => m[0])
}

describe('character scanners match the regexes they replace', () => {
  it('words for stems', () => {
    const WORD = /[^\P{L}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}](?:[^\P{L}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]|\p{M})*/gu
    const words = new WordStems()
    fc.assert(
      fc.property(text, (s) => {
        const expected = [...new Set(regexMatches(WORD, s).map((w) => stemOf(w)).filter((x) => x !== undefined))]
        expect(stemsOf(s, words)).toEqual(expected)
        // featuresOf's own scan (written out, interning as it goes): the same stems' ids
        const ids = new Map<string, number>()
        const interner = { stem: (stem: string) => ids.get(stem) ?? (ids.set(stem, ids.size), ids.size - 1) }
        const keys = [...stemKeysOf(s, interner, words)]
        expect(keys).toEqual([...new Set(expected.map((stem) => ids.get(stem)!))].sort((x, y) => x - y))
        expect(ids.size).toBe(expected.length)
      }),
      RUNS,
    )
  })

  it('ASCII words of three letters or fewer without x have no stem (the scan passes them without a lookup)', () => {
    const letters = [...'abcdefghijklmnopqrstuvwyzABCDEFGHIJKLMNOPQRSTUVWYZ']
    let checked = 0
    const stemmed: string[] = []
    const check = (word: string) => {
      checked++
      if (stemOf(word) !== undefined) stemmed.push(word)
    }
    for (const a of letters) {
      check(a)
      for (const b of letters) {
        check(a + b)
        for (const c of letters) check(a + b + c)
      }
    }
    expect(stemmed).toEqual([])
    expect(checked).toBe(50 + 50 * 50 + 50 * 50 * 50)
    // with an x they may have one
    expect(stemOf('xx')).toBe('ksks')
  })

  it('stem keys with interners used in turn (each keeps its own keys)', () => {
    // The word table keeps the keys of the last interner by stem number; a call with
    // another interner must not read them.
    const counter = () => {
      const ids = new Map<string, number>()
      // offset so that the two interners' keys differ
      return { ids, stem: (stem: string) => ids.get(stem) ?? (ids.set(stem, ids.size * 3 + 1), ids.size * 3 - 2) }
    }
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.boolean()), { maxLength: 6 }), (steps) => {
        const words = new WordStems()
        const a = counter()
        const b = counter()
        for (const [s, useA] of steps) {
          const interner = useA ? a : b
          const keys = [...stemKeysOf(s, interner, words)]
          const expected = [...new Set(stemsOf(s, words).map((stem) => interner.ids.get(stem)!))].sort((x, y) => x - y)
          expect(keys).toEqual(expected)
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('stem keys with Interners in turn, and stems interned from elsewhere between paragraphs', () => {
    // The word table adds a stem it knows an Interner has not seen without asking
    // (newStem); it must not do so once the interner has stems from elsewhere, or after
    // another interner had its turn. Each interner's ids are checked against a map that
    // numbers stems in the order they were first given to it.
    const stemsOfWords = new WordStems()
    const foreign = fc.constantFrom('righ', 'ever', 'pers', 'word', 'зако')
    const paragraph = fc.array(fc.constantFrom('right', 'every', 'person', 'words', 'закон', 'law', ' ', '中'), { maxLength: 10 }).map((ws) => ws.join(' '))
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(text, paragraph), fc.nat(2), fc.option(foreign)), { maxLength: 8 }), (steps) => {
        const words = new WordStems()
        const interners = [new Interner(), new Interner(), new Interner()]
        const numbered = interners.map(() => new Map<string, number>())
        // every interner's ids start at 0 and share none of their numbering with the others'
        const idOf = (n: number, stem: string) => numbered[n].get(stem) ?? (numbered[n].set(stem, numbered[n].size), numbered[n].size - 1)
        for (const [s, n, extra] of steps) {
          if (extra !== null) expect(interners[n].stem(extra)).toBe(idOf(n, extra))
          const keys = [...stemKeysOf(s, interners[n], words)]
          const expected = [...new Set(stemsOf(s, stemsOfWords).map((stem) => idOf(n, stem)))].sort((x, y) => x - y)
          expect(keys).toEqual(expected)
          // (no stem interned twice)
          expect(interners[n].stemCount).toBe(numbered[n].size)
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('stem keys after the word table is emptied (the same stems under new numbers)', () => {
    // 200,000 words fill the table; the next paragraph empties it first, and its stems,
    // which the interner has, must keep their ids.
    const letters = 'bdfgklmnprstvz'
    const many = Array.from({ length: 200_001 }, (_, k) => {
      let w = ''
      for (let n = k, i = 0; i < 5; i++, n = Math.floor(n / 14)) w += letters[n % 14]
      return w + 'a'
    }).join(' ')
    const words = new WordStems()
    const interner = new Interner()
    stemKeysOf(many, interner, words)
    const { texts, ids } = interner.stemList()
    const idOf = new Map(texts.map((stem, k) => [stem, ids[k]]))
    const count = interner.stemCount
    const again = many.slice(0, 300)
    const keys = [...stemKeysOf(again, interner, words)]
    expect(keys).toEqual([...new Set(stemsOf(again, new WordStems()).map((stem) => idOf.get(stem)))].sort((x, y) => x - y))
    expect(interner.stemCount).toBe(count)
  })

  it('at most three words', () => {
    const AT_MOST_THREE_WORDS = /^\s*\S+(?:\s+\S+){0,2}\s*$/u
    const spaced = fc
      .array(fc.constantFrom(...PALETTE, '\u2028', '\ufeff', '\u1680', '\u2003', '\u200b', '\u202f', '\v', '\f', '\r'), { maxLength: 12 })
      .map((cs) => cs.join(''))
    fc.assert(
      fc.property(spaced, (s) => {
        expect(atMostThreeWords(s)).toBe(AT_MOST_THREE_WORDS.test(s) || s.trim() === '')
      }),
      RUNS,
    )
  })

  it('capitalised words', () => {
    const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{Lu}'’-]+/gu
    fc.assert(
      fc.property(text, (s) => {
        const found: string[] = []
        for (let p = 0; p < s.length; ) {
          const end = capitalisedAt(s, p)
          if (end === 0) p += width(s, p)
          else {
            found.push(s.slice(p, end))
            p = end
          }
        }
        expect(found).toEqual(regexMatches(CAPITALISED, s))
      }),
      RUNS,
    )
  })

  it("featuresOf's names: capitalised words found from the upper-case letters of the stems' scan", () => {
    const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{Lu}'’-]+/gu
    const LATIN_OR_CYRILLIC = /[\p{Script=Latin}\p{Script=Cyrillic}]/u
    const names = fc.constantFrom('Moscow', 'Вышинского', 'Jean-Paul', "O'Brien", 'McDonald', 'ÉLYSÉE', 'Ǆemal', 'Σοφία', 'Ab', 'İz')
    const mixed = fc.array(fc.oneof(fc.constantFrom(...PALETTE), names), { maxLength: 30 }).map((cs) => cs.join(''))
    const scratch = new FeatureScratch()
    fc.assert(
      fc.property(mixed, (s) => {
        const interner = new Interner()
        const found = featuresOf(s, 'en', undefined, interner, scratch).names
        const keys = regexMatches(CAPITALISED, s)
          .map((w) => (LATIN_OR_CYRILLIC.test(w) ? nameKey(w) : undefined))
          .filter((k) => k !== undefined)
        // (ids the features did not make would be new ones here, and differ)
        expect([...found]).toEqual([...new Set(keys.map((k) => interner.id(k)))].sort((x, y) => x - y))
      }),
      RUNS,
    )
  })

  it('name keys with interners used in turn (each keeps its own ids)', () => {
    // The name table keeps the ids of the last interner by key number; a paragraph read
    // with another interner must not get them.
    const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{Lu}'’-]+/gu
    const LATIN_OR_CYRILLIC = /[\p{Script=Latin}\p{Script=Cyrillic}]/u
    const names = fc.constantFrom('Moscow', 'Москве', 'Vyshinsky', 'Вышинского', 'Paris', 'Ab')
    const mixed = fc.array(fc.oneof(fc.constantFrom('a', ' ', '.', 'ж', '中'), names), { maxLength: 12 }).map((cs) => cs.join(''))
    fc.assert(
      fc.property(fc.array(fc.tuple(mixed, fc.boolean()), { maxLength: 6 }), (steps) => {
        const scratch = new FeatureScratch()
        const a = new Interner()
        const b = new Interner()
        // b's ids start further on, so that the two interners' ids differ
        b.id('unused')
        for (const [s, useA] of steps) {
          const interner = useA ? a : b
          const found = [...featuresOf(s, 'en', undefined, interner, scratch).names]
          const keys = regexMatches(CAPITALISED, s)
            .map((w) => (LATIN_OR_CYRILLIC.test(w) ? nameKey(w) : undefined))
            .filter((k) => k !== undefined)
          expect(found).toEqual([...new Set(keys.map((k) => interner.id(k)))].sort((x, y) => x - y))
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('quotation marks and opening parentheses', () => {
    const marks = fc.array(fc.constantFrom('a', ' ', '中', '"', '«', '»', '“', '”', '„', '「', '」', '『', '』', '(', '（', ')', '）', "'"), { maxLength: 12 }).map((cs) => cs.join(''))
    const scratch = new FeatureScratch()
    fc.assert(
      fc.property(marks, (s) => {
        const flags = featuresOf(s, 'en', undefined, new Interner(), scratch).flags
        expect((flags & FLAG_QUOTE) !== 0).toBe(/["«»“”„「」『』]/.test(s))
        expect((flags & FLAG_PAREN) !== 0).toBe(s.includes('(') || s.includes('（'))
      }),
      RUNS,
    )
  })

  it('long key lists stay as they were made while later paragraphs are read', () => {
    // Lists of more than a few keys share chunks (KeyPool): reading more paragraphs with
    // the same scratch must not change the lists handed out before.
    const c = 'bdfgklmnprstvz'
    const v = 'aeiou'
    const words = Array.from({ length: 400 }, (_, k) => {
      const word = `${c[k % 14]}${v[(k / 14) % 5 | 0]}${c[(k / 70) % 14 | 0]}${v[k % 5]}nt`
      return k % 3 === 0 ? word[0].toUpperCase() + word.slice(1) : word
    })
    const paragraphs = Array.from({ length: 300 }, (_, k) => words.slice((k * 7) % 360, ((k * 7) % 360) + 5 + (k % 37)).join(' '))
    const scratch = new FeatureScratch()
    const interner = new Interner()
    const kept = paragraphs.map((p) => featuresOf(p, 'en', undefined, interner, scratch))
    expect(kept.some((f) => f.stems.length > 32 && f.names.length > 8)).toBe(true)
    // The same paragraphs in the same order give the same ids whatever the scratch has
    // seen: each read here with a scratch of its own.
    const fresh = new Interner()
    paragraphs.forEach((p, k) => {
      const again = featuresOf(p, 'en', undefined, fresh, new FeatureScratch())
      expect([...kept[k].stems]).toEqual([...again.stems])
      expect([...kept[k].names]).toEqual([...again.names])
    })
  })

  it('figure, Han numeral and word tokens', () => {
    const TOKEN = /(\d+(?:[.,]\d+)?)(?:[ \t]?[-–—][ \t]?(\d+(?:[.,]\d+)?))?|([〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟万萬亿億]+)|([^\P{L}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}][\p{L}'’]*)/gu
    // Over the palette, and over figures and ranges from the few characters they are made
    // of (the palette seldom puts "3 - 4" or "1,5–2" together).
    const figures = fc.array(fc.constantFrom('0', '7', '.', ',', ' ', '\t', '-', '–', '—', 'a'), { maxLength: 12 }).map((cs) => cs.join(''))
    for (const texts of [text, figures]) {
      fc.assert(
        fc.property(texts, (s) => {
          const expected = [...s.matchAll(TOKEN)].map((m) =>
            m[1] !== undefined ? [m.index, m.index + m[0].length, 1, m[1], m[2]] : [m.index, m.index + m[0].length, m[3] !== undefined ? 2 : 3],
          )
          expect(tokensOf(s)).toEqual(expected)
        }),
        RUNS,
      )
    }
  })

  it('what may follow a figure: the Han patterns are skipped only where they cannot match', () => {
    const HAN_UNIT_AFTER = /^[ \u3000]?(个小时|小时|钟头|点钟|[点天日周年月]|分钟|星期|礼拜|个月)/u
    const HAN_SCALE_AFTER = /^[ \u3000]?([万千亿萬億])/u
    const units = fc.constantFrom(...PALETTE, '个小时', '小时', '钟头', '点钟', '点', '天', '周', '年', '分钟', '星期', '礼拜', '个月', '千', '亿', '萬', '億', '丁')
    const after = fc.array(units, { maxLength: 6 }).map((cs) => cs.join(''))
    fc.assert(
      fc.property(after, fc.nat(8), (s, at) => {
        if (!mayBeHanAfter(s, at)) {
          expect(HAN_UNIT_AFTER.test(s.slice(at, at + 4))).toBe(false)
          expect(HAN_SCALE_AFTER.test(s.slice(at, at + 3))).toBe(false)
        }
      }),
      RUNS,
    )
  })

  it('what may follow a Han numeral: the count patterns are skipped only where they cannot match', () => {
    const HAN_UNIT_AFTER = /^[ \u3000]?(个小时|小时|钟头|点钟|[点天日周年月]|分钟|星期|礼拜|个月)/u
    const HAN_MEASURE_AFTER = /^[ \u3000]?[个名人次位项条件家所座批]/u
    const units = fc.constantFrom(...PALETTE, '个小时', '小时', '钟头', '点钟', '天', '月', '分钟', '星期', '礼拜', '个月', '名', '人', '批', '切', '起')
    const after = fc.array(units, { maxLength: 6 }).map((cs) => cs.join(''))
    fc.assert(
      fc.property(after, fc.nat(8), (s, at) => {
        const rest = s.slice(at, at + 4)
        if (HAN_UNIT_AFTER.test(rest) || HAN_MEASURE_AFTER.test(rest)) expect(mayBeCountAfterHan(s, at)).toBe(true)
      }),
      RUNS,
    )
  })

  it('the word after a figure and the word before one', () => {
    // The regex and the one-unit regex test wordAt and wordBefore replaced.
    const AFTER = /^[ \t\u00a0]*(\p{L}[\p{L}'’.]*)/u
    const LETTER = /\p{L}/u
    const before = (t: string, end: number) => {
      let k = end
      while (k > 0 && (t[k - 1] === ' ' || t[k - 1] === '\t')) k--
      if (k === end) return undefined
      const stop = k
      while (k > 0 && end - k < 16 && LETTER.test(t[k - 1])) k--
      return k < stop ? { word: t.slice(k, stop), start: k } : undefined
    }
    const long = fc.array(fc.constantFrom(...PALETTE), { maxLength: 60 }).map((cs) => cs.join(''))
    fc.assert(
      fc.property(long, fc.nat(60), (s, at) => {
        const m = AFTER.exec(s.slice(at, at + 40))
        expect(wordAt(s, at)?.end).toBe(m ? at + m[0].length : undefined)
        // (wordAt drops final dots but those of a few abbreviations)
        expect(wordAt(s, at)?.word.replace(/\.+$/u, '')).toBe(m?.[1].toLowerCase().replace(/\.+$/u, ''))
        expect(wordBefore(s, Math.min(at, s.length))).toEqual(before(s, Math.min(at, s.length)))
      }),
      RUNS,
    )
    // An astral letter cut in two by the end of the window of 40 ends the word before it
    // (random strings seldom put one there).
    for (const s of ['a'.repeat(39) + '𝐀b', ' '.repeat(39) + '𝐀b', 'ab' + '’'.repeat(37) + '𝐀']) {
      const m = AFTER.exec(s.slice(0, 40))
      expect(wordAt(s, 0)?.end).toBe(m ? m[0].length : undefined)
    }
  })

  it('paragraph lengths', () => {
    // Each letter or digit weighs its script's weight, and a run of spaces between two Han
    // or kana characters counts as one Han character (a glyph lost in extraction).
    const WIDE = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]'
    const LOST = new RegExp(`(?<=${WIDE}) +(?=${WIDE})`, 'gu')
    const weight = (ch: string) => {
      if (!/[\p{L}\p{N}]/u.test(ch)) return 0
      return scriptWeights.find(([script]) => script.test(ch))?.[1] ?? 1
    }
    // (Without lone surrogates: measure reads a high surrogate and the unit after it as one
    // character, whatever that unit is.)
    const whole = PALETTE.filter((ch) => !/^[\ud800-\udfff]$/u.test(ch))
    const texts = fc.array(fc.constantFrom(...whole, 'Ѐ', 'џ', 'Я', 'я', 'ё', '\u0460', '\u03ff'), { maxLength: 40 }).map((cs) => cs.join(''))
    const spaced = fc.array(fc.constantFrom('中', 'ひ', ' ', 'Я', 'a', '7', ',', '𠀀'), { maxLength: 12 }).map((cs) => cs.join(''))
    fc.assert(
      fc.property(fc.oneof(texts, spaced), (s) => {
        const expected = [...s].reduce((sum, ch) => sum + weight(ch), 0) + (s.match(LOST)?.length ?? 0) * scriptWeights[0][1]
        expect(measure(s)).toBeCloseTo(expected, 9)
      }),
      RUNS,
    )
  })

  it('sentence and open ends', () => {
    const TERMINAL = /[\p{Sentence_Terminal}…:：;；؛]["'”»」』)）\]]*\s*$/u
    const OPEN_END = /[,，、،\-–—]\s*$/u
    fc.assert(
      fc.property(text, (s) => {
        // paragraphKind asks about notes and tiny paragraphs first; pad past those.
        const long = `This is a longer paragraph of several words ${s}`
        const kind = paragraphKind(long, 'Next.')
        const expected = TERMINAL.test(long) ? 'sentence' : OPEN_END.test(long) ? 'continued' : 'heading'
        if (kind !== 'note') expect(kind).toBe(expected)
      }),
      RUNS,
    )
    // A note: wholly inside brackets.
    const NOTE_TEXT = /^\s*[[［【(（][^\n]*[\]］】)）][.。]?\s*$/u
    const bracketed = fc.array(fc.constantFrom('[', '［', '【', '(', '（', ']', '］', '】', ')', '）', '.', '。', ' ', '\n', '\u3000', '\ufeff', 'a', '中'), { maxLength: 10 }).map((cs) => cs.join(''))
    fc.assert(
      fc.property(fc.oneof(text, bracketed), (s) => {
        expect(paragraphKind(s, undefined) === 'note').toBe(NOTE_TEXT.test(s))
      }),
      RUNS,
    )
    // A tiny paragraph is a heading unless it ends at a comma.
    const COMMA_END = /[,，、،]\s*$/u
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PALETTE), { maxLength: 6 }).map((cs) => cs.join('')), (s) => {
        const kind = paragraphKind(s, undefined)
        if (kind !== 'note' && atMostThreeWords(s) && measure(s) <= 20) expect(kind).toBe(COMMA_END.test(s) ? 'continued' : 'heading')
      }),
      RUNS,
    )
  })
})

describe('the vocabulary pre-check of extractQuantities', () => {
  // Words are ruled out by their first two letters and length before they are lowered:
  // every number word and month name must still be read in any case it is written.
  const strip = (qs: ReturnType<typeof extractQuantities>) => qs.map(({ kind, value, month, unit, scaled }) => ({ kind, value, month, unit, scaled }))
  const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1)
  it('reads every number word and month name in lower, Title and UPPER case alike', () => {
    let checked = 0
    let read = 0
    for (const [lang, table] of Object.entries(numberWords)) {
      for (const word of [...Object.keys(table), ...Object.keys(monthNames)]) {
        const titled = strip(extractQuantities(`in ${title(word)} x`, lang))
        if (titled.length) read++
        // (upper case that lowers back to the word: DREISSIG is not dreißig)
        if (word.toUpperCase().toLowerCase() === word) expect(strip(extractQuantities(`IN ${word.toUpperCase()} X`, lang))).toEqual(titled)
        // (lower-case "march" is the verb, by design)
        if (word !== 'march') expect(strip(extractQuantities(`in ${word} x`, lang))).toEqual(titled)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(100)
    expect(read).toBeGreaterThan(checked * 0.9)
    // and a Russian compound stem glued to a unit, capitalised
    expect(strip(extractQuantities('Двухнедельного отдыха', 'ru'))).toEqual(strip(extractQuantities('двухнедельного отдыха', 'ru')))
    expect(strip(extractQuantities('двухнедельного отдыха', 'ru'))).toHaveLength(1)
  })
})
