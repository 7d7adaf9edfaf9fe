import type { VFile } from 'vfile'
import type { AlignmentRow, Section } from '../model/memo.js'
export function findDiscrepancies(_s: Section[], _r: AlignmentRow[], _f: VFile): unknown[] { return [] }
