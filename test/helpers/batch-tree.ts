// Helpers for the memo batch tests: a throwaway folder with files in it, and every file
// below a folder (relative path → bytes) to compare two runs.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fixtureInput } from './fixtures.js'

export const sample = fixtureInput('wilson-110404')
export const mismatch = fixtureInput('contents-mismatch')
export const undated = fixtureInput('scan-undated')
export const noHeader = fixtureInput('no-header')

const made: string[] = []

/** A fresh folder holding these files (paths relative to it, "/" separated); removed by
 * removeTrees(). */
export function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'memo-batch-'))
  made.push(dir)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

/** Remove the folders tree() made (call in afterAll). */
export function removeTrees(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** Every file below dir (hidden ones too), sorted, as relative path → content. */
export function snapshot(dir: string): Map<string, Buffer> {
  const names = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort()
  return new Map(names.map((n) => [n, readFileSync(join(dir, n))]))
}

/** A dump with its own document number, so many of them are many documents. */
export function numbered(n: number, base: Buffer = mismatch): Buffer {
  return Buffer.from(base.toString('utf8').replace(/\/document\/\d+/u, `/document/${500000 + n}`))
}

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T
}

export interface Row {
  path: string
  citekey?: string
  id?: string
  title?: string
  date?: string
  languages: string[]
  sections: { id: string; label: string; lang: string; paragraphs: number }[]
  warnings: number
  errors: number
  status: string
  reason?: string
  outputs: string[]
}
