// memo batch takes every setting and format memo extract takes, and gives each input the
// bytes extract gives it (both go through convert()); the manifest records the settings,
// so a rerun with other settings redoes the files.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writers } from '../dist/writers/index.js'
import { mismatch, readJson, removeTrees, sample, tree, undated } from './helpers/batch-tree.js'
import { runCli } from './helpers/run-cli.js'

afterAll(removeTrees)

const batch = (cwd: string, ...args: string[]) => runCli(['batch', '--jobs', '2', ...args], { cwd })
const extract = (cwd: string, ...args: string[]) => runCli(['extract', ...args], { cwd })
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8')

/** The manifest's entry lines (the header line left out), parsed. */
function manifestLines(dir: string): Record<string, unknown>[] {
  return read(dir, '.memo-manifest.jsonl').trim().split('\n').slice(1).map((line) => JSON.parse(line) as Record<string, unknown>)
}

describe('memo batch with extract’s settings', () => {
  const dir = tree({ 'in/a.txt': sample, 'in/b.txt': mismatch })

  it('--granularity sentence -f tmx,json writes the TMX and JSON extract writes with the same flags', () => {
    const r = batch(dir, 'in', '--out', 'by-sentence', '-f', 'tmx,json', '--granularity', 'sentence')
    expect(r.status, r.stderr).toBe(0)
    for (const stem of ['a', 'b']) {
      const tmx = extract(dir, `in/${stem}.txt`, '-f', 'tmx', '--granularity', 'sentence')
      expect(read(dir, `by-sentence/${stem}.tmx`), stem).toBe(tmx.stdout)
      const json = extract(dir, `in/${stem}.txt`, '-f', 'json', '--granularity', 'sentence')
      expect(read(dir, `by-sentence/${stem}.json`), stem).toBe(json.stdout)
    }
    // and the setting made a difference: units by sentence, not by paragraph
    expect(read(dir, 'by-sentence/a.tmx')).toContain('segtype="sentence"')
    expect(read(dir, 'by-sentence/a.tmx')).not.toBe(extract(dir, 'in/a.txt', '-f', 'tmx').stdout)
    expect(readJson<{ sentenceAlignment?: unknown[] }>(join(dir, 'by-sentence/a.json')).sentenceAlignment?.length).toBeGreaterThan(0)
  })

  it('--parallel -f md writes the side-by-side Markdown extract --parallel writes', () => {
    const r = batch(dir, 'in', '--out', 'parallel', '-f', 'md', '--parallel')
    expect(r.status, r.stderr).toBe(0)
    for (const stem of ['a', 'b']) expect(read(dir, `parallel/${stem}.md`), stem).toBe(extract(dir, `in/${stem}.txt`, '--parallel').stdout)
    expect(read(dir, 'parallel/a.md')).not.toBe(extract(dir, 'in/a.txt').stdout)
  })

  it('takes every format of the registry, each file what extract -f gives', () => {
    const formats = writers.map((w: { name: string }) => w.name)
    expect(formats).toEqual(expect.arrayContaining(['tmx', 'chicago', 'ris', 'biblatex']))
    const r = batch(dir, 'in/b.txt', '--out', 'every', '-f', formats.join(','))
    expect(r.status, r.stderr).toBe(0)
    for (const w of writers as { name: string; extname: string }[]) expect(read(dir, `every/b${w.extname}`), w.name).toBe(extract(dir, 'in/b.txt', '-f', w.name).stdout)
  })

  it('refuses a granularity extract does not know, as a usage error', () => {
    const r = batch(dir, 'in', '--out', 'bad', '--granularity', 'word')
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/--granularity/)
  })
})

describe('memo batch reruns with other settings', () => {
  it('redoes the inputs converted with other settings and skips those converted with the same', () => {
    const dir = tree({ 'in/a.txt': mismatch, 'in/b.txt': undated })
    const counts = (...args: string[]) => {
      const r = batch(dir, 'in', '--out', 'out', ...args)
      expect(r.status, r.stderr).toBe(0)
      const m = /2 files: (\d) converted, (\d) warned, (\d) skipped, 0 failed/.exec(r.stderr)
      expect(m, r.stderr).not.toBeNull()
      return { done: Number(m![1]) + Number(m![2]), skipped: Number(m![3]) }
    }
    expect(counts()).toEqual({ done: 2, skipped: 0 })
    // the defaults leave the manifest as it always was: no settings recorded
    for (const line of manifestLines(join(dir, 'out'))) expect(line).not.toHaveProperty('settings')
    expect(counts()).toEqual({ done: 0, skipped: 2 })

    expect(counts('--granularity', 'sentence')).toEqual({ done: 2, skipped: 0 })
    for (const line of manifestLines(join(dir, 'out'))) expect(line.settings).toEqual({ granularity: 'sentence' })
    expect(readJson<{ sentenceAlignment?: unknown }>(join(dir, 'out/a.json')).sentenceAlignment).toBeDefined()
    expect(counts('--granularity', 'sentence')).toEqual({ done: 0, skipped: 2 })

    expect(counts('--granularity', 'sentence', '--parallel')).toEqual({ done: 2, skipped: 0 })
    expect(read(dir, 'out/a.md')).toBe(extract(dir, 'in/a.txt', '--parallel', '--granularity', 'sentence').stdout)
    // the flags' order on the command line does not matter
    expect(counts('--parallel', '--granularity', 'sentence')).toEqual({ done: 0, skipped: 2 })

    // a forced layout is a setting too, even the one detection picks
    expect(counts('--layout', 'wilson-pdf')).toEqual({ done: 2, skipped: 0 })
    for (const line of manifestLines(join(dir, 'out'))) expect(line.settings).toEqual({ layout: 'wilson-pdf' })

    // back to the defaults: redone, and the outputs are the defaults' again
    expect(counts('--granularity', 'paragraph')).toEqual({ done: 2, skipped: 0 })
    for (const line of manifestLines(join(dir, 'out'))) expect(line).not.toHaveProperty('settings')
    expect(readJson<{ sentenceAlignment?: unknown }>(join(dir, 'out/a.json')).sentenceAlignment).toBeUndefined()
    expect(read(dir, 'out/a.md')).toBe(extract(dir, 'in/a.txt').stdout)
    expect(counts()).toEqual({ done: 0, skipped: 2 })
  })
})
