// .memoignore and --ignore: which files under an input folder to leave out. The syntax is
// the common part of .gitignore, so people can copy lines across:
//   # comment            blank lines are skipped
//   drafts/              a trailing "/" matches folders only (and everything inside)
//   *.bak                no "/" inside: matches the name at any depth below the file's folder
//   /notes.txt, a/b.txt  a "/" inside or in front: relative to the folder of the .memoignore
//   !keep.txt            "!" takes a file back; the last matching line wins
// Unlike git, "!" can take back a file inside an ignored folder: memo lists files, not
// folders, so nothing stops it from looking.
import picomatch from 'picomatch'

interface Rule {
  /** Folder of the .memoignore, relative to the input root ("" at the root, else "a/b/"). */
  base: string
  match: (path: string) => boolean
  negate: boolean
  dirOnly: boolean
}

export class IgnoreMatcher {
  private rules: Rule[] = []

  /** Add the lines of one .memoignore (or --ignore patterns, with base ""). `base` is the
   * folder they apply to, relative to the input root, POSIX separators. */
  add(lines: string[], base: string): void {
    const prefix = base === '' || base === '.' ? '' : base.replace(/\/?$/u, '/')
    for (const raw of lines) {
      let line = raw.replace(/(?<!\s)\s+$/u, '')
      if (line === '' || line.startsWith('#')) continue
      const negate = line.startsWith('!')
      if (negate) line = line.slice(1)
      if (line.startsWith('\\')) line = line.slice(1) // "\#file", "\!file": literal
      const dirOnly = line.endsWith('/')
      if (dirOnly) line = line.replace(/(?<!\/)\/+$/u, '')
      if (line === '') continue
      const anchored = line.includes('/')
      const pattern = anchored ? line.replace(/^\/+/u, '') : `**/${line}`
      this.rules.push({ base: prefix, match: picomatch(pattern, { dot: true }), negate, dirOnly })
    }
  }

  get size(): number {
    return this.rules.length
  }

  /** Is this file (relative to the input root, POSIX) ignored? */
  ignores(path: string): boolean {
    let ignored = false
    for (const rule of this.rules) {
      if (!path.startsWith(rule.base)) continue
      const rel = path.slice(rule.base.length)
      if (matchesPathOrFolder(rule, rel)) ignored = !rule.negate
    }
    return ignored
  }
}

/** A rule matches a file when it matches the file's path or one of its folders. */
function matchesPathOrFolder(rule: Rule, rel: string): boolean {
  const parts = rel.split('/')
  for (let i = 1; i <= parts.length; i++) {
    const isFile = i === parts.length
    if (isFile && rule.dirOnly) continue
    if (rule.match(parts.slice(0, i).join('/'))) return true
  }
  return false
}
