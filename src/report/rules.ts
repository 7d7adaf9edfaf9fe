// The rule catalogue: every diagnostic memo can give, its severity and what it means.
// Severity lives here, never at the call site, so a rule means the same everywhere.
//   info: a guess was made. warning: the output is usable but suspect.
//   error: no output for this file (fatal).
// Keep entries grouped by stage, in the order the pipeline runs.
import type { Severity } from '../model/memo.js'

export interface Rule {
  severity: Severity
  description: string
}

export const rules = {
  // read/
  'read/missing': { severity: 'error', description: 'The input path does not exist or cannot be read.' },
  'read/permission': { severity: 'error', description: 'memo may not read the input (permission denied).' },
  'read/directory': { severity: 'error', description: 'The input is a folder, not a file.' },
  'read/empty': { severity: 'error', description: 'The input holds no text (empty or only white space).' },
  'read/binary': { severity: 'error', description: 'The input is binary data or in an encoding memo cannot decode.' },
  'read/too-large': { severity: 'error', description: 'The input is larger than --max-size.' },
  'read/encoding': { severity: 'info', description: 'The input was not UTF-8; memo detected its encoding and decoded it.' },
  'read/replacement': { severity: 'warning', description: 'Some bytes could not be decoded and were replaced with U+FFFD.' },
  'read/mojibake-repaired': { severity: 'info', description: 'The text held UTF-8 that had been read as Windows-1252 ("VerdeÈ›" for "Verdeț"); every such sequence decoded cleanly and the words read better, so memo repaired them.' },
  'read/mojibake': { severity: 'warning', description: 'The text holds sequences that look like UTF-8 read as Windows-1252 (mojibake), but repairing them would not be certain; the text is kept as it is.' },
  'read/form-feed': { severity: 'info', description: 'Form feeds (page breaks of a PDF export) were read as spaces.' },
  'read/control-characters': { severity: 'warning', description: 'Control characters (other than tab and line breaks) were replaced with spaces, so that no output carries them.' },

  // layouts/
  'layout/no-header': { severity: 'warning', description: 'No known header was found; the whole text was read as body.' },
  'layout/listing-page': { severity: 'error', description: 'The input is a page that lists documents (search results or a collection), not one document.' },
  'layout/no-body': { severity: 'warning', description: 'The dump holds a header but no body text; it may be cut short.' },
  'layout/missing-field': { severity: 'info', description: 'A header field the layout usually has is missing.' },
  'layout/unlabelled-summary': { severity: 'info', description: 'A web page gives the summary without a label; the paragraph before or after the body that reads like one was taken as the summary.' },
  'layout/navigation': { severity: 'info', description: 'Navigation lines of a saved web page (search box, tabs, share and citation buttons) were left out of the text.' },

  // header/
  'header/undated': { severity: 'info', description: 'The document is marked undated; no date was recorded.' },
  'header/bad-date': { severity: 'warning', description: 'The date line could not be read as a date.' },
  'header/unknown-language': { severity: 'warning', description: 'A language name has no known BCP-47 tag.' },
  'header/original-archive': { severity: 'info', description: 'The page names the archive twice, in its Source block and as "Original Archive", in different words; the Source\'s name (read against memo\'s table of archives) is recorded.' },
  'header/no-url': { severity: 'info', description: 'No document URL was found; the id comes from the file name.' },

  // header/citation/
  'citation/no-title': { severity: 'warning', description: 'The citation sentence has no quoted title; the title comes from elsewhere or is missing.' },
  'citation/unknown-shape': { severity: 'warning', description: 'The citation sentence does not have the expected "title," date, publisher, reference. credits. shape; it was kept verbatim.' },
  'citation/unknown-archive': { severity: 'info', description: 'The archive in the reference is not in memo\'s table of archives; its name was guessed from the text.' },
  'citation/provenance': { severity: 'info', description: 'The source names the archive and then how the copy was obtained ("copy obtained by …, on file at …") instead of a position in it; the note is not taken as the archive location, which is left out.' },
  'citation/unknown-reference': { severity: 'info', description: 'The position inside the archive has a shape memo does not know; it is kept as written (archive_location) without parsed parts.' },
  'citation/unknown-credit': { severity: 'info', description: 'Part of the credits (after the reference) could not be read as "<role> by <names>"; it is kept in the note.' },
  'citation/literal-name': { severity: 'info', description: 'A name could not be split safely into family and given names (one word, family name first, an organisation); it is kept whole.' },
  'citation/bad-source-note': { severity: 'info', description: 'A section\'s source note does not read as "title (place: publisher, year), pages"; it is kept as a title.' },
  'citation/missing-glyphs': { severity: 'warning', description: 'A source note has spaces between Han characters where glyphs were lost in extraction; the gaps are kept, not guessed.' },

  // sections/
  'sections/contents-mismatch': { severity: 'warning', description: 'The Contents list and the text disagree; the text wins.' },
  'sections/no-contents': { severity: 'warning', description: 'The layout has a Contents list but this dump has none; sections were found from the languages of the text.' },
  'sections/by-language': { severity: 'info', description: 'The layout has no Contents list (web pages); sections were found from the languages of the text.' },
  'sections/no-original': { severity: 'info', description: 'The dump does not say which of its texts is the original (no original language in a header); the sections are labelled by language and claim no role.' },
  'sections/absent': { severity: 'info', description: 'Contents announces a section that has no text (a scan, say).' },

  // paragraphs/
  'paragraphs/page-break-join': { severity: 'info', description: 'Two blocks split by a page break were joined into one paragraph.' },
  'paragraphs/broken-word': { severity: 'info', description: 'Two pieces of a word cut by a page break ("Ки тая") were joined, because the joined form is a word of the section\'s language and the pieces are not both words (Hunspell dictionary).' },
  'paragraphs/letterhead': { severity: 'info', description: 'A block of short lines in two columns (a letterhead: "FROM THE DIARY OF … Secret") was kept line by line, one paragraph a line, instead of being joined as a hard-wrapped paragraph.' },
  'paragraphs/dropped-glyphs': { severity: 'warning', description: 'Han text has spaces between Han characters where glyphs were lost in extraction.' },
  'paragraphs/footnotes': { severity: 'info', description: 'Footnotes at the end of the text were taken out of the body into the notes; their markers stay in the text.' },

  // align/
  'align/too-many-sections': { severity: 'warning', description: 'The dump has more language sections than memo aligns (a document saved many times into one file, say); each paragraph stands in a row of its own.' },
  'align/low-confidence': { severity: 'info', description: 'An alignment row is uncertain (confidence below 0.5; on the hard test sets about three in four such rows are wrong): check the paragraphs it pairs (or leaves unpaired), at the lines the message lists.' },
  'align/discrepancy': { severity: 'warning', description: 'Aligned paragraphs state different quantities or dates (a figure, its unit, a day or month).' },
  'align/single-section': { severity: 'info', description: 'Only one section has text, so each paragraph is a row of its own.' },

  // batch/ (memo batch, about an input's place in the batch rather than its content)
  'batch/output-collision': { severity: 'error', description: 'Two inputs would write the same output file (or an input would overwrite library.json, library.bib or index.json); the first in path order keeps it, the other is not converted.' },

  // output/ (where a command writes: memo extract -o, memo batch --out)
  'output/is-input': { severity: 'error', description: '--output names the input file (or a link to it); memo never overwrites its input.' },
  'output/no-folder': { severity: 'error', description: 'The folder of --output does not exist (memo extract -o makes no folders) or is not a folder.' },
  'output/is-folder': { severity: 'error', description: '--output names a folder; it takes a file name.' },
  'output/denied': { severity: 'error', description: 'memo may not write where --output points (permission denied, a read-only or special file system).' },
  'output/failed': { severity: 'error', description: 'The output could not be written (a full disk, say); nothing was written.' },

  // flags/ (the command line, about the options given rather than a file)
  'flags/not-applicable': { severity: 'warning', description: 'An option was given that none of the chosen formats uses (--parallel without md, --granularity sentence without json or tmx); it changes nothing.' },
} satisfies Record<string, Rule>

export type RuleId = keyof typeof rules
