// The layout registry. Every layout scores the evidence it finds in the text and the
// highest score reads it; the generic reader stays last and reads what none has enough
// evidence for. A new layout is one file and one line here.
//
// Order breaks ties: the web layouts go before layout A, since a saved page's body may
// hold a cable's own "Contents:" line (evidence for layout A) beside marks (footer labels,
// page buttons, an unlabelled citation right after the date) that layout A never has.
import type { Layout } from '../model/raw.js'
import type { Source } from '../model/source.js'
import { FatalError } from '../report/report.js'
import { generic } from './generic.js'
import { listedDocuments } from './listing-page.js'
import { wilsonPdf } from './wilson-pdf.js'
import { wilsonSite } from './wilson-site.js'
import { wilsonWeb2012 } from './wilson-web-2012.js'
import { wilsonWeb2013 } from './wilson-web-2013.js'

export const layouts: Layout[] = [wilsonSite, wilsonWeb2013, wilsonWeb2012, wilsonPdf, generic]

function layoutNamed(name: string): Layout | undefined {
  return layouts.find((l) => l.name === name)
}

/** Evidence a layout needs before it reads a text; below it the generic reader does. */
const ENOUGH = 2

/** The layout with the most evidence in the whole text (the earlier on a tie), or the
 * generic reader when none has enough. */
export function detectLayout(source: Source): Layout {
  let best: Layout = generic
  let bestScore = ENOUGH - Number.EPSILON
  for (const layout of layouts) {
    const score = layout.detect(source)
    if (score > bestScore) {
      best = layout
      bestScore = score
    }
  }
  return best
}

/** The layout `name` names (--layout), else the one detected. A page that lists documents
 * (search results, a collection) is refused, unless a layout is forced. */
export function chooseLayout(source: Source, name?: string): Layout {
  if (!name) {
    const listed = listedDocuments(source)
    if (listed) throw new FatalError('layout/listing-page', `this is a page listing ${listed} documents (the archive's search results or a collection), not one document; save each document's own page, or give --layout to read it anyway`)
    return detectLayout(source)
  }
  const layout = layoutNamed(name)
  if (!layout) throw new FatalError('layout/no-header', `unknown layout "${name}"`)
  return layout
}
