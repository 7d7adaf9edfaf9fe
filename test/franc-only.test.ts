// francOnly answers what franc answers: it reads franc's data its own, faster way (see
// src/language/franc-only.ts), so it is checked against franc itself on real text in many
// scripts, the UDHR translations under test/data/align/udhr, for the `only` lists memo
// passes (the languages of one script) and a few more.
import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { franc } from 'franc'
import { expressions } from 'franc/expressions.js'
import { describe, expect, it } from 'vitest'
import { languages } from '../src/data/languages.js'
import { francOnly, scriptMatches } from '../src/language/franc-only.js'

const dir = new URL('./data/align/udhr/', import.meta.url)
const texts = new Set<string>()
for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
  const doc = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as { sections: { paragraphs: { text: string }[] }[] }
  for (const section of doc.sections) {
    const paragraphs = section.paragraphs.map((p) => p.text)
    for (const p of paragraphs) texts.add(p)
    // longer than franc's 2048-character sample, as detectBlockLanguages' joined runs are
    texts.add(paragraphs.join('\n').slice(0, 4000))
  }
}

const byScript = new Map<string, string[]>()
for (const l of languages) byScript.set(l.script, [...(byScript.get(l.script) ?? []), l.iso3])
// every language (franc's default), the scripts memo has several languages for, and lists
// that cross scripts (franc keys a script of one language by that language: cmn, jpn, kor)
const onlys = [[], byScript.get('Latin')!, byScript.get('Cyrillic')!, byScript.get('Arabic')!, ['eng', 'deu', 'fra'], ['cmn', 'jpn', 'kor', 'rus']]

describe('francOnly', () => {
  it('answers as franc does on the UDHR texts', () => {
    const differ: string[] = []
    for (const text of texts) {
      for (const only of onlys) {
        const expected = franc(text, { only, minLength: 40 })
        const got = francOnly(text, only, 40)
        if (got !== expected) differ.push(`${only.join(',')}: franc ${expected}, francOnly ${got}: ${text.slice(0, 60)}`)
      }
    }
    expect(texts.size).toBeGreaterThan(500)
    expect(differ).toEqual([])
  })

  it('answers "und" for text shorter than minLength, and below a script of one language not allowed', () => {
    expect(francOnly('short text', ['eng', 'deu'], 40)).toBe('und')
    expect(francOnly('毛泽东同志说，我们的工作还有很多困难，但是我们一定能够克服它们。这是一个很长的句子。', ['eng', 'deu'], 10)).toBe(franc('毛泽东同志说，我们的工作还有很多困难，但是我们一定能够克服它们。这是一个很长的句子。', { only: ['eng', 'deu'], minLength: 10 }))
  })
})

// Random text where the table lookups could part from franc's own: letters of many scripts
// (some in several of franc's expressions), astral Han, lone surrogates, capitals that
// lower to two units (İ), ASCII punctuation and digits (cleaned to spaces), white space.
const PALETTE = [
  'a', 'e', 'n', 't', 'r', 's', 'i', 'o', 'd', 'B', 'K', 'É', 'é', 'ü', 'ß', 'ş', 'İ', 'ı', 'ą', 'ł', 'ő',
  'ж', 'и', 'н', 'а', 'о', 'П', 'ї', 'є', 'ў', 'ѓ', 'ا', 'ل', 'پ', 'ی', 'ה', 'ש', 'क', 'ि', 'র', 'ন', 'λ', 'ω',
  '中', '文', '〇', 'ひ', 'カ', 'ー', '한', 'ก', 'ა', 'ա', 'ሀ', '\u0301', '𠀀', '𝐀', '\ud800', '\udc00',
  ' ', ' ', ' ', '\n', '\t', '\u00a0', '\u3000', '.', ',', '7', '!', '@', '’', '«', '。',
]
const randomText = (minLength: number) =>
  fc.array(fc.constantFrom(...PALETTE), { minLength, maxLength: 160 }).map((cs) => cs.join(''))
// one script's letters, so the trigram distances decide between its languages
const wordsOf = (letters: string) =>
  fc.array(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 8 }).map((cs) => cs.join('')), { minLength: 8, maxLength: 60 }).map((ws) => ws.join(' '))

describe('francOnly on random text', () => {
  it('counts each script expression\'s matches as the expression does', () => {
    fc.assert(
      fc.property(randomText(0), (text) => {
        const expected = Object.values(expressions).map((re) => text.match(re)?.length ?? 0)
        expect([...scriptMatches(text)]).toEqual(expected)
      }),
      { numRuns: 3000 },
    )
  })

  it('answers as franc does', () => {
    const texts = fc.oneof(randomText(40), wordsOf('aeinorstdlmukBÉéüßşİıąłő.,7 '), wordsOf('жинаоПїєўѓтвс.,7 '), wordsOf('الپیبتنم ،.'))
    fc.assert(
      fc.property(texts, fc.constantFrom(...onlys), (text, only) => {
        expect(francOnly(text, only, 40)).toBe(franc(text, { only, minLength: 40 }))
      }),
      { numRuns: 2000 },
    )
  })
})
