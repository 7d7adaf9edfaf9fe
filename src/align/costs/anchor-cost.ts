// Dictionary-free evidence that two groups of paragraphs say the same thing: the figures
// and dates they state, names written in Latin or Cyrillic letters, parentheses and
// quotations, and "both are short headings or signatures". Each piece raises or lowers
// the cost of a bead by a few nats; none can force a match on its own.
import { FLAG_NOTE, FLAG_PAREN, FLAG_QUOTE, FLAG_HEADING, FLAG_SENTENCE, type Features } from '../features/paragraph-features.js'
import { sortedCommon, type KeyMarks } from './key-marks.js'

// The search calls anchorCost millions of times on a long document, so the group
// measures below walk the (tiny) per-paragraph arrays in place instead of building sets.
// A group is features[start, start+count).

/** The figures' part of a bead's cost: the weighted size of the multiset intersection of
 * the two groups' figures (matched) and the weight left over on both sides (left), as
 * `-numberMatch·min(matched, cap) + numberMiss·min(left, cap)`. */
function figureTerms(
  fa: readonly Features[], ia: number, na: number, fb: readonly Features[], ib: number, nb: number, marks: KeyMarks,
): number {
  const w = anchorWeights
  let matched = 0
  let total = 0
  let usedMask = 0
  let countB = 0
  for (let y = ib; y < ib + nb; y++) {
    const wb = fb[y].weights
    for (let k = 0; k < wb.length; k++) total += wb[k]
    countB += wb.length
  }
  let countA = 0
  for (let x = ia; x < ia + na; x++) countA += fa[x].numbers.length
  if (countB === 0 || countA === 0) {
    // Nothing to match on one side (most paragraphs state no figure): A's weights are
    // added in order, as the walk below would.
    for (let x = ia; x < ia + na; x++) {
      const wa = fa[x].weights
      for (let k = 0; k < wa.length; k++) total += wa[k]
    }
  } else {
    // B's keys marked: a key of A that B lacks (most of them, in most beads the search
    // tries) needs no walk over B's figures.
    marks.startGroup()
    for (let y = ib; y < ib + nb; y++) marks.markInB(fb[y].numbers)
    for (let x = ia; x < ia + na; x++) {
      const nums = fa[x].numbers
      const wa = fa[x].weights
      for (let k = 0; k < nums.length; k++) {
        total += wa[k]
        if (!marks.markedInB(nums[k])) continue
        // Find an unused equal key on the B side (31 tracked; more is a table, not prose).
        let bit = 0
        let found = false
        for (let y = ib; y < ib + nb && !found; y++) {
          const other = fb[y].numbers
          for (let l = 0; l < other.length; l++, bit++) {
            if (other[l] === nums[k] && bit < 31 && (usedMask & (1 << bit)) === 0) {
              usedMask |= 1 << bit
              const wb = fb[y].weights[l]
              matched += wa[k] > wb ? wa[k] : wb
              total -= wa[k] + wb
              found = true
              break
            }
          }
        }
      }
    }
  }
  let cost = 0
  cost -= w.numberMatch * Math.min(matched, w.numberMatchCap)
  cost += w.numberMiss * Math.min(total > 0 ? total : 0, w.numberMissCap)
  return cost
}

/** Distinct name keys of group A found in group B. */
function sharedNames(
  fa: readonly Features[], ia: number, na: number, fb: readonly Features[], ib: number, nb: number, marks: KeyMarks,
): number {
  if (na === 1 && nb === 1) return sortedCommon(fa[ia].names, fb[ib].names)
  let anyA = false
  for (let x = ia; x < ia + na && !anyA; x++) anyA = fa[x].names.length !== 0
  if (!anyA) return 0
  // Marks, not a binary search per key and paragraph (key-marks.ts says why).
  marks.startGroup()
  let anyB = false
  for (let y = ib; y < ib + nb; y++) {
    const names = fb[y].names
    if (names.length === 0) continue
    marks.markInB(names)
    anyB = true
  }
  if (!anyB) return 0
  let shared = 0
  for (let x = ia; x < ia + na; x++) shared += marks.countNewInB(fa[x].names)
  return shared
}

/** Weights in nats. Figures weigh most: a translator rarely drops or invents them. */
export const anchorWeights = {
  numberMatch: 1.5,
  numberMatchCap: 3,
  numberMiss: 0.6,
  numberMissCap: 4,
  name: 0.7,
  nameCap: 3,
  paren: 0.6,
  quote: 0.4,
  quoteMiss: 0.3,
  short: 1.0,
  shortLength: 45,
  headings: 1.0,
  headingVsSentence: 1.0,
  /** An editor's note in brackets facing text that is not one. */
  noteVsText: 1.5,
}

