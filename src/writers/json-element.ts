// JSON arrays written one element at a time (a batch's library.json and index.json, too
// large to build as one string) with the bytes of JSON.stringify(array, null, 2).

/** A value as an element of JSON.stringify(array, null, 2): stringified alone, every line
 * two spaces further in (raw newlines occur only between tokens; those inside strings are
 * escaped). Elements join with ",\n" between "[\n" and "\n]\n". */
export function arrayElement(value: unknown): string {
  return '  ' + JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')
}
