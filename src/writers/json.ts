// JSON: the Memo as it is, two-space indented, keys in the model's order. The shape is
// published in schema/memo.schema.json.
import { jsonPieces } from './json-pieces.js'
import type { Writer } from './types.js'

export const json: Writer = {
  name: 'json',
  reads: ['granularity'],
  extname: '.json',
  description: 'the whole document model as JSON (schema/memo.schema.json)',
  write: (memo) => `${JSON.stringify(memo, null, 2)}\n`,
  *pieces(memo) {
    yield* jsonPieces(memo)
    yield '\n'
  },
}
