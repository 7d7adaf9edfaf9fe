// A spell checker built on part of a Hunspell dictionary (the stems that can make the words
// asked about) must answer as one built on the whole dictionary: a word cut by a page break
// is joined or not on its answers.
import { readFileSync, readdirSync } from 'node:fs'
import en from 'dictionary-en'
import ru from 'dictionary-ru'
import nspell from 'nspell'
import { describe, expect, it } from 'vitest'
import { dictionarySubset, readDictionary } from '../dist/paragraphs/dictionary-subset.js'

const read = (lang: 'ru' | 'en', part: 'aff' | 'dic') => new TextDecoder().decode({ ru, en }[lang][part])

/** Words of the fixtures in one script, with what page cuts make of them: halves of words
 * and two neighbours run together (most of those are not words). Every k-th, for size. */
function wordsOf(script: RegExp, count: number): string[] {
  const text = readdirSync('fixtures').map((f) => readFileSync(`fixtures/${f}/input.txt`, 'utf8')).join('\n')
  const words = text.match(script) ?? []
  const all = new Set<string>()
  for (let i = 0; i < words.length; i++) {
    all.add(words[i])
    if (words[i].length > 3) all.add(words[i].slice(0, Math.ceil(words[i].length / 2)))
    if (i + 1 < words.length) all.add(words[i] + words[i + 1].toLowerCase())
  }
  const list = [...all].sort()
  const step = Math.max(1, Math.floor(list.length / count))
  return list.filter((_, i) => i % step === 0)
}

describe('dictionarySubset', () => {
  for (const [lang, script] of [['ru', /\p{Script=Cyrillic}+/gu], ['en', /\p{Script=Latin}+/gu]] as const) {
    it(`answers as the whole ${lang} dictionary for words, halves and run-together pairs of the fixtures`, () => {
      const aff = read(lang, 'aff')
      const lines = read(lang, 'dic').split('\n')
      const words = wordsOf(script, 250)
      expect(words.length).toBeGreaterThan(200)
      const kept = dictionarySubset(readDictionary(aff, read(lang, 'dic')), words)
      expect(kept.length).toBeLessThan(lines.length / 4)
      const part = nspell(aff, `${kept.length}\n${kept.join('\n')}`)
      const whole = nspell(aff, lines.join('\n'))
      const answers = (spell: typeof part) => words.map((w) => `${w} ${spell.correct(w)}`)
      expect(answers(part)).toEqual(answers(whole))
      // the set holds words and non-words alike, so the comparison means something
      const yes = words.filter((w) => whole.correct(w)).length
      expect(yes).toBeGreaterThan(words.length / 10)
      expect(yes).toBeLessThan(words.length * 0.9)
    }, 120_000)
  }

  it('keeps a stem whose suffix replaces its ending (Китай → Китая), not one of other words', () => {
    const kept = dictionarySubset(readDictionary(read('ru', 'aff'), read('ru', 'dic')), ['Китая'])
    expect(kept.some((l) => l.startsWith('Китай'))).toBe(true)
    expect(kept.length).toBeLessThan(200)
  })
})
