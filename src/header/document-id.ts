// The document id: "wilson-110404" from a Wilson Center URL (…/document/110404 or
// …/document/110404/…); other URLs and no URL fall back to the file stem, made safe for
// file names and citation keys.
const WILSON = /digitalarchive\.wilsoncenter\.org\/document\/(?:[a-z-]+\/)?(\d+)/i

export function documentId(url: string | undefined, path: string): { id: string; fromUrl: boolean } {
  const m = url ? WILSON.exec(url) : null
  if (m) return { id: `wilson-${m[1]}`, fromUrl: true }
  const base = path.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')
  const safe = base.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|(?<!-)-+$/g, '')
  return { id: safe || 'document', fromUrl: false }
}
