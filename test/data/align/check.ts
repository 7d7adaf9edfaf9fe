// Shared checks for the aligner tests.
import { expect } from 'vitest'
import type { AlignmentRow, Memo, Section } from '../../../src/model/memo.js'

/** Every paragraph of every section in exactly one row, rows in document order,
 * confidences in [0, 1], no empty rows. */
export function checkPartition(sections: Section[], rows: AlignmentRow[]) {
  for (const section of sections) {
    const seen: number[] = []
    for (const row of rows) seen.push(...(row.cells[section.id] ?? []))
    expect(seen, section.id).toEqual(section.paragraphs.map((_, i) => i))
  }
  for (const row of rows) {
    expect(row.confidence).toBeGreaterThanOrEqual(0)
    expect(row.confidence).toBeLessThanOrEqual(1)
    expect(Object.values(row.cells).some((list) => list.length > 0)).toBe(true)
  }
}

export function memoOf(sections: Section[], alignment: AlignmentRow[], extra: Partial<Memo> = {}): Memo {
  return {
    schemaVersion: 2,
    id: 'wilson-110404',
    layout: 'test',
    record: { csl: { id: 'wilson-110404', type: 'manuscript', language: 'ru' } },
    contents: sections.map((s) => s.label),
    sections,
    alignment,
    diagnostics: [],
    ...extra,
  }
}
