// `memo cite FILE…`: one formatted bibliography for the inputs, in the style's order. Each
// input goes through convert(), as extract's does; the entries come from the document's
// record, formatted together so the style can sort them and tell them apart.
import { convert } from '../convert/convert.js'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Io } from '../io/command-io.js'
import { printDiagnostics } from './print-diagnostics.js'

export interface CiteOptions {
  style: string
  format: 'text' | 'html'
  quiet?: boolean
  /** The full note (first citation in a footnote) instead of the bibliography entry. */
  note?: boolean
}

/** The stages whose messages concern a citation: how the file was read, its layout, the
 * header and the citation sentence. The text's own (sections, paragraphs, alignment) are
 * extract's business; errors are printed whatever their stage, since they stop the file. */
const CITATION_STAGES: ReadonlySet<string> = new Set(['read', 'layout', 'header', 'citation'])

export async function runCite(inputs: string[], options: CiteOptions, io: Io): Promise<number> {
  const [{ chicagoRecordOf }, { formatCitations, StyleError }, { resolveStyle }, { uniqueKeys }] = await Promise.all([import('../writers/chicago.js'), import('../cite/index.js'), import('../cite/styles.js'), import('../writers/citation-key.js')])
  // a style that does not exist is a usage error, found before any file is read
  if (options.style !== 'chicago') {
    try {
      resolveStyle(options.style)
    } catch (error) {
      if (!(error instanceof StyleError)) throw error
      io.stderr.write(`memo: ${error.message}\n`)
      return EXIT_USAGE
    }
  }
  let failed = false
  const items = []
  for (const input of inputs) {
    const { memo, file } = await convert({ path: input === '-' ? '<stdin>' : input, read: input, stdin: io.stdin }, { formats: [] })
    printDiagnostics(io, file, options.quiet, CITATION_STAGES)
    if (!memo) {
      failed = true
      continue
    }
    // the whole record: Chicago keeps every credit and the parsed reference, not only CSL's
    items.push(chicagoRecordOf(memo))
  }
  // two inputs of one document (or two documents with one key) still get distinct ids
  const ids = uniqueKeys(items.map((i) => i.csl.id))
  items.forEach((item, k) => (item.csl.id = ids[k]))
  if (items.length) {
    try {
      io.stdout.write(await formatCitations(items, { style: options.style, format: options.format, note: options.note }))
    } catch (error) {
      if (error instanceof StyleError) {
        io.stderr.write(`memo: ${error.message}\n`)
        return EXIT_USAGE
      }
      throw error
    }
  }
  return failed ? EXIT_FAILED : EXIT_OK
}
