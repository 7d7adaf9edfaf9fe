// The classic Gale & Church (1993) length-based aligner, as the baseline memo is measured
// against. Written from the paper's description: lengths in characters, a normal model of
// the length difference with variance 6.8 per character, and fixed bead priors (1:1 0.89,
// 1:0 and 0:1 0.0099 together, 2:1 and 1:2 0.089 together, 2:2 0.011). One change, or it
// would be meaningless across scripts: the expected length ratio is the ratio of the two
// texts' total lengths, not 1. Full dynamic programming (no band): the documents are small.

const VARIANCE = 6.8
const BEADS = [
  [1, 1, 0.89],
  [1, 0, 0.0099 / 2],
  [0, 1, 0.0099 / 2],
  [2, 1, 0.089 / 2],
  [1, 2, 0.089 / 2],
  [2, 2, 0.011],
]

/** -log of the two-sided normal tail beyond |z|. @param {number} z */
function tailCost(z) {
  const x = Math.abs(z) / Math.SQRT2
  // erfc by the usual rational approximation (Abramowitz & Stegun 7.1.26), kept away from 0.
  const t = 1 / (1 + 0.3275911 * x)
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x)
  return -Math.log(Math.max(erfc, 1e-300))
}

/** @param {number} a @param {number} b @param {number} ratio */
function lengthCost(a, b, ratio) {
  const mean = (a + b / ratio) / 2
  if (mean === 0) return 0
  const z = (a * ratio - b) / Math.sqrt(mean * VARIANCE * ratio)
  return tailCost(z)
}

/**
 * Align two lists of paragraphs. Returns links [i, j].
 * @param {string[]} a @param {string[]} b
 * @returns {Array<[number, number]>}
 */
export function galeChurch(a, b) {
  const la = a.map((t) => t.length)
  const lb = b.map((t) => t.length)
  const total = (/** @type {number[]} */ xs) => xs.reduce((x, y) => x + y, 0)
  const ratio = total(la) > 0 && total(lb) > 0 ? total(lb) / total(la) : 1
  const n = a.length
  const m = b.length
  const cost = new Float64Array((n + 1) * (m + 1)).fill(Infinity)
  const back = new Int8Array((n + 1) * (m + 1)).fill(-1)
  cost[0] = 0
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue
      let best = Infinity
      let arg = -1
      BEADS.forEach(([di, dj, prior], k) => {
        if (di > i || dj > j) return
        const prev = cost[(i - di) * (m + 1) + (j - dj)]
        if (prev === Infinity) return
        let sa = 0
        let sb = 0
        for (let x = i - di; x < i; x++) sa += la[x]
        for (let y = j - dj; y < j; y++) sb += lb[y]
        const c = prev - Math.log(prior) + lengthCost(sa, sb, ratio)
        if (c < best) {
          best = c
          arg = k
        }
      })
      cost[i * (m + 1) + j] = best
      back[i * (m + 1) + j] = arg
    }
  }
  /** @type {Array<[number, number]>} */
  const links = []
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [di, dj] = BEADS[back[i * (m + 1) + j]]
    for (let x = i - di; x < i; x++) for (let y = j - dj; y < j; y++) links.push([x, y])
    i -= di
    j -= dj
  }
  return links.reverse()
}
