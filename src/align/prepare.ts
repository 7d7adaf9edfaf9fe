// Per-section inputs of the search: lengths and anchor features of every paragraph.
import type { Section } from '../model/memo.js'
import { featuresOf, type Interner } from './anchors.js'
import { side, type Side } from './bead-cost.js'
import { measure } from './length-model.js'

export function prepareSide(section: Section, interner: Interner): Side {
  const texts = section.paragraphs.map((p) => p.text)
  return side(
    texts.map((t) => measure(t)),
    texts.map((t, k) => featuresOf(t, section.lang, texts[k + 1], interner)),
  )
}
