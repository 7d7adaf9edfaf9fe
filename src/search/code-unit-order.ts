// Strings sorted in code unit order (what sort() without a comparator gives, and what the
// client-side index expects), cheaper than sort() of the strings themselves: the search's
// term counts and the client index sort many thousands of terms.

/** The places of the strings in code unit order (sort() without a comparator gives that
 * order; the client index expects it), equal strings side by side. */
export function codeUnitOrder(strings: readonly string[]): number[] {
  const n = strings.length
  if (n > 0xffff) return Array.from(strings.keys()).sort((a, b) => compareStrings(strings[a], strings[b]))
  const halves = sortKeysFor(n)
  for (let i = 0; i < n; i++) {
    halves[2 * i + HIGH] = prefixHigh(strings[i])
    halves[2 * i + LOW] = prefixLow(strings[i]) | i
  }
  return sortedPlaces(n, (i) => strings[i])
}

let sortKeys = new BigUint64Array(1024)
let sortKeyHalves = new Int32Array(sortKeys.buffer)
/** Where a BigUint64Array's high and low halves are (it holds its numbers in the platform's
 * byte order). */
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0
const LOW = 1 - HIGH

/** The halves of the sort keys, room for n: a string's first three code units (a string
 * shorter than three goes on with code units 0, so it sorts before any longer one it
 * starts; one with a real 0 there ties with it, and ties are compared below), high the
 * first two, low the third above the string's place (16 bits: 65,535 strings at most). */
function sortKeysFor(n: number): Int32Array {
  if (sortKeys.length < n) {
    sortKeys = new BigUint64Array(n * 2)
    sortKeyHalves = new Int32Array(sortKeys.buffer)
  }
  return sortKeyHalves
}

function prefixHigh(s: string): number {
  return ((s.length > 0 ? s.charCodeAt(0) : 0) << 16) | (s.length > 1 ? s.charCodeAt(1) : 0)
}

function prefixLow(s: string): number {
  return (s.length > 2 ? s.charCodeAt(2) : 0) << 16
}

/** The places of the n keys filled, sorted: by the numbers, because a typed array sorts
 * natively, without the call into JavaScript for each comparison that sort() of strings
 * makes; then each run of places with the same first three code units by their strings. */
function sortedPlaces(n: number, stringAt: (place: number) => string): number[] {
  const halves = sortKeyHalves
  sortKeys.subarray(0, n).sort()
  const order = new Array<number>(n)
  for (let i = 0; i < n; i++) order[i] = halves[2 * i + LOW] & 0xffff
  for (let i = 0; i < n; ) {
    const high = halves[2 * i + HIGH]
    const low = halves[2 * i + LOW] >>> 16
    let j = i + 1
    while (j < n && halves[2 * j + HIGH] === high && halves[2 * j + LOW] >>> 16 === low) j++
    if (j - i > 1) {
      const tied = order.slice(i, j).sort((a, b) => compareStrings(stringAt(a), stringAt(b)))
      for (let k = i; k < j; k++) order[k] = tied[k - i]
    }
    i = j
  }
  return order
}

/** Code unit order, as sort() without a comparator. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
