// The shapes a position inside an archive takes, one parser per shape. Each parser must
// read the whole position or return undefined: half a parse would put a number in the wrong
// field. The first scheme that reads the position wins; the order does not matter in
// practice because the shapes do not overlap.
import type { ArchivalRef } from '../../model/memo.js'

type Parts = Partial<Omit<ArchivalRef, 'scheme'>>

export interface LocationScheme {
  name: NonNullable<ArchivalRef['scheme']>
  parse(location: string): Parts | undefined
}

/** Russian and Soviet archives: the abbreviations of fond / opis / delo / papka / list, in
 * Latin transliteration or Cyrillic, full or abbreviated (the dot is optional). */
const fondKeys: Record<string, 'fond' | 'opis' | 'delo' | 'papka' | 'folios' | 'pages'> = {
  f: 'fond', fond: 'fond', 'ф': 'fond', 'фонд': 'fond',
  op: 'opis', opis: 'opis', 'оп': 'opis', 'опись': 'opis',
  d: 'delo', delo: 'delo', 'д': 'delo', 'дело': 'delo',
  papka: 'papka', pap: 'papka', 'папка': 'papka', 'п': 'papka',
  l: 'folios', ll: 'folios', list: 'folios', listy: 'folios', 'л': 'folios', 'лл': 'folios', 'листы': 'folios',
  pp: 'pages', page: 'pages', pages: 'pages',
}

// One number as archives write it: "0100", "R-5446", "8ob" (verso), "273а".
const NUMBER = String.raw`(?:[A-ZА-Я]-?)?\d+[a-zа-я]*`
// A number, a range, and a comma list of those: "1-4", "193-194", "5, 7-9".
const NUMBERS = String.raw`${NUMBER}(?:\s*[-–]\s*${NUMBER})?(?:,\s*${NUMBER}(?:\s*[-–]\s*${NUMBER})?)*`
// key, optional dot, value, then a separator or the end. Sticky, so the loop below reads the
// position left to right and stops at the first thing that is not a key-value pair.
const FOND_PAIR = new RegExp(String.raw`\s*(\p{L}{1,6})\.?\s*(${NUMBERS})\.?\s*(?:[,;]\s*|$|(?=\p{L}))`, 'uy')

const fond: LocationScheme = {
  name: 'fond',
  parse(location) {
    const parts: Parts = {}
    FOND_PAIR.lastIndex = 0
    let pos = 0
    while (pos < location.length) {
      FOND_PAIR.lastIndex = pos
      const m = FOND_PAIR.exec(location)
      if (!m || m[0].length === 0) return undefined
      const key = m[1].toLowerCase()
      // "p." is the papka in "p. 302, d. 10" but pages in a closing range ("delo 7, p.16-42")
      const field = key === 'p' ? (/[-–]/u.test(m[2]) && FOND_PAIR.lastIndex >= location.length ? 'pages' : 'papka') : fondKeys[key]
      if (!field || parts[field] !== undefined) return undefined
      parts[field] = m[2].replace(/(?:(?<!\s)\s+)?([-–])\s*/gu, '$1')
      pos = FOND_PAIR.lastIndex
    }
    // Fond alone is too little to be sure this is the scheme ("l. 5" could be anything).
    return parts.fond !== undefined && (parts.opis !== undefined || parts.delo !== undefined) ? parts : undefined
  },
}

/** Hungarian National Archives: "XIX-J-1-j Korea, 4. doboz, 5/a, 004076/1955" = record
 * group (with subseries), box, item (tétel), registry number. */
const HUNGARIAN = /^([IVXL]+-[A-Z](?:-[0-9a-z]+)*(?: [^,\d][^,]*)?),\s*(\d+)\.\s*doboz(?:,\s*([^,\s][^,]*|\s))?(?:,\s*([^,\s][^,]*|\s))?$/u

const hungarian: LocationScheme = {
  name: 'hungarian',
  parse(location) {
    const m = HUNGARIAN.exec(location)
    if (!m) return undefined
    const parts: Parts = { series: m[1].trim(), box: m[2] }
    const tail = [m[3], m[4]].filter((x): x is string => x !== undefined).map((x) => x.trim())
    // A registry number carries its year ("004076/1955"); an item does not ("5/a").
    for (const t of tail) {
      // the site sometimes leaves a space after the slash ("004076/ 1955")
      if (/^\d+\/\s?\d{4}$/u.test(t) && parts.fileNumber === undefined) parts.fileNumber = t.replace(/\s/gu, '')
      else if (parts.item === undefined) parts.item = t
      else return undefined
    }
    return parts
  },
}

/** PRC Foreign Ministry Archive: a file number "109-03984-02", then pages "7-8". */
const PRC_FMA = /^(?:(?:File\s+)?No\.\s*)?(\d{3}-\d{5}-\d{2})(?:,\s*(?:pp?\.\s*)?(\d+(?:\s*[-–]\s*\d+)?))?$/u

const prcFma: LocationScheme = {
  name: 'prc-fma',
  parse(location) {
    const m = PRC_FMA.exec(location)
    if (!m) return undefined
    const parts: Parts = { fileNumber: m[1] }
    if (m[2]) parts.pages = m[2].replace(/\s+/gu, '')
    return parts
  },
}

/** German-style signatures: "B 136/59748, 297-301", "DY 30/3497", "NY 4090/472, Bl. 3". */
const SIGNATURE = /^([A-Z][A-Za-z]{0,3}\s?\d+(?:\/\d+[a-z]?)+)(?:,\s*(?:(?:Bl|fol|S|p)\.\s*)?(\d+(?:\s*[-–]\s*\d+)?))?$/u

const signature: LocationScheme = {
  name: 'signature',
  parse(location) {
    const m = SIGNATURE.exec(location)
    if (!m) return undefined
    const parts: Parts = { signature: m[1] }
    if (m[2]) parts.pages = m[2].replace(/\s+/gu, '')
    return parts
  },
}

export const locationSchemes: readonly LocationScheme[] = [fond, hungarian, prcFma, signature]
