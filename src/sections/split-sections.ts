// Blocks tagged with their language → the document's sections.
//
// Layout A gives sections no headings: the boundaries are where the language changes, and
// Contents says which sections to expect and in which order. Two readings of the same text:
//   1. Contents-guided: assign blocks, in order, to the announced sections so that as few
//      letters as possible sit in a section of another language (a monotone segmentation,
//      solved exactly by dynamic programming in O(blocks × sections)). Robust against a
//      stray quotation or a misdetected short block, because it cannot invent sections.
//   2. Text-only: runs of one language, with tiny runs folded into their neighbours.
// Reading 1 wins when it leaves almost no letters in the wrong language; otherwise the text
// wins, with a warning that Contents disagrees (a missing, extra or reordered section).
import type { VFile } from 'vfile'
import { englishName } from '../data/language-names.js'
import type { Point, SectionRole } from '../model/memo.js'
import type { AnnouncedSection, Block, SectionDraft, TaggedBlock } from '../model/raw.js'
import { report } from '../report/report.js'

/** Contents-guided reading is kept while at most this share of letters sits in a section
 * of another language. The sample has 0; a quoted foreign phrase costs well under 1%. */
const MAX_MISMATCH = 0.05
/** A run of one language lighter than this (in letters) between two runs of another
 * language is a quotation or a name, not a section. */
const MIN_RUN_WEIGHT = 60

/** `expectContents`: the layout normally lists its sections, so finding them without a list
 * is a warning; otherwise it is the normal case and an info. */
export function splitSections(tagged: TaggedBlock[], announced: AnnouncedSection[], originalLanguage: string | undefined, file: VFile, contentsPlace?: Point, expectContents = true): SectionDraft[] {
  const textual = announced.filter((a) => !a.scan && a.lang)
  const scans = announced.filter((a) => a.scan)
  for (const s of scans) report(file, 'sections/absent', s.position, `"${s.label}" is announced but a text dump holds no scan; recorded as absent`)
  const absentScans: SectionDraft[] = scans.map((s) => ({ label: s.label, role: s.role, lang: originalLanguage ?? 'und', blocks: [], absent: true, scan: true }))

  if (tagged.length === 0) {
    return [...textual.map((a) => ({ label: a.label, role: a.role, lang: a.lang!, blocks: [], absent: true })), ...absentScans]
  }

  const runs = languageRuns(tagged)
  if (textual.length === 0) {
    report(file, expectContents ? 'sections/no-contents' : 'sections/by-language', contentsPlace, `${expectContents ? 'no Contents list; ' : ''}found ${runs.length} section${runs.length === 1 ? '' : 's'} by language: ${runs.map((r) => languageName(r.lang)).join(', ')}`)
    return [...runs.map((r) => draftFromRun(r, runs, originalLanguage)), ...absentScans]
  }

  const guided = segmentByContents(tagged, textual)
  const total = tagged.reduce((n, t) => n + t.weight, 0)
  if (guided.mismatch <= MAX_MISMATCH * total) {
    const drafts = textual.map((a, s) => ({ label: a.label, role: a.role, lang: a.lang!, blocks: guided.segments[s], absent: guided.segments[s].length === 0 || undefined }))
    for (const d of drafts) {
      if (d.absent) report(file, 'sections/contents-mismatch', contentsPlace, `Contents announces "${d.label}" but the text has no ${languageName(d.lang)} section; recorded as absent`)
    }
    return [...drafts.map(clean), ...absentScans]
  }

  // The text wins: one section per run, named from Contents where a language matches.
  const unused = [...textual]
  const drafts = runs.map((r) => {
    const k = unused.findIndex((a) => a.lang === r.lang)
    if (k === -1) return draftFromRun(r, runs, originalLanguage)
    const [a] = unused.splice(k, 1)
    return { label: a.label, role: a.role, lang: r.lang, blocks: r.blocks.map((t) => t.block) }
  })
  report(
    file,
    'sections/contents-mismatch',
    contentsPlace,
    `Contents announces ${textual.map((a) => languageName(a.lang!)).join(', ')} but the text has ${runs.map((r) => languageName(r.lang)).join(', ')}; sections follow the text`,
  )
  for (const a of unused) drafts.push({ label: a.label, role: a.role, lang: a.lang!, blocks: [], absent: true } as SectionDraft)
  return [...drafts, ...absentScans]
}

function clean(d: SectionDraft): SectionDraft {
  if (!d.absent) delete d.absent
  return d
}

interface Run {
  lang: string
  weight: number
  blocks: TaggedBlock[]
}

