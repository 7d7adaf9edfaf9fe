// Writes the UDHR test documents (test/data/align/udhr/*.json). Run: node test/data/align/build-udhr.js
// The dev set was used while building the aligner; the held-out set was built once and
// only measured (bench/align.js prints both).
import { mkdirSync, writeFileSync } from 'node:fs'
import { buildDocument } from './udhr-docs.js'

/** @type {Array<import('./udhr-docs.js').Spec & { set: 'dev' | 'held-out' }>} */
const specs = [
  { set: 'dev', id: 'udhr-ru-en-zh', seed: 11, codes: ['rus', 'eng', 'cmn_hans'], articles: [1, 21], merges: 3, splits: 2,
    titles: ['eng'], notes: ['cmn_hans'], archive: ['cmn_hans'], dropGlyphs: 0.17, wordBreaks: 2,
    note: 'The sample\'s languages: English title only, Chinese source note and archive line, Han glyphs lost, Russian words broken by page breaks.' },
  { set: 'dev', id: 'udhr-de-en-fr', seed: 23, codes: ['deu_1996', 'eng', 'fra'], articles: [8, 30], merges: 3, splits: 2,
    midNote: 'eng', titles: ['deu_1996', 'fra'], note: 'Three Latin-script languages; a translator\'s note in mid-text; titles in two sections.' },
  { set: 'dev', id: 'udhr-ru-uk-pl', seed: 37, codes: ['rus', 'ukr', 'pol'], articles: [3, 22], merges: 2, splits: 2,
    headings: 'all', archive: ['rus'], wordBreaks: 3, note: 'Article headings in every section (short rows with numbers); close Slavic languages.' },
  { set: 'dev', id: 'udhr-ja-ko-zh', seed: 41, codes: ['jpn', 'kor', 'cmn_hans'], articles: [1, 19], merges: 3, splits: 1,
    dropGlyphs: 0.12, notes: ['jpn', 'cmn_hans'], note: 'Three East Asian scripts; glyphs lost in Japanese and Chinese.' },
  { set: 'dev', id: 'udhr-ar-he-en', seed: 53, codes: ['arb', 'heb', 'eng'], articles: [10, 29], merges: 2, splits: 2,
    headings: 'heb', titles: ['arb'], note: 'Right-to-left scripts; Hebrew keeps article headings no other section has.' },
  { set: 'dev', id: 'udhr-es-it-pt', seed: 67, codes: ['spa', 'ita', 'por_PT'], articles: [1, 26], merges: 2, splits: 1,
    oneToThree: true, archive: ['ita'], note: 'Close Romance languages; a 1:3 (merge on one side, page-break split on another).' },
  { set: 'dev', id: 'udhr-en-ru', seed: 79, codes: ['eng', 'rus'], articles: [1, 30], merges: 3, splits: 3,
    titles: ['eng', 'rus'], archive: ['rus'], oneToThree: true, note: 'Two sections only, the whole declaration, many merges and splits.' },
  { set: 'dev', id: 'udhr-el-tr-vi-hi', seed: 83, codes: ['ell_monotonic', 'tur', 'vie', 'hin'], articles: [5, 24], merges: 3, splits: 2,
    notes: ['vie'], titles: ['hin'], note: 'Four sections: Greek, Turkish, Vietnamese, Hindi.' },
  // Added later to test the lexical anchors on more Latin-script and transliterable pairs
  // (dev only: the held-out documents above stay as they were).
  { set: 'dev', id: 'udhr-sv-da-fi', seed: 131, codes: ['swe', 'dan', 'fin'], articles: [2, 24], merges: 3, splits: 2,
    titles: ['fin'], midNote: 'dan', note: 'Close Nordic languages and Finnish (no cognates with them); a mid-text note.' },
  { set: 'dev', id: 'udhr-fr-ro-en', seed: 137, codes: ['fra', 'ron_2006', 'eng'], articles: [6, 29], merges: 3, splits: 2,
    oneToThree: true, archive: ['fra'], note: 'French, Romanian, English: many shared stems; a 1:3.' },
  { set: 'dev', id: 'udhr-sr-hr-hu', seed: 139, codes: ['srp_cyrl', 'hrv', 'hun'], articles: [4, 28], merges: 2, splits: 3,
    headings: 'hrv', wordBreaks: 2, note: 'Serbian in Cyrillic against Croatian in Latin letters (transliterated stems), and Hungarian.' },
  { set: 'held-out', id: 'udhr-zh-en-de', seed: 101, codes: ['cmn_hant', 'eng', 'deu_1901'], articles: [2, 27], merges: 3, splits: 2,
    notes: ['cmn_hant'], archive: ['cmn_hant'], titles: ['eng'], dropGlyphs: 0.15, oneToThree: true, note: 'Held out: Traditional Chinese, English, 1901 German.' },
  { set: 'held-out', id: 'udhr-bg-cs-nl', seed: 113, codes: ['bul', 'ces', 'nld'], articles: [1, 25], merges: 3, splits: 3,
    midNote: 'ces', wordBreaks: 2, headings: 'bul', note: 'Held out: Bulgarian, Czech, Dutch.' },
  { set: 'held-out', id: 'udhr-ru-zh-en', seed: 127, codes: ['rus', 'cmn_hans', 'eng'], articles: [9, 30], merges: 4, splits: 2,
    notes: ['cmn_hans'], archive: ['cmn_hans', 'rus'], titles: ['eng'], dropGlyphs: 0.2, wordBreaks: 2, note: 'Held out: the sample\'s languages, other articles, more lost glyphs.' },
  // Added on 2026-11-27, after the joint rows learned to price a merge that holds four or
  // more sections in one row (src/align/search/row-cost.ts), which only a dev document with four
  // sections exercised: more sections, chosen and built once, only measured.
  { set: 'held-out', id: 'udhr-pt-fr-de-en', seed: 149, codes: ['por_BR', 'fra', 'deu_1996', 'eng'], articles: [3, 26], merges: 3, splits: 2,
    titles: ['eng'], archive: ['por_BR'], note: 'Held out: four Latin-script sections.' },
  { set: 'held-out', id: 'udhr-ru-uk-bg-en-fr', seed: 151, codes: ['rus', 'ukr', 'bul', 'eng', 'fra'], articles: [1, 22], merges: 3, splits: 2,
    notes: ['eng'], headings: 'rus', note: 'Held out: five sections, three of them Cyrillic.' },
  { set: 'held-out', id: 'udhr-ja-zh-en-ru', seed: 157, codes: ['jpn', 'cmn_hans', 'eng', 'rus'], articles: [7, 28], merges: 4, splits: 2,
    dropGlyphs: 0.1, notes: ['cmn_hans'], titles: ['rus'], note: 'Held out: four sections, two without spaces, glyphs lost.' },
  { set: 'held-out', id: 'udhr-ar-fa-tr-id', seed: 163, codes: ['arb', 'pes_1', 'tur', 'ind'], articles: [2, 23], merges: 3, splits: 2,
    oneToThree: true, midNote: 'ind', note: 'Held out: Arabic and Persian script, Turkish, Indonesian; a 1:3.' },
]

const dir = new URL('./udhr/', import.meta.url)
mkdirSync(dir, { recursive: true })
for (const spec of specs) {
  const doc = { set: spec.set, ...buildDocument(spec) }
  writeFileSync(new URL(`${spec.id}.json`, dir), JSON.stringify(doc, null, 1) + '\n')
  console.log(spec.set.padEnd(9), spec.id.padEnd(18), doc.sections.map((s) => `${s.id}:${s.paragraphs.length}`).join(' '))
}
