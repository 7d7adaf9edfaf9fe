// The layout registry. Order matters: the first layout whose detect() matches reads the
// dump, so the generic reader stays last. A new layout is one file and one line here.
//
// The web layouts go before layout A: a saved page's body may hold a cable's own
// "Contents:" line, which alone would make layout A claim it, while the web layouts look
// for marks (footer labels, page buttons, an unlabelled citation right after the date) that
// layout A never has. Layout C's buttons are checked before B's looser date-then-citation.
import type { Layout } from '../model/raw.js'
import type { Source } from '../model/source.js'
import { FatalError } from '../report/report.js'
import { generic } from './generic.js'
import { wilsonPdf } from './wilson-pdf.js'
import { wilsonSite } from './wilson-site.js'
import { wilsonWeb2012 } from './wilson-web-2012.js'
import { wilsonWeb2013 } from './wilson-web-2013.js'

export const layouts: Layout[] = [wilsonSite, wilsonWeb2013, wilsonWeb2012, wilsonPdf, generic]

function layoutNamed(name: string): Layout | undefined {
  return layouts.find((l) => l.name === name)
}

export function detectLayout(source: Source): Layout {
  return layouts.find((l) => l.detect(source)) ?? generic
}

/** The layout `name` names (--layout), else the one detected. */
export function chooseLayout(source: Source, name?: string): Layout {
  if (!name) return detectLayout(source)
  const layout = layoutNamed(name)
  if (!layout) throw new FatalError('layout/no-header', `unknown layout "${name}"`)
  return layout
}