/** Runs of one language. Blocks without letters join the run before them (an archive line
 * of numbers ends its section); tiny runs between two runs of one language fold into them. */
export function languageRuns(tagged: TaggedBlock[]): Run[] {
  let runs: Run[] = []
  for (const t of tagged) {
    const last = runs[runs.length - 1]
    if (last && (t.lang === undefined || t.lang === last.lang)) {
      last.blocks.push(t)
      last.weight += t.weight
    } else {
      runs.push({ lang: t.lang ?? firstLang(tagged) ?? 'und', weight: t.weight, blocks: [t] })
    }
  }
  for (let changed = true; changed && runs.length > 1; ) {
    changed = false
    for (let i = 0; i < runs.length; i++) {
      const r = runs[i]
      if (r.weight >= MIN_RUN_WEIGHT) continue
      const prev = runs[i - 1]
      const next = runs[i + 1]
      const into = prev && next ? (prev.lang === next.lang ? prev : undefined) : (prev ?? next)
      if (!into) continue
      if (into === prev) {
        prev.blocks.push(...r.blocks)
        prev.weight += r.weight
        if (next && next.lang === prev.lang) {
          prev.blocks.push(...next.blocks)
          prev.weight += next.weight
          runs.splice(i, 2)
        } else runs.splice(i, 1)
      } else {
        next.blocks.unshift(...r.blocks)
        next.weight += r.weight
        runs.splice(i, 1)
      }
      changed = true
      break
    }
  }
  runs = runs.filter((r) => r.blocks.length > 0)
  return runs
}

function firstLang(tagged: TaggedBlock[]): string | undefined {
  return tagged.find((t) => t.lang)?.lang
}

/** Monotone assignment of blocks to the announced sections with the fewest misplaced
 * letters. Ties keep a block in the earlier section, so a trailing archive line of digits
 * stays with the section it closes. */
export function segmentByContents(tagged: TaggedBlock[], textual: AnnouncedSection[]): { segments: Block[][]; mismatch: number } {
  const n = tagged.length
  const k = textual.length
  // cost[i * k + s]: least cost of blocks 0..i with block i in section s.
  const cost = new Float64Array(n * k)
  const from = new Int32Array(n * k)
  const miss = (i: number, s: number) => (tagged[i].lang !== undefined && tagged[i].lang !== textual[s].lang ? tagged[i].weight : 0)
  for (let s = 0; s < k; s++) cost[s] = miss(0, s)
  for (let i = 1; i < n; i++) {
    let bestPrev = Infinity
    let bestS = 0
    for (let s = 0; s < k; s++) {
      // the best predecessor section s' <= s; strict < keeps the earliest on ties
      const c = cost[(i - 1) * k + s]
      if (c < bestPrev) {
        bestPrev = c
        bestS = s
      }
      cost[i * k + s] = bestPrev + miss(i, s)
      from[i * k + s] = bestS
    }
  }
  let s = 0
  for (let t = 1; t < k; t++) if (cost[(n - 1) * k + t] < cost[(n - 1) * k + s]) s = t
  const mismatch = cost[(n - 1) * k + s]
  const assign = new Int32Array(n)
  for (let i = n - 1; i >= 0; i--) {
    assign[i] = s
    if (i > 0) s = from[i * k + s]
  }
  const segments: Block[][] = textual.map(() => [])
  for (let i = 0; i < n; i++) segments[assign[i]].push(tagged[i].block)
  return { segments, mismatch }
}

function draftFromRun(run: Run, runs: Run[], originalLanguage: string | undefined): SectionDraft {
  const role = guessRole(run.lang, runs, originalLanguage)
  const label = role === 'original' ? 'Original' : role === 'translation' ? 'Translation' : undefined
  return { label: label ? `${languageName(run.lang)} ${label}` : languageName(run.lang), role, lang: run.lang, blocks: run.blocks.map((t) => t.block) }
}

/** A role only where the dump says it: the header's original language, or a lone section,
 * which is the document itself. Otherwise which text is the original and which the
 * translation is not written anywhere, and a guess (the first non-English text, say) is
 * wrong as often as not: the section is a `text` in its language. */
function guessRole(lang: string, runs: Run[], originalLanguage: string | undefined): SectionRole {
  if (originalLanguage) return lang === originalLanguage ? 'original' : 'translation'
  return runs.length === 1 ? 'original' : 'text'
}

/** The section's language as people name it, or its tag where the table has no name. */
export function languageName(tag: string): string {
  return englishName(tag) ?? tag
}
