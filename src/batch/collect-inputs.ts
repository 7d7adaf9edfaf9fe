// Command-line inputs (files, folders, globs) → the sorted list of input files.
//   a file       taken as given, whatever its extension; key = its name
//   a folder     every *.txt below it (--ext changes the extensions), hidden files and
//                folders left out, .memoignore files and --ignore honoured; key = the path
//                below the folder
//   a glob       its matches, with the same ignore rules; key = the path below the glob's
//                fixed prefix ("dumps/**/*.txt" → below "dumps")
// The output folder is never read, even when it sits inside an input folder. A path that
// does not exist and is no glob still becomes an input: it fails in the batch like any
// other bad file, so the summary names it.
import { readFile, realpath, stat } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import picomatch from 'picomatch'
import { glob, isDynamicPattern } from 'tinyglobby'
import { IgnoreMatcher } from './ignore-matcher.js'
import type { Input } from './types.js'

export interface CollectOptions {
  cwd: string
  /** The output folder (absolute). */
  out: string
  /** --ignore patterns, applied below every folder and glob base. */
  ignore: string[]
  /** Extensions taken from folders, without the dot. */
  ext: string[]
}

export interface Collected {
  inputs: Input[]
  /** Things worth saying (an input inside the output folder, say). */
  notes: string[]
}

const toPosix = (p: string) => p.split(sep).join('/')

export async function collectInputs(args: string[], options: CollectOptions): Promise<Collected> {
  const out = await realOrResolved(options.out)
  const notes: string[] = []
  const found: Input[] = []
  const display = (abs: string) => {
    const rel = relative(options.cwd, abs)
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? toPosix(abs) : toPosix(rel)
  }
  const insideOut = (abs: string) => abs === out || abs.startsWith(out + sep)

  for (const arg of args) {
    const abs = resolve(options.cwd, arg)
    const info = await stat(abs).catch(() => undefined)
    if (info?.isDirectory()) {
      const root = await realOrResolved(abs)
      if (insideOut(root)) {
        notes.push(`${arg}: inside the output folder; not read`)
        continue
      }
      const patterns = options.ext.map((e) => `**/*.${e}`)
      for (const rel of await listBelow(root, patterns, out, options.ignore)) found.push({ abs: join(abs, rel), path: display(join(abs, rel)), key: rel })
    } else if (info) {
      // a file named outright is always taken (ignore rules are for what folders and globs
      // find), except from the output folder
      if (insideOut(await realOrResolved(abs))) {
        notes.push(`${arg}: inside the output folder; not read`)
        continue
      }
      found.push({ abs, path: display(abs), key: basename(abs) })
    } else if (isDynamicPattern(arg)) {
      const scanned = picomatch.scan(toPosix(arg))
      const baseAbs = resolve(options.cwd, scanned.base || '.')
      const root = await realOrResolved(baseAbs)
      const pattern = scanned.glob
      for (const rel of await listBelow(root, [pattern], out, options.ignore)) found.push({ abs: join(baseAbs, rel), path: display(join(baseAbs, rel)), key: rel })
    } else {
      found.push({ abs, path: display(abs), key: basename(abs) || toPosix(arg) })
    }
  }

  // One file reached twice (a folder and a file in it) is one input, with its first key.
  const seen = new Set<string>()
  const inputs = found.filter((i) => (seen.has(i.abs) ? false : (seen.add(i.abs), true)))
  inputs.sort(compareInputs)
  return { inputs, notes }
}

/** The stable order of a batch: by key, then by path; code-unit order, never the locale's. */
export function compareInputs(a: { key: string; path: string }, b: { key: string; path: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0
}

/** Files below `root` matching the patterns, minus the output folder and ignored files,
 * as POSIX paths relative to `root`. */
async function listBelow(root: string, patterns: string[], out: string, ignore: string[]): Promise<string[]> {
  const outRel = relative(root, out)
  const outInside = outRel !== '' && !outRel.startsWith('..') && !isAbsolute(outRel)
  // Pruning the output folder in the walk itself, not only filtering afterwards, keeps a
  // rerun over 16,000 outputs from listing them all.
  const skip = outInside ? [`${toPosix(outRel)}/**`] : []
  if (outRel === '') return [] // the output folder is the input folder: nothing to read
  const [files, ignoreFiles] = await Promise.all([
    glob(patterns, { cwd: root, onlyFiles: true, dot: false, ignore: skip, followSymbolicLinks: false, expandDirectories: false }),
    glob(['**/.memoignore'], { cwd: root, onlyFiles: true, dot: true, ignore: skip, followSymbolicLinks: false, expandDirectories: false }),
  ])
  const matcher = new IgnoreMatcher()
  // Outer .memoignore files first, so a deeper file's lines come later and win.
  ignoreFiles.sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0))
  for (const f of ignoreFiles) {
    const text = await readFile(join(root, f), 'utf8').catch(() => '')
    matcher.add(text.split(/\r?\n/u), toPosix(dirname(f)))
  }
  matcher.add(ignore, '')
  return files.map(toPosix).filter((f) => !matcher.ignores(f) && !(outInside && (f + '/').startsWith(toPosix(outRel) + '/')))
}

async function realOrResolved(p: string): Promise<string> {
  return realpath(p).catch(() => resolve(p))
}
