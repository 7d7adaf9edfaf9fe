// The length model: how likely two lengths (features/measure.ts) are translations of each
// other. Gale & Church's idea (lengths of translations are proportional, with noise that
// grows with length), with two changes the sample needs: the ratio is learned per document
// and language pair (Han text is ~4.4 times denser than English here, and no fixed table
// knows a given translator), and the noise has a relative term as well, since long
// paragraphs differ by a share of their length, not by its square root.

export interface LengthModel {
  /** Length of B per unit length of A. */
  ratio: number
  /** Variance per unit length (Gale & Church's s²), in A's units. */
  variance: number
  /** Relative noise: standard deviation as a share of the length. */
  relative: number
}

const defaultVariance = 8
const defaultRelative = 0.08

/** Start from the ratio of the two sections' total lengths. */
export function initialModel(lengthsA: number[], lengthsB: number[]): LengthModel {
  const a = lengthsA.reduce((x, y) => x + y, 0)
  const b = lengthsB.reduce((x, y) => x + y, 0)
  return { ratio: a > 0 && b > 0 ? b / a : 1, variance: defaultVariance, relative: defaultRelative }
}

/** Re-estimate from pairs of lengths believed to be translations (confident 1:1 beads).
 * The ratio is the length-weighted mean; the variance comes from the median squared
 * deviation (robust to the odd bad pair), clamped to a sane range. Too few pairs: keep
 * the old model. */
export function reestimate(pairs: Array<[number, number]>, old: LengthModel): LengthModel {
  const usable = pairs.filter(([a, b]) => a > 0 && b > 0)
  if (usable.length < 3) return old
  let sa = 0
  let sb = 0
  for (const [a, b] of usable) {
    sa += a
    sb += b
  }
  const ratio = sb / sa
  const deviations = usable
    .map(([a, b]) => {
      const bb = b / ratio
      const mean = (a + bb) / 2
      return (bb - a) ** 2 / mean
    })
    .sort((x, y) => x - y)
  const median = deviations[deviations.length >> 1]
  // For a normal deviation, the median of its square is 0.455 times its variance.
  const variance = Math.min(60, Math.max(2, median / 0.455))
  return { ratio, variance, relative: old.relative }
}

/** -log of the two-sided tail probability of the standard normal beyond |z|, computed
 * from the Chebyshev form of erfc (Numerical Recipes' erfcc form, written out) so that
 * large z give large finite costs instead of log(0). */
export function normalTailCost(z: number): number {
  const x = Math.abs(z) / Math.SQRT2
  const t = 1 / (1 + 0.5 * x)
  const poly =
    -x * x -
    1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
      t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  // erfc(x) = t·exp(poly); the two-sided tail of N(0,1) beyond |z| is erfc(|z|/√2).
  return -(Math.log(t) + poly)
}

/** How far apart two lengths are, in standard deviations of the model. */
export function lengthDeviation(a: number, b: number, model: LengthModel): number {
  const bb = b / model.ratio
  const mean = (a + bb) / 2
  const sd = Math.sqrt(model.variance * mean + (model.relative * mean) ** 2 + 1)
  return (bb - a) / sd
}

/** Cost (in nats) of the lengths a and b being translations of each other. */
export function lengthCost(a: number, b: number, model: LengthModel): number {
  return normalTailCost(lengthDeviation(a, b, model))
}
