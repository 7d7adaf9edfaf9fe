// Text for an XML 1.0 document (TMX, TEI). The XML library escapes markup; this drops what
// XML 1.0 cannot carry at all, which no escape can write.

/** Drop what XML 1.0 cannot carry: control characters other than tab, LF and CR,
 * U+FFFE/U+FFFF, and lone surrogates (a pair is kept whole). */
export function xmlText(text: string): string {
  // most text holds none of these: one scan, no copy (the loop below costs ~40 ns a character)
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u0008\v\f\u000e-\u001f\ud800-\udfff\ufffe\uffff]/u.test(text)) return text
  let out = ''
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(k + 1)
      if (next >= 0xdc00 && next <= 0xdfff) out += text[k] + text[++k]
      continue
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) continue
    if (code === 0xfffe || code === 0xffff) continue
    out += text[k]
  }
  return out
}
