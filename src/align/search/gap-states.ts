// The states of the pair search: a path arrives at a cell through a matched bead (or is at
// the start), or through a run of r unmatched paragraphs of A, or of B. Runs are counted up
// to RUN_STATES (a longer run stays in the last state), so each further unmatched paragraph
// is priced by how long the run already is (gapRunFactors in bead-cost.ts): with one state
// this is Gotoh's affine gap, an opening and a flat extension.
import { gapRunFactors, shapes } from '../costs/bead-cost.js'

export const RUN_STATES = gapRunFactors.length
/** Match, then the gap in A of run length 1 … RUN_STATES, then the same in B. */
export const STATE_COUNT = 1 + 2 * RUN_STATES
export const IN_MATCH = 0

/** The state of a run of length r (1 … RUN_STATES) in A or in B. */
export function gapState(inA: boolean, r: number): number {
  return inA ? r : RUN_STATES + r
}

/** Whether a state is a run in A (or in B). */
export function isGapA(state: number): boolean {
  return state >= 1 && state <= RUN_STATES
}

/** The shapes of one unmatched paragraph of A (1:0) and of B (0:1): the steps of the runs. */
export const SKIP_A = shapes.findIndex(([di, dj]) => di === 1 && dj === 0)
export const SKIP_B = shapes.findIndex(([di, dj]) => di === 0 && dj === 1)
/** The shapes with paragraphs on both sides (the matched beads), in order: the loops over
 * a cell's beads walk these instead of testing every shape. */
export const MATCHED = Int8Array.from(shapes.flatMap(([di, dj], s) => (di > 0 && dj > 0 ? [s] : [])))
