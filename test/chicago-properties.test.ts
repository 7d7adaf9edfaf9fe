// The Chicago formatter's punctuation rules over generated records (helpers/chicago-records):
// whatever the record holds, the entry and the note are one line with no doubled or stray
// punctuation at the parts' edges, HTML says exactly what the text says, folio ranges take
// an en dash, a quotation inside a title takes single quotation marks, every credit is kept
// in its order, and a bibliography's order does not depend on the input's.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatChicago } from '../src/cite/chicago/index.js'
import { naturalName } from '../src/cite/chicago/names.js'
import { record, type Generated } from './helpers/chicago-records.js'

const RUNS = { numRuns: 500 }
const forms = [false, true] as const
const text = (g: Generated, note: boolean) => formatChicago([g.record], { format: 'text', note }).replace(/\n$/u, '')
const html = (g: Generated, note: boolean) => formatChicago([g.record], { format: 'html', note })

/** What a browser shows of the HTML: the tags gone, the entities read. */
function shown(markup: string): string {
  const inner = /<(?:div|li) class="csl-(?:entry|note)">(.*)<\/(?:div|li)>/u.exec(markup)
  if (!inner) throw new Error(`no entry in ${markup}`)
  return inner[1].replace(/<[^>]*>/gu, '').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&')
}

describe('over generated records, in both forms', () => {
  it('one line, no doubled or stray punctuation at the edges of the parts, a final period (or the title’s own ? or !)', () => {
    fc.assert(
      fc.property(record, (g) => {
        for (const note of forms) {
          const out = text(g, note)
          expect(out).not.toContain('\n')
          expect(out).not.toMatch(/\.\.|,,|[?!][.,]|\s[.,]|\s{2}|^\s|\s$/u)
          // a comma after a period only where the period ends an abbreviation or an initial
          expect(out.replace(/(?:n\.d|U\.S|al|(?<!\p{L})\p{Lu})\.,/gu, '')).not.toContain('.,')
          expect(out).toMatch(/[.?!][”’]*$/u)
        }
      }),
      RUNS,
    )
  })

  it('the HTML shows exactly the text, and its only markup is the entry, <i> and links', () => {
    fc.assert(
      fc.property(record, (g) => {
        for (const note of forms) {
          const markup = html(g, note)
          expect(shown(markup)).toBe(text(g, note))
          const tags = markup.match(/<\/?[a-z]+/gu) ?? []
          for (const t of tags) expect(['<div', '</div', '<ol', '</ol', '<li', '</li', '<i', '</i', '<a', '</a']).toContain(t)
        }
      }),
      RUNS,
    )
  })

  it('a folio or page range takes an en dash; the rest of the reference is as written', () => {
    fc.assert(
      fc.property(record, (g) => {
        const written = g.record.csl.archive_location
        for (const note of forms) {
          const out = text(g, note)
          if (g.range) {
            expect(out).toContain(g.range.replace('-', '–'))
            expect(out).not.toContain(g.range)
          }
          if (written && !g.range) expect(out).toContain(written)
          expect(out).not.toMatch(/(?:^|[ ,.])F\. \d/u)
        }
      }),
      RUNS,
    )
  })

  it('a quotation inside a quoted title takes single quotation marks inside the double ones', () => {
    fc.assert(
      fc.property(record, (g) => {
        const title = g.record.csl.title!
        const inner = /["“]([^"”]+)["”]/u.exec(title)
        for (const note of forms) {
          const out = text(g, note)
          if (title.startsWith('[')) expect(out).not.toContain('“[')
          else expect(out).toMatch(/^[^“]*“[^”]+”/u)
          if (inner) {
            expect(out).toContain(`‘${inner[1]}`)
            // the title's own quotation marks are the only double ones in the entry
            expect(out.match(/“/gu)).toHaveLength(1)
          }
        }
      }),
      RUNS,
    )
  })

  it('keeps every credit, people in the order the record credits them', () => {
    fc.assert(
      fc.property(record, (g) => {
        const people = [...new Set((g.record.contributors ?? []).map((c) => naturalName(c.name)))]
        for (const note of forms) {
          const out = text(g, note)
          const credits = out
          const at = people.map((p) => credits.indexOf(p))
          for (const i of at) expect(i).toBeGreaterThanOrEqual(0)
          expect(at).toEqual([...at].sort((a, b) => a - b))
          for (const role of new Set((g.record.contributors ?? []).map((c) => c.role))) {
            expect(credits).toMatch(new RegExp(note && role === 'translated' ? 'trans\\.|translated' : note && role === 'edited' ? 'ed\\.|edited' : role, 'iu'))
          }
        }
      }),
      RUNS,
    )
  })

  it('the bibliography inverts the first author when a person, the note never does', () => {
    fc.assert(
      fc.property(record, (g) => {
        const first = g.record.csl.author?.[0]
        if (!first) return
        if (first.literal) expect(text(g, false).startsWith(first.literal)).toBe(true)
        else expect(text(g, false).startsWith(`${first.family}, ${first.given}`)).toBe(true)
        expect(text(g, true).startsWith(naturalName(first))).toBe(true)
      }),
      RUNS,
    )
  })

  it('a bibliography of several records is the same whatever their order; notes keep theirs', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 2, maxLength: 6 }), fc.infiniteStream(fc.nat()), (gs, random) => {
        const records = gs.map((g) => g.record)
        const shuffled = [...records].sort(() => (random.next().value % 3) - 1)
        expect(formatChicago(shuffled, { format: 'text' })).toBe(formatChicago(records, { format: 'text' }))
        const notes = formatChicago(shuffled, { format: 'text', note: true }).trimEnd().split('\n')
        expect(notes).toEqual(shuffled.map((r) => formatChicago([r], { format: 'text', note: true }).trimEnd()))
      }),
      { numRuns: 200 },
    )
  })
})
