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
import type { Writer, WriterSetting } from './types.js'

export const writers: Writer[] = [markdown, json, csl, bibtex, biblatex, ris, chicago, chicagoNote, tmx, tei, html]

export function writerNamed(name: string): Writer | undefined {
  return writers.find((w) => w.name === name)
}

/** The settings given that none of `formats` reads, each as a sentence for a warning
 * (--parallel changes only the Markdown; --granularity sentence the JSON and TMX). */
export function unusedSettings(formats: readonly string[], given: { parallel?: boolean; granularity?: string }): string[] {
  const chosen = formats.map(writerNamed).filter((w): w is Writer => w !== undefined)
  const readers = (setting: WriterSetting) => writers.filter((w) => w.reads?.includes(setting)).map((w) => w.name)
  const unused = (setting: WriterSetting) => !chosen.some((w) => w.reads?.includes(setting))
  const list = (names: string[]) => names.map((n) => `-f ${n}`).join(' or ')
  const notes: string[] = []
  if (given.parallel && unused('parallel')) notes.push(`--parallel changes only ${list(readers('parallel'))}; it was ignored for -f ${formats.join(',')}`)
  if (given.granularity === 'sentence' && unused('granularity')) notes.push(`--granularity sentence changes only ${list(readers('granularity'))}; it was ignored for -f ${formats.join(',')}`)
  return notes
}
