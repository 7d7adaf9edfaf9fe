// The layout registry. Order matters: the first layout whose detect() matches reads the
// dump, so the generic reader stays last. A new layout is one file and one line here.
import type { Layout } from '../model/raw.js'
import { generic } from './generic.js'
import { wilsonPdf } from './wilson-pdf.js'

export const layouts: Layout[] = [wilsonPdf, generic]

export function layoutNamed(name: string): Layout | undefined {
  return layouts.find((l) => l.name === name)
}

export function detectLayout(source: Parameters<Layout['detect']>[0]): Layout {
  return layouts.find((l) => l.detect(source)) ?? generic
}
