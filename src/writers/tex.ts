// Escaping for BibTeX and BibLaTeX field values. UTF-8 is kept as it is (biber and modern
// BibTeX read it); only the characters TeX gives a meaning to are escaped.
import type { CslName } from '../model/csl.js'

const TEX_SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
}

/** Every character escapeTex changes: TEX_SPECIALS' keys (braces among them) and "@". */
const TEX_ESCAPED = /[\\{}%&$#_~^@]/

/** White space that collapsing changes: a run of two, or one that is not a space. */
const COLLAPSIBLE = /[^\S ]|\s{2}/u

/** Escape TeX's special characters; collapse white space (a field is one line). "@" is
 * braced: harmless inside a value for BibTeX, but a tool that scans for entries by "@" must
 * not find one in a title. */
export function escapeTex(text: string): string {
  // a value whose only white space is single spaces is its own collapsed form, without a copy
  const flat = (COLLAPSIBLE.test(text) ? text.replace(/\s+/gu, ' ') : text).trim()
  // Most values (an abstract of a thousand characters) hold no character escaped below:
  // then the value is the text, without a brace scan and a string built a character a time.
  if (!TEX_ESCAPED.test(flat)) return flat
  const unmatched = unmatchedBraces(flat)
  let out = ''
  for (let k = 0; k < flat.length; k++) {
    const c = flat[k]
    if (unmatched.has(k)) out += c === '{' ? '\\textbraceleft{}' : '\\textbraceright{}'
    else if (c === '@') out += '{@}'
    else out += TEX_SPECIALS[c] ?? c
  }
  return out
}

/** The positions of braces without a partner. BibTeX counts every brace in a value, escaped
 * or not, so "\\{" alone unbalances the field and swallows the fields after it; a matched
 * pair may stay "\\{ … \\}" (what pandoc and biber read back), an unmatched brace is
 * written as a command without braces of its own. */
function unmatchedBraces(text: string): Set<number> {
  const open: number[] = []
  const lonely = new Set<number>()
  for (let k = 0; k < text.length; k++) {
    if (text[k] === '{') open.push(k)
    else if (text[k] === '}') {
      if (open.length) open.pop()
      else lonely.add(k)
    }
  }
  for (const k of open) lonely.add(k)
  return lonely
}

/** A URL goes into \url, which takes most characters verbatim; only % (a comment) and
 * braces would break the .bib file. Braces are percent-encoded (the same URL to a browser):
 * BibTeX counts "\\{" as a brace, so an unpaired one would swallow the fields after it. */
export function escapeUrl(url: string): string {
  return url.replace(/[{}]/gu, (c) => (c === '{' ? '%7B' : '%7D')).replace(/%/gu, '\\%')
}

/** Escape, then brace every word that has a capital letter, except a plain first word.
 * Styles and pandoc recase titles (sentence case, title case); the archive's titles are
 * verbatim and full of proper names ("Mao", "Roshchin") and acronyms ("USSR", "N.V."),
 * which must survive any recasing. The first word keeps its capital in every style, so it
 * is braced only when it is an acronym. */
export function protectCase(text: string): string {
  let first = true
  return escapeTex(text).replace(/[^\s,;:!?()[\]"“”'‘’]+/gu, (word) => {
    const isFirst = first
    first = false
    if (word.startsWith('\\')) return word // an escape sequence, not a word
    const capitals = (word.match(/\p{Lu}/gu) ?? []).length
    if (capitals === 0) return word
    if (isFirst && capitals === 1 && /^\p{Lu}/u.test(word)) return word
    return `{${word}}`
  })
}

/** "Rozas, Daniel and {Shen Zhihua}": family-first with a comma, literals braced whole so
 * BibTeX does not split them. */
export function texNames(names: readonly CslName[]): string {
  return names
    .map((n) => {
      if (n.literal !== undefined) return `{${escapeTex(n.literal)}}`
      if (n.family && n.given) return `${escapeTex(n.family)}, ${escapeTex(n.given)}`
      return `{${escapeTex(n.family ?? n.given ?? '')}}`
    })
    .join(' and ')
}

export const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const
