// library.json: the csl writer's outputs (each a CSL-JSON array: a document's item, then its
// related items) joined into one CSL-JSON array, every id unique, with the bytes of
// JSON.stringify(all items, null, 2) (json-element.ts).
import type { CslItem } from '../model/csl.js'
import { arrayElement } from './json-element.js'
import type { Library } from './library.js'

export const cslLibrary: Library = {
  file: 'library.json',
  field: 'csl',
  ids: (output) => (JSON.parse(output) as CslItem[]).map((item) => item.id),
  piece: (output, nextId) =>
    (JSON.parse(output) as CslItem[]).map((item) => arrayElement({ ...item, id: nextId() })).join(',\n'),
  open: '[\n',
  between: ',\n',
  close: '\n]\n',
  empty: '[]\n',
  // the document's own item comes first in its output; index.json cites it by that id
  citekeys: true,
}
