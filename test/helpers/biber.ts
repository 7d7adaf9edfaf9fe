/** The one warning biber's validator gives memo's BibLaTeX: `translator` is not in @misc's
 * field list in the default data model (mappings/biblatex.ts says why it is used anyway). */
export function translatorWarnings(bib: string, file: string): string[] {
  return [...bib.matchAll(/^@misc\{([^,]+),\n(?:(?! {2}translator ).*\n)*? {2}translator /gmu)].map((m) => `WARN - Datamodel: Entry '${m[1]}' (${file}): Invalid field 'translator' for entrytype 'misc'`)
}
