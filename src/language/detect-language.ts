// The language of one block of text. The script decides first (it is certain); franc,
// restricted to the candidate languages that share the script, decides only between those,
// and only for text long enough to tell (franc guesses wildly on a short line: a Russian
// sentence of five words comes back as Ukrainian).
import { languages, type Language, type Script } from '../data/languages.js'
import { dominantScript } from '../text/script.js'

export interface Detected {
  lang: string
  script: Script
  /** Letters in the block, Han counted triple (see scriptCounts): the block's weight. */
  weight: number
  /** How the language was decided: the script alone, or franc between candidates. */
  by: 'script' | 'franc' | 'default'
}

/** Below this many characters franc is not asked; the block takes its script's first
 * candidate and the section splitter smooths it with its neighbours. */
const FRANC_MIN_LENGTH = 40

// When no candidate shares the script: the language most archive dumps in that script use.
const SCRIPT_DEFAULT: Partial<Record<Script, string>> = { Latin: 'en', Cyrillic: 'ru', Han: 'zh', Hangul: 'ko', Kana: 'ja', Arabic: 'ar', Hebrew: 'he', Greek: 'el' }

const byTag = new Map(languages.map((l) => [l.tag, l]))
const byIso3 = new Map(languages.map((l) => [l.iso3, l]))

type Franc = (text: string, only: string[], minLength: number) => string
let franc: Franc | undefined

/** Load franc (its data, through franc-only.ts) once, only when two candidate languages
 * share a script. */
async function loadFranc(): Promise<Franc> {
  franc ??= (await import('./franc-only.js')).francOnly
  return franc
}

export async function detectLanguage(text: string, candidates: string[]): Promise<Detected | undefined> {
  const dominant = dominantScript(text)
  if (!dominant) return undefined
  const { script, total } = dominant
  const same = candidates.map((t) => byTag.get(t)).filter((l): l is Language => l?.script === script)
  if (same.length === 1) return { lang: same[0].tag, script, weight: total, by: 'script' }
  const pool = same.length > 1 ? same : languages.filter((l) => l.script === script)
  if (pool.length === 1) return { lang: pool[0].tag, script, weight: total, by: 'script' }
  if (text.length >= FRANC_MIN_LENGTH) {
    const f = await loadFranc()
    const iso3 = f(text, pool.map((l) => l.iso3), FRANC_MIN_LENGTH)
    const hit = byIso3.get(iso3)
    if (hit) return { lang: hit.tag, script, weight: total, by: 'franc' }
  }
  // a script memo has no language for (say, Ethiopic) gives "und", BCP-47's "undetermined"
  const fallback = same[0]?.tag ?? SCRIPT_DEFAULT[script] ?? pool[0]?.tag ?? 'und'
  return { lang: fallback, script, weight: total, by: 'default' }
}

/** The languages of a document's blocks, in order. A block whose script has exactly one
 * candidate takes it; where several candidates share the script, franc decides per block
 * among them (the section splitter then smooths with Contents). Where no candidate has the
 * script (no Contents, or a language Contents did not name), franc is asked once for each
 * run of blocks in that script, over their joined text: one block is often too short for
 * franc to tell Russian from Bulgarian, a whole section is not. */
export async function detectBlockLanguages(texts: string[], candidates: string[]): Promise<(Detected | undefined)[]> {
  const out = await Promise.all(texts.map((t) => detectLanguage(t, candidates)))
  const covered = new Set(candidates.map((t) => byTag.get(t)?.script))
  for (let i = 0; i < out.length; ) {
    const d = out[i]
    if (!d || covered.has(d.script)) {
      i++
      continue
    }
    let j = i
    const group: number[] = []
    // the run: blocks of this script, and letterless blocks between them
    while (j < out.length && (!out[j] || out[j]!.script === d.script)) {
      if (out[j]) group.push(j)
      j++
    }
    // An original and its translation in one script, run on with no marker (German, then
    // English): the long blocks tell them apart, one stretch of each language.
    const stretches = languageStretches(group, texts, out)
    if (stretches) for (const k of group) out[k] = { ...out[k]!, lang: stretches.get(k)!, by: 'franc' }
    else {
      // franc over the whole run is asked only when the stretches did not decide
      const joined = group.map((k) => texts[k]).join('\n').slice(0, 4000)
      const whole = await detectLanguage(joined, [])
      if (whole) for (const k of group) out[k] = { ...out[k]!, lang: whole.lang, by: whole.by }
    }
    i = j
  }
  return out
}

/** Blocks long enough for franc to tell two languages of one script apart reliably. */
const STRETCH_BLOCK_LENGTH = 80

/** When the long blocks of a one-script run fall into two or more languages, each in one
 * unbroken stretch of at least two long blocks, the language of every block: its own
 * stretch's, short blocks taking the stretch they stand in (the one before them, at a
 * boundary). Undefined otherwise: scattered guesses are franc's noise, not sections. */
function languageStretches(group: number[], texts: string[], detected: (Detected | undefined)[]): Map<number, string> | undefined {
  const long: { k: number; lang: string }[] = []
  for (const k of group) {
    if (texts[k].length < STRETCH_BLOCK_LENGTH) continue
    // Each block's own guess is the first pass's: no candidate shares this run's script, so
    // that pass already asked franc among all the script's languages, as detectLanguage(text,
    // []) would again.
    const d = detected[k]
    if (d) long.push({ k, lang: d.lang })
  }
  const runs: { lang: string; count: number; first: number }[] = []
  for (const l of long) {
    const last = runs[runs.length - 1]
    if (last && last.lang === l.lang) last.count++
    else runs.push({ lang: l.lang, count: 1, first: l.k })
  }
  if (runs.length < 2) return undefined
  if (new Set(runs.map((r) => r.lang)).size !== runs.length || runs.some((r) => r.count < 2)) {
    if (!returnsToMain(runs, long, texts)) return undefined
  }
  const out = new Map<number, string>()
  let r = 0
  for (const k of group) {
    while (r + 1 < runs.length && k >= runs[r + 1].first) r++
    out.set(k, runs[r].lang)
  }
  return out
}

/** Letters outside English's a-z, as a share of all letters: Vietnamese about a third,
 * German or Polish a few in a hundred, English prose (a name or two aside) none. */
function foreignLetterShare(text: string): number {
  let letters = 0
  let foreign = 0
  for (const m of text.matchAll(/\p{Script=Latin}/gu)) {
    letters++
    if (m[0] > 'z') foreign++
  }
  return letters ? foreign / letters : 0
}

const FOREIGN_SHARE = 0.03

/** A text in one language with a passage in another (English, then paragraphs of
 * Vietnamese, then English again): the main language recurs, which the plain rule above
 * takes for noise. It is a passage when the main language has a stretch of two long blocks,
 * every other stretch has two long blocks too, and each block of those stretches shows the
 * letters of its language (English text franc misreads as Scots has none). */
function returnsToMain(runs: readonly { lang: string; count: number }[], long: readonly { k: number; lang: string }[], texts: readonly string[]): boolean {
  const counts = new Map<string, number>()
  for (const l of long) counts.set(l.lang, (counts.get(l.lang) ?? 0) + 1)
  const main = [...counts].sort((a, b) => b[1] - a[1])[0][0]
  if (!runs.some((r) => r.lang === main && r.count >= 2)) return false
  if (runs.some((r) => r.lang !== main && r.count < 2)) return false
  return long.every((l) => l.lang === main || foreignLetterShare(texts[l.k]) >= FOREIGN_SHARE)
}
