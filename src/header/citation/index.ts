// The citation part of the header stage: what process.ts calls.
export { parseCitation, parseReferenceAndCredits, type ParsedCitation, type ParsedReference } from './parse-citation.js'
export { parseSourceNote, type SourceNoteOptions } from './parse-source-note.js'
export { parseArchiveRef, type ParsedArchiveRef } from './parse-archive-ref.js'
export { parseCredits, type ParsedCredits } from './parse-credits.js'
export { parseName, splitNames } from './parse-names.js'
