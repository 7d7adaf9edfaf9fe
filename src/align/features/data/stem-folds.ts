// Data for word stems (stem-of.ts): Greek → Latin letters, and spelling variants folded
// together so that one word spelt the ways European languages spell it gives one stem.

/** Greek → Latin in the classical way (η → e, β → b), the way Greek words reached the
 * other European languages ("δημοκρατία" → "demokratia", "democracy"). */
export const greekToLatin: Readonly<Record<string, string>> = {
  α: 'a', β: 'b', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'e', θ: 'th', ι: 'i', κ: 'k', λ: 'l',
  μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f',
  χ: 'ch', ψ: 'ps', ω: 'o', ά: 'a', έ: 'e', ή: 'e', ί: 'i', ό: 'o', ύ: 'y', ώ: 'o', ϊ: 'i',
  ϋ: 'y', ΐ: 'i', ΰ: 'y',
}

/** Applied in order to the lower-cased, accent-free, transliterated word. Each pair folds
 * spellings of one sound that differ between languages or transliterations: "ph"/"f",
 * "th"/"t", c/k/q, w/v, y/i, z/s, x/ks, and the Russian "tsi" of loan words for the
 * Latin "ti" ("natsiya" / "nation"). */
export const stemFolds: ReadonlyArray<readonly [from: string, to: string]> = [
  ['tsi', 'ti'],
  ['ph', 'f'],
  ['th', 't'],
  ['x', 'ks'],
  ['c', 'k'],
  ['q', 'k'],
  ['w', 'v'],
  ['y', 'i'],
  ['z', 's'],
]
