// The batch lexicon's parts: IBM Model 1 over many documents' beads (learn-lexicon.ts) and
// its file (lexicon-file.ts), which must read back to the same tables and refuse what is
// not one.
import { describe, expect, it } from 'vitest'
import { learnLexicon } from '../dist/align/lexicon/learn-lexicon.js'
import { lexiconText, readLexicon } from '../dist/align/lexicon/lexicon-file.js'
import type { LexiconSample } from '../dist/align/lexicon/lexicon.js'
import { random } from '../scripts/seeded-random.js'

// Twelve words of an invented language A and their translations in B; each bead holds three
// of them, and B's side also a word that goes with none ("xx", in half the beads).
const A = ['alfa', 'brav', 'char', 'delt', 'echo', 'foxt', 'golf', 'hote', 'indi', 'juli', 'kilo', '__proto__']
const B = ['ahoj', 'buch', 'cest', 'domu', 'enka', 'fuga', 'gran', 'hrad', 'ilko', 'jama', 'kost', 'lipa']

function samples(beads: number, seed = 7): LexiconSample[] {
  const next = random(seed)
  const out: LexiconSample[] = []
  // ten documents, in the order a batch would hand them over
  for (let d = 0; d < 10; d++) {
    const list: Array<[string[], string[]]> = []
    for (let k = 0; k < beads / 10; k++) {
      const picked = new Set<number>()
      while (picked.size < 3) picked.add(Math.floor(next() * A.length))
      const ws = [...picked]
      list.push([ws.map((w) => A[w]), [...ws.map((w) => B[w]).reverse(), ...(k % 2 ? ['xx'] : [])]])
    }
    // documents where A's section comes second give the beads the other way round
    out.push(d % 3 === 0 ? { a: 'b-lang', b: 'a-lang', beads: list.map(([x, y]) => [y, x]) } : { a: 'a-lang', b: 'b-lang', beads: list })
  }
  return out
}

const best = (row: { fs: string[]; ts: number[] } | undefined) => row && row.fs[row.ts.indexOf(Math.max(...row.ts))]

describe('learnLexicon', () => {
  it('links each word to its translation, both ways, from beads of many documents', () => {
    const lexicon = readLexicon(lexiconText(learnLexicon(samples(400))))
    expect([...lexicon.directions.keys()].sort()).toEqual(['a-lang>b-lang', 'b-lang>a-lang'])
    const ab = lexicon.directions.get('a-lang>b-lang')!
    const ba = lexicon.directions.get('b-lang>a-lang')!
    expect(ab.documents).toBe(10)
    expect(ab.beads).toBe(400)
    A.forEach((w, k) => expect(best(ab.table.get(w)), w).toBe(B[k]))
    B.forEach((w, k) => expect(best(ba.table.get(w)), w).toBe(A[k]))
    // the word that translates nothing is nobody's best translation
    expect(ba.table.has('xx')).toBe(true)
    for (const w of A) expect(best(ab.table.get(w))).not.toBe('xx')
  })

  it('is deterministic, and leaves out a pair with fewer beads than one document trains on', () => {
    expect(lexiconText(learnLexicon(samples(400)))).toBe(lexiconText(learnLexicon(samples(400))))
    expect(learnLexicon(samples(230)).directions.size).toBe(0)
    // beads of the same language on both sides teach nothing about translation
    expect(learnLexicon([{ a: 'en', b: 'EN', beads: samples(400)[1].beads }]).directions.size).toBe(0)
  })
})

describe('the lexicon file', () => {
  it('reads back to the tables written, a stem named __proto__ included', () => {
    const learnt = learnLexicon(samples(400))
    const text = lexiconText(learnt)
    const back = readLexicon(text)
    expect(lexiconText(back)).toBe(text)
    expect(back.directions.get('a-lang>b-lang')!.table.get('__proto__')!.fs).toContain('lipa')
    expect(JSON.parse(text).directions['a-lang>b-lang'].t.__proto__.lipa).toBeGreaterThan(0.5)
  })

  it('refuses what is not a lexicon of this version, saying what is wrong', () => {
    const one = (directions: unknown) => JSON.stringify({ memoLexicon: 1, directions })
    expect(() => readLexicon('{')).toThrow('it is not JSON')
    expect(() => readLexicon('{"directions": {}}')).toThrow('it is not a memo lexicon (no "memoLexicon" field)')
    expect(() => readLexicon('{"memoLexicon": 2, "directions": {}}')).toThrow('it is a lexicon of version 2, and this memo reads version 1')
    expect(() => readLexicon(one({ en: {} }))).toThrow('"en" is not a direction such as "en>ru"')
    expect(() => readLexicon(one({ 'en>ru': { t: {} } }))).toThrow('the direction "en>ru" lacks "documents", "beads" or "t"')
    expect(() => readLexicon(one({ 'en>ru': { documents: 1, beads: 1, t: { gove: { prav: 0 } } } }))).toThrow('"en>ru" gives "gove" → "prav" a probability that is not in (0, 1]')
    expect(readLexicon(one({})).directions.size).toBe(0)
  })
})
