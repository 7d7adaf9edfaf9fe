// The display width of a --parallel table cell, for remark-gfm's column padding: exactly
// string-width's answer, without its per-character cost on the texts memo writes.
//
// Why: string-width splits every string into grapheme clusters with Intl.Segmenter and
// tests each cluster against an emoji regex; a parallel table of a Hungarian, Russian or
// Chinese document spent ~30 ms there, ten times the rest of the Markdown writer.
//
// Why it is the same number: string-width adds up one width per grapheme cluster (after
// stripping ANSI escapes, which start with ESC or CSI). In a string made only of the code
// points in SIMPLE, every code point is a cluster of its own: none of them is Extend, ZWJ,
// SpacingMark, Prepend, a Hangul jamo or syllable, a Regional Indicator, CR or LF (the only
// Grapheme_Cluster_Break classes that keep two code points together), and none is ESC or
// CSI. So the width is the sum of string-width's widths of the single code points, which
// are computed once each and kept. Any other string goes to string-width as it is.
// test/text-width.test.ts compares the two on random and hostile strings.
// What it saves (bench/forks.js): with string-width, converting with --parallel takes
// almost three times as long (+177%: 6.5 s against 0.7 s of Markdown per 1,000 documents).
import stringWidth from 'string-width'

// printable ASCII; Latin-1 to spacing modifiers (before the combining marks at U+0300);
// Greek and Cyrillic without the Cyrillic combining marks (U+0483–0489); dashes, quotes and
// punctuation without the invisible formatting characters (U+200B–200F, U+2028–202E,
// U+205F–206F); CJK punctuation without its tone marks (U+302A–302F); kana without the
// combining voicing marks (U+3099–309C); CJK ideographs; full-width forms (not the half-width
// ones, whose voicing marks join clusters)
const SIMPLE = /^[\u0020-\u007e\u00a0-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e\u3000-\u3029\u3030-\u303f\u3041-\u3096\u30a0-\u30ff\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6]*$/

// width of each code unit in SIMPLE (all are single UTF-16 units), 255 until first asked
const widths = new Uint8Array(0x10000).fill(255)

export function textWidth(text: string): number {
  if (!SIMPLE.test(text)) return stringWidth(text)
  let width = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    let w = widths[unit]
    if (w === 255) w = widths[unit] = stringWidth(text[i])
    width += w
  }
  return width
}
