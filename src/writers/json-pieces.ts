// JSON.stringify(value, null, 2) in pieces, byte for byte: the two outer levels of objects
// and arrays are walked here and everything below them is stringified whole. The JSON of a
// 47.7 MB dump is 121 MB, which V8 holds as a 220 MB two-byte string and copies flat once
// when it is first read; in pieces, no more than one section or alignment row is held.
// The rules are JSON.stringify's: an object's undefined, function and symbol values are
// left out, an array's become null, toJSON is called.

const DEPTH = 2

export function* jsonPieces(value: unknown, indent = '', depth = 0): Generator<string> {
  value = withToJson(value)
  if (depth >= DEPTH || value === null || typeof value !== 'object') {
    const text = JSON.stringify(value, null, 2) ?? 'null'
    yield indent ? text.replaceAll('\n', `\n${indent}`) : text
    return
  }
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]'
    yield '[\n'
    for (let i = 0; i < value.length; i++) {
      yield i ? `,\n${inner}` : inner
      yield* jsonPieces(omitted(value[i]) ? null : value[i], inner, depth + 1)
    }
    yield `\n${indent}]`
    return
  }
  const keys = Object.keys(value).filter((k) => !omitted(withToJson((value as Record<string, unknown>)[k])))
  if (keys.length === 0) return yield '{}'
  yield '{\n'
  for (let i = 0; i < keys.length; i++) {
    yield `${i ? ',\n' : ''}${inner}${JSON.stringify(keys[i])}: `
    yield* jsonPieces((value as Record<string, unknown>)[keys[i]], inner, depth + 1)
  }
  yield `\n${indent}}`
}

function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

function withToJson(value: unknown): unknown {
  return value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(): unknown }).toJSON() : value
}
