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
  'read/directory': { severity: 'error', description: 'The input is a folder, not a file.' },
  'read/empty': { severity: 'error', description: 'The input holds no text (empty or only white space).' },
  'read/binary': { severity: 'error', description: 'The input is binary data or in an encoding memo cannot decode.' },
  'read/too-large': { severity: 'error', description: 'The input is larger than --max-size.' },
  'read/encoding': { severity: 'info', description: 'The input was not UTF-8; memo detected its encoding and decoded it.' },
  'read/replacement': { severity: 'warning', description: 'Some bytes could not be decoded and were replaced with U+FFFD.' },

  // layouts/
  'layout/no-header': { severity: 'warning', description: 'No known header was found; the whole text was read as body.' },
  'layout/missing-field': { severity: 'info', description: 'A header field the layout usually has is missing.' },

  // header/
  'header/undated': { severity: 'info', description: 'The document is marked undated; no date was recorded.' },
  'header/bad-date': { severity: 'warning', description: 'The date line could not be read as a date.' },
  'header/unknown-language': { severity: 'warning', description: 'A language name has no known BCP-47 tag.' },
  'header/no-url': { severity: 'info', description: 'No document URL was found; the id comes from the file name.' },

  // sections/
  'sections/contents-mismatch': { severity: 'warning', description: 'The Contents list and the text disagree; the text wins.' },
  'sections/no-contents': { severity: 'warning', description: 'No Contents list; sections were found from the languages of the text.' },
  'sections/absent': { severity: 'info', description: 'Contents announces a section that has no text (a scan, say).' },

  // paragraphs/
  'paragraphs/page-break-join': { severity: 'info', description: 'Two blocks split by a page break were joined into one paragraph.' },
  'paragraphs/dropped-glyphs': { severity: 'warning', description: 'Han text has spaces between Han characters where glyphs were lost in extraction.' },
} satisfies Record<string, Rule>

export type RuleId = keyof typeof rules
