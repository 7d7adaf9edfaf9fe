// Link precision, recall and F1 of an alignment against a hand alignment. A hand
// alignment gives, for each section, the units of meaning each paragraph carries; two
// paragraphs of different sections are linked when they share a unit (so the Chinese
// paragraph that merges English 12 and 13 links to both, while English 12 links only to
// Russian 10). An empty list means the paragraph aligns to nothing.

/** @param {Record<string, string[][]>} units @param {string} a @param {string} b */
export function goldLinks(units, a, b) {
  /** @type {Set<string>} */
  const links = new Set()
  units[a].forEach((ua, i) => {
    units[b].forEach((ub, j) => {
      if (ua.some((u) => ub.includes(u))) links.add(`${i}:${j}`)
    })
  })
  return links
}

/** @param {Iterable<[number, number]>} pairs */
export function linkSet(pairs) {
  return new Set([...pairs].map(([i, j]) => `${i}:${j}`))
}

/** @param {Set<string>} predicted @param {Set<string>} gold */
export function score(predicted, gold) {
  let hit = 0
  for (const l of predicted) if (gold.has(l)) hit++
  const precision = predicted.size ? hit / predicted.size : gold.size ? 0 : 1
  const recall = gold.size ? hit / gold.size : 1
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1, hit, predicted: predicted.size, gold: gold.size }
}

/** Micro-averaged: sums hits over documents before dividing. @param {ReturnType<typeof score>[]} scores */
export function total(scores) {
  let hit = 0
  let predicted = 0
  let gold = 0
  for (const s of scores) {
    hit += s.hit
    predicted += s.predicted
    gold += s.gold
  }
  const precision = predicted ? hit / predicted : 1
  const recall = gold ? hit / gold : 1
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1, hit, predicted, gold }
}
