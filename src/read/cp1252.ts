// Windows-1252, written out. Node's TextDecoder reads the label "windows-1252" as Latin-1,
// so bytes 0x80–0x9F (curly quotes, dashes, €, Š, Ž, œ) would become C1 control characters,
// which decode.ts counts as junk: an English dump with typographic quotes would lose to a
// wrong encoding, or be refused as binary. (A regression since Node 20.18.3, 22.13.0:
// nodejs/node#60888; Node 20.20 still has it.) Not iconv-lite: for one table of 32
// characters a decoder library would load at run time for every non-UTF-8 file.

/** Windows-1252's characters for bytes 0x80–0x9F, in byte order. The five bytes it leaves
 * undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay the C1 controls of the same number, as the
 * WHATWG Encoding Standard maps them. */
export const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

/** Bytes 0x00–0x7F and 0xA0–0xFF are Latin-1 (the code point is the byte). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  const chunk: number[] = []
  for (let k = 0; k < bytes.length; k++) {
    const b = bytes[k]
    chunk.push(b >= 0x80 && b <= 0x9f ? CP1252_80_9F.charCodeAt(b - 0x80) : b)
    // String.fromCharCode takes its arguments on the stack: join in pieces
    if (chunk.length === 8192) {
      out += String.fromCharCode(...chunk)
      chunk.length = 0
    }
  }
  return out + String.fromCharCode(...chunk)
}
