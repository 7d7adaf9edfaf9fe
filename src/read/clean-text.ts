// Decoded text → the one text shape every later stage reads: "\n" line endings, mojibake
// repaired where certain, control characters blanked. Text with nothing in it stops here.
import type { VFile } from 'vfile'
import { FatalError } from '../report/report.js'
import { blankControls } from './controls.js'
import { repairMojibake } from './mojibake.js'
import { normalizeNewlines } from './normalize.js'

export function cleanText(raw: string, file: VFile): string {
  const text = blankControls(repairMojibake(normalizeNewlines(raw), file), file)
  if (text.trim() === '') throw new FatalError('read/empty', 'the file holds no text (empty or only white space)')
  return text
}
