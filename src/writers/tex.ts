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

/** Escape TeX's special characters; collapse white space (a field is one line). */
export function escapeTex(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().replace(/[\\{}%&$#_~^]/gu, (c) => TEX_SPECIALS[c])
}

/** A URL goes into \url, which takes most characters verbatim; only % (a comment) and
 * unbalanced braces would break the .bib file. */
export function escapeUrl(url: string): string {
  return url.replace(/[%{}]/gu, (c) => `\\${c}`)
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
