// The formatted-citation engine behind `memo cite`. Chicago (the default) is memo's own
// formatter (cite/chicago/), made for archival records; every other style goes through
// citeproc (citation-js), which costs about a second to load, so nothing here loads it
// until formatCitations() runs for such a style: importing this module is cheap.
import { createRequire } from 'node:module'
import type { CslItem } from '../model/csl.js'
import type { ArchivalRef, Contributor } from '../model/memo.js'
import { formatChicago } from './chicago/index.js'
import { resolveStyle, StyleError } from './styles.js'

export { StyleError, styleAliases } from './styles.js'

export interface FormatOptions {
  /** "chicago" (default in the CLI), "apa", a CSL style id, or a path to a .csl file. */
  style: string
  format: 'text' | 'html'
  /** The locale for terms and dates; default en-US. Chicago is written in English. */
  lang?: string
  /** The full note (Chicago) or the style's citation, one per item in the order given,
   * instead of the bibliography. */
  note?: boolean
}

/** What can be cited: a CSL item, or a memo record (its CSL item with the credits, the parsed
 * archive reference and the published sources that CSL has no variables for; Chicago cites
 * every credit from them, citeproc styles read the CSL item alone). */
export type Citable = CslItem | CitableRecord

export interface CitableRecord {
  csl: CslItem
  contributors?: readonly Contributor[]
  archival?: ArchivalRef
  related?: readonly CslItem[]
}

function isRecord(c: Citable): c is CitableRecord {
  return typeof (c as CitableRecord).csl === 'object' && (c as CitableRecord).csl !== null && typeof (c as CslItem).type !== 'string'
}

interface CiteJs {
  Cite: new (data: unknown) => { format(kind: 'bibliography' | 'citation', options: Record<string, unknown>): string }
  plugins: { config: { get(name: '@csl'): { styles: { add(name: string, style: unknown): void; has(name: string): boolean } } } }
}

let citeJs: CiteJs | undefined

function loadCiteJs(): CiteJs {
  if (!citeJs) {
    const require = createRequire(import.meta.url)
    const core = require('@citation-js/core') as CiteJs
    require('@citation-js/plugin-csl')
    citeJs = core
  }
  return citeJs
}

/** Bibliography entries for the items, in the style's order, one entry a line (text) or
 * <div class="csl-bib-body"> (html); with `note`, one note or citation per item in the order
 * given. Throws StyleError for a style it cannot find or read: a usage error, to be reported
 * without a stack trace. */
export async function formatCitations(items: readonly Citable[], options: FormatOptions): Promise<string> {
  if (options.style === 'chicago') {
    return formatChicago(items.map((c) => (isRecord(c) ? c : { csl: c })), { format: options.format, note: options.note })
  }
  const source = resolveStyle(options.style)
  const { Cite, plugins } = loadCiteJs()
  if (source.kind === 'style') {
    const styles = plugins.config.get('@csl').styles
    if (!styles.has(source.name)) styles.add(source.name, source.style)
  }
  // citation-js would otherwise invent ids or reorder keys; a copy keeps the caller's items.
  const data = items.map((c) => structuredClone(isRecord(c) ? c.csl : c))
  const settings = { template: source.name, format: options.format, lang: options.lang ?? 'en-US' }
  let out: string
  try {
    const cite = new Cite(data)
    out = options.note ? citations(cite, data, settings) : cite.format('bibliography', settings)
  } catch (error) {
    if (source.kind === 'style' && error instanceof Error && /style|xml|csl/iu.test(error.message)) {
      throw new StyleError(`the style "${options.style}" could not be used: ${error.message}`)
    }
    throw error
  }
  return out.trimEnd() + '\n'
}

/** One citation per item, each on its own (a note style's note, an author-date style's
 * parenthesis), in the order given; HTML as an ordered list, like Chicago's notes. */
function citations(cite: InstanceType<CiteJs['Cite']>, data: CslItem[], settings: Record<string, unknown>): string {
  const each = data.map((item) => cite.format('citation', { ...settings, entry: item.id }).trim())
  if (settings.format !== 'html') return each.join('\n')
  return `<ol class="csl-notes">\n${each.map((c) => `  <li class="csl-note">${c}</li>\n`).join('')}</ol>`
}
