// One sequence as the search sees it: its paragraphs' lengths and features, and what
// leaving each paragraph unmatched costs.
import { measure } from '../features/measure.js'
import { featuresOf, type FeatureScratch, type Features } from '../features/paragraph-features.js'
import type { Interner } from '../features/interner.js'

export interface Side {
  lengths: number[]
  /** Prefix sums of lengths: prefix[i] = lengths[0] + … + lengths[i-1]. A typed array:
   * the search reads it for every bead, and a list holds whole numbers in one form and
   * fractions in another (lengths of Han text are fractional), so the reads would have to
   * handle both. */
  prefix: Float64Array
  features: Features[]
  /** skipCost of each paragraph, computed once: the search asks for it at every cell. */
  skips: Float64Array
  /** Each paragraph's features' flags, side by side: the group penalties read them for
   * every group bead the search costs. */
  flags: Int32Array
  /** The sequence's language tag ('' when not known). */
  lang: string
}

export function side(lengths: number[], features: Features[], lang = ''): Side {
  const prefix = new Float64Array(lengths.length + 1)
  for (let k = 0; k < lengths.length; k++) prefix[k + 1] = prefix[k] + lengths[k]
  // (A loop, not Int32Array.from with a mapping function: that takes V8's slow path.)
  const flags = new Int32Array(features.length)
  for (let k = 0; k < features.length; k++) flags[k] = features[k].flags
  const s: Side = { lengths, prefix, features, skips: new Float64Array(lengths.length), flags, lang }
  for (let k = 0; k < lengths.length; k++) s.skips[k] = skipCost(s, k)
  return s
}

/** Leaving a paragraph unmatched: a fixed cost, whatever its length (a long source note
 * is as unmatched as a short one), cheaper near either end of its section, where headers,
 * source notes, archive lines and signatures sit, and cheaper for heading-like paragraphs. */
// middle: measured on hard-dev (3.5, 4.2, 5.0, 6.0 tried): 4.2 lets an omitted paragraph or an
// unmatched note stand alone more often than 5.0 without breaking the easier sets.
const skipCosts = { middle: 4.2, edge: 2.5, edgeReach: 3, headingFactor: 0.7, noteFactor: 0.5 }

function skipCost(s: Side, index: number): number {
  const n = s.lengths.length
  const distance = Math.min(index, n - 1 - index)
  const reach = Math.min(1, distance / skipCosts.edgeReach)
  let cost = skipCosts.edge + (skipCosts.middle - skipCosts.edge) * reach
  const kind = s.features[index].kind
  if (kind === 'heading') cost *= skipCosts.headingFactor
  else if (kind === 'note') cost *= skipCosts.noteFactor
  return cost
}

/** The side of a sequence of texts (paragraphs of a section, or sentences) in `lang`. */
export function prepareSide(texts: string[], lang: string, interner: Interner, scratch: FeatureScratch): Side {
  const lengths: number[] = []
  const features: Features[] = []
  for (let k = 0; k < texts.length; k++) {
    lengths.push(measure(texts[k]))
    features.push(featuresOf(texts[k], lang, texts[k + 1], interner, scratch))
  }
  return side(lengths, features, lang)
}

/** Tags that name no language: two sections tagged so are not known to share one. */
const unknownLanguages = new Set(['', 'und', 'mul', 'zxx', 'mis'])

/** Whether two sides are in one language and script: the same primary subtag ("pt-BR" and
 * "pt-PT" are; "sr" and "hr" are not), known on both sides, and no two different script
 * subtags ("sr-Latn" and "sr-Cyrl", or "zh-Hans" and "zh-Hant", share few stems however
 * close the texts, so the prior would count against their counterparts). */
export function sameLanguage(a: Side, b: Side): boolean {
  const [x, ...restA] = a.lang.toLowerCase().split('-')
  const [y, ...restB] = b.lang.toLowerCase().split('-')
  if (unknownLanguages.has(x) || x !== y) return false
  const script = (rest: string[]) => rest.find((t) => /^[a-z]{4}$/u.test(t))
  const sa = script(restA)
  const sb = script(restB)
  return sa === undefined || sb === undefined || sa === sb
}
