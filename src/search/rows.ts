// How the index numbers and groups its rows.

/** Paragraph row ids are docNumber × 2^16 + the paragraph's place: room for 65,536
 * paragraphs a document (the rest of a longer one is not indexed) and 2^36 numbers. A
 * section's row (section_fts) has its first paragraph's id. */
export const PER_DOC = 2 ** 16
export const DOC_SPACE = 2 ** 36

/** The runs of consecutive paragraphs of one section, as [start, end) indexes. */
export function sectionRuns(paragraphs: readonly { section: string }[]): [number, number][] {
  const runs: [number, number][] = []
  paragraphs.forEach((p, i) => {
    if (i > 0 && p.section === paragraphs[i - 1].section) runs[runs.length - 1][1] = i + 1
    else runs.push([i, i + 1])
  })
  return runs
}

/** A section's terms: its paragraphs' terms, a line each. */
export function sectionText(indexed: readonly string[]): string {
  return indexed.join('\n')
}
