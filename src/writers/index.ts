// The writer registry behind --format: its names, extensions and help come from here.
// A new format is one file exporting a Writer and one line below.
import { biblatex } from './biblatex.js'
import { bibtex } from './bibtex.js'
import { chicago } from './chicago.js'
import { chicagoNote } from './chicago-note.js'
import { csl } from './csl.js'
import { html } from './html.js'
import { json } from './json.js'
import { markdown } from './markdown.js'
import { ris } from './ris.js'
import { tei } from './tei.js'
import { tmx } from './tmx.js'
import type { Writer } from './types.js'

export const writers: Writer[] = [markdown, json, csl, bibtex, biblatex, ris, chicago, chicagoNote, tmx, tei, html]

export function writerNamed(name: string): Writer | undefined {
  return writers.find((w) => w.name === name)
}
