// Bytes → text with the decoding reported on the file: which encoding was guessed or read
// from a byte order mark, and how many byte sequences could not be decoded.
import type { VFile } from 'vfile'
import { report } from '../report/report.js'
import { decode } from './decode.js'

export async function decodeInput(bytes: Uint8Array, file: VFile): Promise<string> {
  const decoded = await decode(bytes)
  if (decoded.guessed || decoded.encoding !== 'utf-8') report(file, 'read/encoding', undefined, `decoded as ${decoded.encoding}${decoded.guessed ? ' (detected)' : ' (byte order mark)'}`)
  if (decoded.replaced > 0) report(file, 'read/replacement', undefined, `${decoded.replaced} undecodable byte sequence${decoded.replaced === 1 ? '' : 's'} replaced with U+FFFD`)
  return decoded.text
}
