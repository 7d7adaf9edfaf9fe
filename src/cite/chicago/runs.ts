// What a Chicago entry is made of, and how its parts are joined. An entry is a list of parts
// (the author, the title, the date, the archive reference, …); a part is a list of runs, so
// that the same entry renders as plain text and as HTML and the two never disagree.
//
// Joining follows CMOS 17th ed. on punctuation with quotation marks and titles:
// - the period or comma that closes a part goes inside a closing quotation mark, single or
//   double (American style, CMOS 6.9): “Title.” and “Title,” and “On the ‘Open Door.’”;
// - a part ending in a question mark or an exclamation point takes neither a period nor a
//   comma after it: the mark already ends the element (CMOS 6, on question marks and
//   exclamation points beside other punctuation);
// - a part ending in a period (an abbreviation: "n.d.", "N.V.") takes no second period, but
//   keeps a following comma ("n.d., f. 7"), as an abbreviation's period does in running text;
// - punctuation after an italic title is roman (CMOS 6.2): <i>Title</i>, not <i>Title,</i>.

export type Run =
  | { kind: 'text'; text: string }
  /** A title in quotation marks: the marks are added when the run is rendered. */
  | { kind: 'quoted'; text: string }
  /** A published book's title: <i> in HTML, plain in text. */
  | { kind: 'italic'; text: string }
  /** A URL: a link in HTML when it is http(s). */
  | { kind: 'link'; text: string }

export type Part = Run[]

export type Mark = '.' | ','

export const text = (t: string): Run => ({ kind: 'text', text: t })

/** The part's runs with `mark` put after it by the rules above. */
function punctuate(part: Part, mark: Mark): Part {
  const last = part[part.length - 1]
  if (!last) return part
  const end = finalMark(last.text)
  if (end === '?' || end === '!' || (end === '.' && mark === '.')) return part
  if (last.kind === 'quoted') return [...part.slice(0, -1), { kind: 'quoted', text: insideClosingQuote(last.text, mark) }]
  if (last.kind === 'text') return [...part.slice(0, -1), text(insideClosingQuote(last.text, mark))]
  return [...part, text(mark)]
}

/** Parts joined with `separator` and a space, the whole closed by one period. */
export function joinParts(parts: readonly Part[], separator: Mark): Part {
  const kept = parts.filter((p) => p.some((r) => r.text !== ''))
  const out: Part = []
  kept.forEach((part, i) => {
    const last = i === kept.length - 1
    out.push(...punctuate(part, last ? '.' : separator))
    if (!last) out.push(text(' '))
  })
  return merge(out)
}

/** The last character that decides the punctuation: the one before any closing quotation
 * marks (“On ‘Who Lost China?’” ends in "?"). */
function finalMark(value: string): string {
  // a loop, not /[”’"]+$/: that regex retried at every position of a long run of quotation
  // marks is quadratic
  let end = value.length
  while (end > 0 && '”’"'.includes(value[end - 1])) end--
  return value.slice(end - 1, end)
}

/** "On the ‘Open Door’" + "." → "On the ‘Open Door.’": a mark goes inside a closing single
 * quotation mark, when one closes a quotation the value opened (a final ’ with no ‘ before
 * it is an apostrophe: "the Allies’"). */
function insideClosingQuote(value: string, mark: Mark): string {
  if (value.endsWith('’') && value.includes('‘')) return `${value.slice(0, -1)}${mark}’`
  if (value.endsWith('”') && value.includes('“')) return `${value.slice(0, -1)}${mark}”`
  return value + mark
}

/** Neighbouring text runs as one (the output is the same; the runs are fewer). */
function merge(runs: Part): Part {
  const out: Part = []
  for (const r of runs) {
    const prev = out[out.length - 1]
    if (r.kind === 'text' && prev?.kind === 'text') out[out.length - 1] = text(prev.text + r.text)
    else out.push(r)
  }
  return out
}

export function renderText(part: Part): string {
  return part.map((r) => (r.kind === 'quoted' ? `“${r.text}”` : r.text)).join('')
}

export function renderHtml(part: Part): string {
  return part
    .map((r) => {
      const t = escapeHtml(r.text)
      if (r.kind === 'quoted') return `“${t}”`
      if (r.kind === 'italic') return `<i>${t}</i>`
      // only a web address becomes a link: a "javascript:" value stays text
      if (r.kind === 'link' && /^https?:\/\//iu.test(r.text)) return `<a href="${t}">${t}</a>`
      return t
    })
    .join('')
}

function escapeHtml(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;')
}
