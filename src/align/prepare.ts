// Per-sequence inputs of the search: lengths and anchor features of every text.
import { featuresOf, type FeatureScratch, type Interner } from './anchors.js'
import { side, type Side } from './bead-cost.js'
import { measure } from './length-model.js'

export function prepareSide(texts: string[], lang: string, interner: Interner, scratch: FeatureScratch): Side {
  return side(
    texts.map((t) => measure(t)),
    texts.map((t, k) => featuresOf(t, lang, texts[k + 1], interner, scratch)),
  )
}
