// textWidth (src/writers/text-width.ts) claims string-width's answer for every string; this
// checks it on random strings built from the characters it handles itself, the edges of its
// ranges, and the ones that join grapheme clusters or that string-width treats specially.
import fc from 'fast-check'
import stringWidth from 'string-width'
import { describe, expect, it } from 'vitest'
import { textWidth } from '../src/writers/text-width.js'

const PIECES = [
  ...'aZ09 .,;:!?-_*|[]()<>#\\~`\'"@&%',
  ...'éÀßçñøÆœŁžŞ©®°±×÷\u00a0\u00ad\u02bc\u02ff',
  ...'ΑλωΣ\u037e\u0384Жщёї\u0482\u048aӘ\u052f',
  ...'\u2010\u2013\u2014\u2018\u201c\u2026\u2027\u2030\u203b\u2047\u205e',
  ...'\u3000\u3001\u3002「」『』〃\u3029\u3030\u303d\u303f',
  ...'ぁあん\u3096ァアヶ\u30a0\u30fb\u30fc\u30ff一中国人\u9fff\uff01\uff10\uff21\uff5e\uff60\uffe0\uffe6',
  // outside SIMPLE: combining and joining marks, emoji, Hangul, controls, ANSI escapes
  '\u0301', '\u0300', '\u036f', '\u0483', '\u0489', '\u200b', '\u200c', '\u200d', '\u200e', '\u2028', '\u202e', '\u205f', '\u2060', '\ufeff',
  '\u302a', '\u302f', '\u3099', '\u309a', '\uff61', '\uff9e', '\uff9f', '\ufe0f', '\ufe0e', '\u0600', '\u0e33', '\u093f', '\u094d',
  '😀', '👍🏽', '👨‍👩‍👧', '🇭🇺', '🇭', '1️⃣', '#\u20e3', '☺', '⌚', '\ud83d', '\ude00',
  '한', '\u1100', '\u1161', '\u11a8', '\uac00', '\t', '\n', '\r', '\r\n', '\u0000', '\u007f', '\u0085', '\u009b', '\u001b[31m', '\u001b[0m',
  'The embassy reports', 'Он сказал', '毛泽东同志：（一）', 'a nagykövetség értesült',
]

// marks that join the character before them into one cluster (or make it an emoji), and
// characters they change the width of
const JOINERS = ['\ufe0f', '\ufe0e', '\u20e3', '\u0301', '\u200d', '\u1161', '\u11a8', '\uff9e', '\u302a', '\u3099', '\u0e33', '\u093f', '\u{1f3fd}', '\u{e0067}']
const BASES = [...'a#*09é©®\u203c\u2049\u3030\u303d\u2122ЖΣ中アｶ\uff76\u1100한\u0e01\u0915', '😀', '👍']

describe('textWidth', () => {
  it('is string-width where a mark joins a character into one cluster', () => {
    for (const base of BASES) {
      for (const joiner of JOINERS) {
        for (const text of [base + joiner, joiner + base, `x${base}${joiner}${joiner}y`, base + joiner + '\u200d' + base]) expect(textWidth(text), JSON.stringify(text)).toBe(stringWidth(text))
      }
    }
  })

  it('is string-width on strings dense in joining marks', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...BASES), fc.constantFrom(...JOINERS), fc.constantFrom(...PIECES)), { maxLength: 10 }).map((parts) => parts.join('')), (text) => {
        expect(textWidth(text)).toBe(stringWidth(text))
      }),
      { numRuns: 2000 },
    )
  })


  it('is string-width', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join('')), (text) => {
        expect(textWidth(text)).toBe(stringWidth(text))
      }),
      { numRuns: 3000 },
    )
  })

  it('is string-width on every code point of its ranges, alone and between neighbours', () => {
    for (let unit = 0x20; unit <= 0xffff; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue
      const c = String.fromCharCode(unit)
      expect(textWidth(c)).toBe(stringWidth(c))
      // between neighbours: all but most CJK ideographs (one uniform block; every 64th)
      if (unit < 0x4e00 || unit > 0x9fff || unit % 64 === 0) expect(textWidth(`a${c}中`)).toBe(stringWidth(`a${c}中`))
    }
  })
})