/** The anchor part of a bead's cost (negative: evidence for the match) for the group
 * fa[ia, ia+na) against fb[ib, ib+nb). lengthA and lengthB are on one scale (B divided
 * by the pair's ratio). `marks` is the pair's scratch for groups. */
export function anchorCost(
  fa: readonly Features[], ia: number, na: number,
  fb: readonly Features[], ib: number, nb: number,
  lengthA: number, lengthB: number, marks: KeyMarks,
): number {
  if (na === 1 && nb === 1) return anchorCostOne(fa, ia, fb, ib, lengthA, lengthB, marks)
  const w = anchorWeights
  let cost = figureTerms(fa, ia, na, fb, ib, nb, marks)
  cost -= w.name * Math.min(sharedNames(fa, ia, na, fb, ib, nb, marks), w.nameCap)
  // Any paragraph of a group (paren, quote, note) is an OR of the flags; every paragraph
  // (heading, sentence) an AND.
  let anyA = 0, allA = -1, anyB = 0, allB = -1
  for (let x = ia; x < ia + na; x++) {
    const f = fa[x].flags
    anyA |= f
    allA &= f
  }
  for (let y = ib; y < ib + nb; y++) {
    const f = fb[y].flags
    anyB |= f
    allB &= f
  }
  // (a group never has the short-pair bonus: that is for one paragraph against one)
  return withFlagTerms(cost, anyA, allA, anyB, allB, false)
}

/** `cost` with the terms the paragraphs' flags give added, in this order: `any` is the OR
 * of a side's flags (paren, quote, note: any paragraph of a group), `all` their AND
 * (heading, sentence: every paragraph). */
function withFlagTerms(cost: number, anyA: number, allA: number, anyB: number, allB: number, shortPair: boolean): number {
  const w = anchorWeights
  if ((anyA & anyB & FLAG_PAREN) !== 0) cost -= w.paren
  const quoteA = (anyA & FLAG_QUOTE) !== 0
  const quoteB = (anyB & FLAG_QUOTE) !== 0
  if (quoteA && quoteB) cost -= w.quote
  else if (quoteA !== quoteB) cost += w.quoteMiss
  if (((anyA ^ anyB) & FLAG_NOTE) !== 0) cost += w.noteVsText
  const headA = (allA & FLAG_HEADING) !== 0
  const headB = (allB & FLAG_HEADING) !== 0
  if (headA && headB) return cost - w.headings
  if (headA !== headB && ((allA | allB) & FLAG_SENTENCE) !== 0) cost += w.headingVsSentence
  // Two short paragraphs facing each other are usually the same heading or signature;
  // their lengths say little, so say it here.
  // (Two headings have that bonus already: stacked, a title of 26 letters took an
  // "Article 10" of 5 over the lengths' clear no.)
  if (shortPair) cost -= w.short
  return cost
}

/** anchorCost of one paragraph against one (the commonest bead), written for that case:
 * the group's OR and AND of the flags are the paragraphs' own flags. The same terms are
 * added in the same order; those left out (no figures to match, no names) would subtract
 * 0, which leaves a cost unchanged. */
function anchorCostOne(
  fa: readonly Features[], ia: number, fb: readonly Features[], ib: number, lengthA: number, lengthB: number, marks: KeyMarks,
): number {
  const w = anchorWeights
  const a = fa[ia]
  const b = fb[ib]
  let cost = 0
  if (a.numbers.length === 0) {
    // Nothing to match: what figureTerms leaves is B's total, summed in the same order.
    cost += w.numberMiss * Math.min(b.weightSum, w.numberMissCap)
  } else if (b.numbers.length === 0) {
    cost += w.numberMiss * Math.min(a.weightSum, w.numberMissCap)
  } else cost = figureTerms(fa, ia, 1, fb, ib, 1, marks)
  if (a.names.length !== 0 && b.names.length !== 0) cost -= w.name * Math.min(sortedCommon(a.names, b.names), w.nameCap)
  // one paragraph a side: its flags are both the OR and the AND
  return withFlagTerms(cost, a.flags, a.flags, b.flags, b.flags, lengthA < w.shortLength && lengthB < w.shortLength)
}
