import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const root = resolve(import.meta.dirname, '../..')
export const fixturesDir = join(root, 'fixtures')
export const bin = join(root, 'bin/memo.js')

export function fixtureCases(): string[] {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(fixturesDir, d.name, 'input.txt')))
    .map((d) => d.name)
    .sort()
}

export function fixtureInput(name: string): Buffer {
  return readFileSync(join(fixturesDir, name, 'input.txt'))
}
