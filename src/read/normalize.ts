// One text shape for every later stage: "\n" line endings (CRLF and lone CR converted) and
// no BOM. NFC is applied to paragraph text later, not here, so offsets keep pointing into
// what the user has.
export function normalizeNewlines(text: string): string {
  const out = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return out.includes('\r') ? out.replace(/\r\n?/g, '\n') : out
}
