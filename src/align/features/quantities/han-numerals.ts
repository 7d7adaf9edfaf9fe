// Han numerals: which characters are, and what a run of them is worth.
import { hanDigits, hanMultipliers } from '../data/number-words.js'

// By code unit, not by one-character string: source[p] would build a string for every
// character outside Latin-1. A table, not a Set: every Han character of a Chinese
// paragraph is looked up.
export const HAN_NUMERALS = new Uint8Array(0x10000)
for (const ch of [...Object.keys(hanDigits), ...Object.keys(hanMultipliers)]) HAN_NUMERALS[ch.charCodeAt(0)] = 1

/** 四十 → 40, 三十五 → 35, 四十万 → 400000, 两千 → 2000, 十一 → 11. */
export function parseHan(s: string): number | undefined {
  let total = 0
  let section = 0
  let digit = -1
  for (const ch of s) {
    if (ch in hanDigits) {
      digit = hanDigits[ch]
      continue
    }
    const m = hanMultipliers[ch]
    if (m === undefined) return undefined
    if (m >= 10000) {
      section += digit >= 0 ? digit : 0
      total += (section || 1) * m
      section = 0
    } else section += (digit >= 0 ? digit : 1) * m
    digit = -1
  }
  return total + section + (digit >= 0 ? digit : 0)
}
