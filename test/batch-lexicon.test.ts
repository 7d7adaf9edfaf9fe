// memo batch learns one word-translation lexicon per language pair from a sample of its
// inputs, keeps it in --out, and aligns every input with it; a rerun reads it back, and
// memo extract --lexicon gives one input the batch's own outputs.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { makeCorpus } from '../bench/make-corpus.js'
import { removeTrees, snapshot, tree } from './helpers/batch-tree.js'
import { runCli } from './helpers/run-cli.js'

afterAll(removeTrees)

const LEXICON = 'alignment-lexicon.json'
const batch = (cwd: string, ...args: string[]) => runCli(['batch', '--jobs', '2', ...args], { cwd })
const extract = (cwd: string, ...args: string[]) => runCli(['extract', ...args], { cwd })
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8')

interface LexiconFile {
  memoLexicon: number
  inputs?: number
  directions: Record<string, { documents: number; beads: number; t: Record<string, Record<string, number>> }>
}

/** The most probable translation of stem e in a direction's table. */
function best(file: LexiconFile, direction: string, e: string): string | undefined {
  const row = file.directions[direction]?.t[e]
  return row && Object.entries(row).sort((x, y) => y[1] - x[1])[0][0]
}

describe('memo batch and its alignment lexicon', () => {
  // 40 dumps made from the fixtures (English, Chinese and Russian; English and Russian;
  // English and Hungarian), every paragraph repeated one to six times
  const dir = tree({})
  makeCorpus(join(dir, 'in'), 40)
  const inputs = readdirSync(join(dir, 'in', '000')).sort()

  it('learns it from a sample of the inputs and keeps it in --out', () => {
    const r = batch(dir, 'in', '--out', 'out', '-f', 'json')
    expect(r.status, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/learnt an alignment lexicon from 32 inputs \(en–ru from \d+ paragraph pairs\); it is kept in out\/alignment-lexicon\.json/u)
    const file = JSON.parse(read(dir, `out/${LEXICON}`)) as LexiconFile
    expect(file.memoLexicon).toBe(1)
    // what the sample was drawn from, for a later run to tell that the batch has grown
    expect(file.inputs).toBe(40)
    // both directions of the one pair with enough sure paragraph pairs (Chinese has no
    // word breaks, so no stems; Hungarian is in too few inputs)
    expect(Object.keys(file.directions)).toEqual(['en>ru', 'ru>en'])
    // words of two scripts linked with no dictionary: "government" → "правительство",
    // "people" → "народ" (stems are four letters, Cyrillic transliterated)
    expect(best(file, 'en>ru', 'gove')).toBe('prav')
    expect(best(file, 'en>ru', 'peop')).toBe('naro')
    expect(best(file, 'ru>en', 'prav')).toBe('gove')
  })

  it('memo extract --lexicon gives an input the bytes the batch wrote; --no-lexicon aligns as extract does', () => {
    for (const name of inputs.slice(0, 8)) {
      const withLexicon = extract(dir, `in/000/${name}`, '-f', 'json', '--lexicon', `out/${LEXICON}`)
      expect(withLexicon.status, withLexicon.stderr).not.toBe(2)
      expect(read(dir, `out/000/${name.replace(/\.txt$/u, '.json')}`), name).toBe(withLexicon.stdout)
    }
    const none = batch(dir, 'in', '--out', 'plain', '-f', 'json', '--no-lexicon')
    expect(none.status, none.stderr).toBe(0)
    expect(existsSync(join(dir, 'plain', LEXICON))).toBe(false)
    for (const name of inputs.slice(0, 8)) {
      expect(read(dir, `plain/000/${name.replace(/\.txt$/u, '.json')}`), name).toBe(extract(dir, `in/000/${name}`, '-f', 'json').stdout)
    }
    // and the lexicon is read: some documents aligned with it differ from their own
    const differ = inputs.filter((name) => {
      const json = `000/${name.replace(/\.txt$/u, '.json')}`
      return read(dir, `out/${json}`) !== read(dir, `plain/${json}`)
    })
    expect(differ.length).toBeGreaterThan(0)
  })

  it('a rerun reads the lexicon back and skips every input; deleted, it is learnt again to the same bytes', () => {
    const before = snapshot(join(dir, 'out'))
    const again = batch(dir, 'in', '--out', 'out', '-f', 'json')
    expect(again.status, again.stderr).toBe(0)
    expect(again.stderr).toContain(`40 files: 0 converted, 0 warned, 40 skipped`)
    expect(again.stderr).not.toContain('learnt')
    expect(read(dir, `out/${LEXICON}`)).toBe(before.get(LEXICON)!.toString())

    rmSync(join(dir, 'out', LEXICON))
    const relearnt = batch(dir, 'in', '--out', 'out', '-f', 'json', '--jobs', '1')
    expect(relearnt.status, relearnt.stderr).toBe(0)
    expect(relearnt.stderr).toContain('learnt an alignment lexicon')
    // with one worker instead of two, the same lexicon: so nothing needed redoing
    expect(read(dir, `out/${LEXICON}`)).toBe(before.get(LEXICON)!.toString())
    expect(relearnt.stderr).toContain('40 skipped')
  })

  it('every shard learns the lexicon the whole batch learns, so its outputs are the unsharded ones', () => {
    for (const k of [1, 2]) {
      const r = batch(dir, 'in', '--out', `part-${k}`, '-f', 'json', '--shard', `${k}/2`)
      expect(r.status, r.stderr).toBe(0)
      expect(read(dir, `part-${k}/${LEXICON}`)).toBe(read(dir, `out/${LEXICON}`))
    }
    const parts = [...snapshot(join(dir, 'part-1')), ...snapshot(join(dir, 'part-2'))].filter(([name]) => name.startsWith('000/'))
    expect(parts).toHaveLength(inputs.length)
    for (const [name, bytes] of parts) expect(bytes.toString(), name).toBe(read(dir, `out/${name}`))
  })

  it('says when the batch has grown past the inputs its lexicon was learnt from, and keeps it', () => {
    // the lexicon as a batch of 10 inputs would have recorded it: its sample was those 10,
    // where 40 inputs give a sample of 32
    const file = JSON.parse(read(dir, `out/${LEXICON}`)) as LexiconFile
    const small = JSON.stringify({ ...file, inputs: 10 }, null, 1) + '\n'
    writeFileSync(join(dir, 'small.json'), small)
    const first = batch(dir, 'in', '--out', 'grown', '-f', 'json', '--lexicon', 'small.json')
    expect(first.status, first.stderr).toBe(0)
    const again = batch(dir, 'in', '--out', 'grown', '-f', 'json')
    expect(again.status, again.stderr).toBe(0)
    expect(again.stderr).toContain(`memo batch: grown/${LEXICON} was learnt when the batch had 10 inputs; it has 40 now: delete the file to learn from a larger sample`)
    expect(again.stderr).toContain('40 skipped')
    expect(read(dir, `grown/${LEXICON}`)).toBe(small)
    // the batch's own, learnt from these 40, draws no such note
    expect(batch(dir, 'in', '--out', 'out', '-f', 'json').stderr).not.toContain('was learnt when')
  })

  it('another lexicon given with --lexicon redoes the inputs and is kept for reruns', () => {
    // a lexicon of the same pair, learnt from other text: every input is redone with it
    const file = JSON.parse(read(dir, `out/${LEXICON}`)) as LexiconFile
    file.directions['en>ru'].t.gove = { prav: 1 }
    writeFileSync(join(dir, 'other.json'), JSON.stringify(file))
    const other = batch(dir, 'in', '--out', 'out', '-f', 'json', '--lexicon', 'other.json')
    expect(other.status, other.stderr).toBe(0)
    expect(other.stderr).toContain(', 0 skipped')
    // the file given is the one kept, so that a rerun goes on with it
    expect(read(dir, `out/${LEXICON}`)).toBe(read(dir, 'other.json'))
  })

  it('refuses a lexicon that is not one, naming the file, and converts nothing', () => {
    const bad = tree({ 'in/a.txt': readFileSync(join(dir, 'in', '000', inputs[0])), 'out/alignment-lexicon.json': '{"memoLexicon": 1, "directions": {"en>ru": {"documents": 1, "beads": 1, "t": {"gove": {"prav": 7}}}}}' })
    const r = batch(bad, 'in', '--out', 'out')
    expect(r.status).toBe(1)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/out\/alignment-lexicon\.json cannot be used \(.*"gove" → "prav" a probability that is not in \(0, 1\]\); delete it, and memo batch learns a new one/u)
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/u)
    expect(existsSync(join(bad, 'out', 'a.md'))).toBe(false)

    // a --lexicon that is not one is a usage error, as with memo extract
    const missing = batch(bad, 'in', '--out', 'out2', '--lexicon', 'nowhere.json')
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('--lexicon nowhere.json cannot be used: there is no such file')

    const notJson = extract(bad, 'in/a.txt', '--lexicon', 'in/a.txt')
    expect(notJson.status).toBe(2)
    expect(notJson.stdout).toBe('')
    expect(notJson.stderr).toBe('memo: --lexicon in/a.txt cannot be used: it is not JSON\n')
  })
})
