// The formatted-citation engine behind `memo cite`. citeproc (through citation-js) costs
// about a second to load, so nothing here loads it until formatCitations() runs: importing
// this module is cheap, and only the cite command should import it at all.
import { createRequire } from 'node:module'
import type { CslItem } from '../model/csl.js'
import { resolveStyle, StyleError } from './styles.js'

export { StyleError, styleAliases } from './styles.js'

export interface FormatOptions {
  /** "chicago" (default in the CLI), "apa", a CSL style id, or a path to a .csl file. */
  style: string
  format: 'text' | 'html'
  /** The locale for terms and dates; default en-US. */
  lang?: string
}

interface CiteJs {
  Cite: new (data: unknown) => { format(kind: 'bibliography', options: Record<string, unknown>): string }
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
 * citeproc's <div class="csl-bib-body"> (html). Throws StyleError for a style it cannot
 * find or read: a usage error, to be reported without a stack trace. */
export async function formatCitations(items: CslItem[], options: FormatOptions): Promise<string> {
  const source = resolveStyle(options.style)
  const { Cite, plugins } = loadCiteJs()
  if (source.kind === 'style') {
    const styles = plugins.config.get('@csl').styles
    if (!styles.has(source.name)) styles.add(source.name, source.style)
  }
  // citation-js would otherwise invent ids or reorder keys; a copy keeps the caller's items.
  const data = items.map((item) => structuredClone(item))
  let out: string
  try {
    out = new Cite(data).format('bibliography', { template: source.name, format: options.format, lang: options.lang ?? 'en-US' })
  } catch (error) {
    if (source.kind === 'style' && error instanceof Error && /style|xml|csl/iu.test(error.message)) {
      throw new StyleError(`the style "${options.style}" could not be used: ${error.message}`)
    }
    throw error
  }
  return out.trimEnd() + '\n'
}
