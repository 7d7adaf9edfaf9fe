// The Markdown writer's handlers give the same bytes as plain remark-stringify, only
// faster: the text handler (src/writers/markdown-text.ts) skips remark's escaping when it
// would change nothing and otherwise hands it fewer patterns; the root, paragraph and
// heading handlers (src/writers/markdown-blocks.ts) skip position tracking, and the
// emphasis machinery for one text node or link. This checks the promise on random trees of
// hostile text (markup characters, line starts like "1." "-" ">" "#", URLs, entities,
// backslashes, CJK, emoji) in every construct the writer emits and a few it does not, for
// each of its three serialisers.
import fc from 'fast-check'
import type { Heading, PhrasingContent, Root, RootContent, TableCell } from 'mdast'
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { convert } from '../src/convert/convert.js'
import { type Flavour, flavourOf, makeProcessor, toMdast } from '../src/writers/markdown.js'

const PIECES = [
  ...'*_[]<>#|\\!&()`~=+-.:@/ \t\n\r\u00a0wWps01239aZé中文한',
  '1.', '1)', '- ', '+ ', '* ', '> ', '# ', '## ', '---', '***', '___', '===', '```', '~~~', '| --- |', ':-', '|:',
  'http://example.org/a_b*c', 'https://x.y/z?q=1&r=[2]', 'www.example.com', 'mailto:a@b.c', 'a@b.co', '<b>', '</i>', '<!--', '<?x', '<http://a.b>',
  '&amp;', '&#123;', '&x', '\\*', '\\\\', '\\\n', '[1]', '[^1]', '![x](y)', '](', 'a_b_c', '__init__', '**bold**', '_em_', '`code`', '~~del~~',
  '   ', '\n\n', '\r\n', '\n    ', '\n#', '\n1. ', '\n- ', '\n>', '\n|', '\t\n', ' \n', '😀', '👨‍👩‍👧', '1️⃣', '\u0301', '\u200d', '\u2028', '\u0000', '\u007f', '\ufeff',
  'The embassy reports', ' on the harvest plan. ', 'Он сказал: «нет».', '毛泽东同志：', '（一）', '第1号',
]

const hostile = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''))
const nonEmpty = hostile.filter((s) => s.length > 0)
const textNode = nonEmpty.map((value): PhrasingContent => ({ type: 'text', value }))
const url = fc.constantFrom('http://example.org/a_b', 'https://x.y/z?q=1&r=2', 'http://digitalarchive.wilsoncenter.org/document/200000')
const autolink = url.map((u): PhrasingContent => ({ type: 'link', url: u, children: [{ type: 'text', value: u }] }))
// the link handler's other branches: a title, a URL that needs <…> (space, control) or is
// empty, a mailto: autolink, a label that looks like a definition ("a]:")
const anyUrl = fc.oneof(url, fc.constantFrom('', 'mailto:a@b.c', 'http://a b/c', 'http://a\u0001b', 'x:y', '<a>', 'a)b(c', 'a\\', 'http://a\\'))
const title = fc.option(fc.oneof(hostile, fc.constantFrom('"', "'", 'a "b" c')), { nil: undefined })
const label = fc.oneof(nonEmpty, fc.constantFrom('a]:', '\\]:', 'a@b.c', '`a]:`'))
const namedLink = fc.tuple(anyUrl, label, title).map(([u, t, ti]): PhrasingContent => ({ type: 'link', url: u, title: ti, children: [{ type: 'text', value: t }] }))
const emphasis = nonEmpty.map((value): PhrasingContent => ({ type: 'emphasis', children: [{ type: 'text', value }] }))
const strong = nonEmpty.map((value): PhrasingContent => ({ type: 'strong', children: [{ type: 'text', value }] }))
const footnoteRef = fc.constantFrom('1', '2', '1-2', 'a').map((id): PhrasingContent => ({ type: 'footnoteReference', identifier: id, label: id }))

function phrasingOf(withNotes: boolean): fc.Arbitrary<PhrasingContent[]> {
  // an empty text node writes nothing, and the next child still sees what came before it
  const empty = fc.constant<PhrasingContent>({ type: 'text', value: '' })
  const kinds = [textNode, textNode, textNode, autolink, namedLink, emphasis, strong, empty, ...(withNotes ? [footnoteRef] : [])]
  return fc.array(fc.oneof(...kinds), { minLength: 1, maxLength: 6 })
}

function treeOf(flavour: Flavour): fc.Arbitrary<Root> {
  const phrasing = phrasingOf(flavour !== 'plain')
  const block: fc.Arbitrary<RootContent>[] = [
    phrasing.map((children): RootContent => ({ type: 'paragraph', children })),
    phrasing.map((children): RootContent => ({ type: 'paragraph', children })),
    fc.tuple(fc.integer({ min: 1, max: 6 }), phrasing).map(([depth, children]): RootContent => ({ type: 'heading', depth: depth as Heading['depth'], children })),
    // the handlers' short way: a paragraph or heading of one text node or one link
    fc.oneof(textNode, autolink, namedLink).map((only): RootContent => ({ type: 'paragraph', children: [only] })),
    fc.tuple(fc.integer({ min: 1, max: 6 }), fc.oneof(textNode, textNode, autolink)).map(([depth, only]): RootContent => ({ type: 'heading', depth: depth as Heading['depth'], children: [only] })),
  ]
  // blocks the writer does not emit, for the root handler's join rules (lists side by side
  // change bullets, code and rules have rules of their own)
  const item = phrasing.map((children) => ({ type: 'listItem' as const, spread: false, children: [{ type: 'paragraph' as const, children }] }))
  block.push(
    fc.tuple(fc.boolean(), fc.boolean(), fc.array(item, { minLength: 1, maxLength: 3 })).map(([ordered, spread, children]): RootContent => ({ type: 'list', ordered, spread, children })),
    phrasing.map((children): RootContent => ({ type: 'blockquote', children: [{ type: 'paragraph', children }] })),
    hostile.map((value): RootContent => ({ type: 'code', value })),
    fc.constant<RootContent>({ type: 'thematicBreak' }),
  )
  if (flavour !== 'plain') {
    block.push(fc.tuple(fc.constantFrom('1', '2', 'a'), phrasing).map(([id, children]): RootContent => ({ type: 'footnoteDefinition', identifier: id, label: id, children: [{ type: 'paragraph', children }] })))
  }
  if (flavour.startsWith('parallel')) {
    // cells hold one line of text (the table writer joins a paragraph's lines)
    const cellText = hostile.map((s) => s.replace(/[\r\n\u2028]+/g, ' '))
    const cell = fc.array(fc.oneof(cellText.map((value): PhrasingContent => ({ type: 'text', value })), footnoteRef), { maxLength: 3 }).map((children): TableCell => ({ type: 'tableCell', children }))
    block.push(
      fc.integer({ min: 1, max: 3 }).chain((columns) =>
        fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 4 }).map((rows): RootContent => ({
          type: 'table',
          align: Array<null>(columns).fill(null),
          children: rows.map((children) => ({ type: 'tableRow', children })),
        })),
      ),
    )
  }
  const blocks = fc.array(fc.oneof(...block), { minLength: 1, maxLength: 6 }).map((children): Root => ({ type: 'root', children: [{ type: 'yaml', value: 'id: "x"' }, ...children] }))
  // a root of phrasing is written as phrasing, not as blocks
  return fc.oneof({ arbitrary: blocks, weight: 9 }, { arbitrary: phrasing.map((children): Root => ({ type: 'root', children })), weight: 1 })
}

describe('Markdown text handler', () => {
  for (const flavour of ['plain', 'notes', 'parallel', 'parallel-unpadded'] as const) {
    it(`writes the same bytes as plain remark-stringify (${flavour})`, async () => {
      const ours = await makeProcessor(flavour)
      const library = await makeProcessor(flavour, { library: true })
      fc.assert(
        fc.property(treeOf(flavour), (tree) => {
          expect(ours.stringify(structuredClone(tree))).toBe(library.stringify(structuredClone(tree)))
        }),
        { numRuns: 400 },
      )
    })
  }

  it('writes links as remark does, at a line start too', async () => {
    const ours = await makeProcessor('plain')
    const library = await makeProcessor('plain', { library: true })
    // the label is the URL, its mailto: address, text, or code (where "]" is not escaped,
    // so "[`a]:`](b)" would be a definition); the link opens the paragraph
    const text = fc.oneof(label, fc.constantFrom('a@b.c', 'same'))
    const code = fc.constantFrom('a]:', 'a]b', ']:', 'a\\]:')
    const children = fc.oneof(text.map((t) => ({ type: 'text' as const, value: t })), code.map((c) => ({ type: 'inlineCode' as const, value: c })))
    const link = fc.tuple(anyUrl, children, title).map(([u, child, ti]): PhrasingContent => ({ type: 'link', url: u, title: ti, children: [child.value === 'same' ? { ...child, value: u } : child] }))
    const tree = fc.tuple(link, fc.array(textNode, { maxLength: 1 })).map(([first, rest]): Root => ({ type: 'root', children: [{ type: 'paragraph', children: [first, ...rest] }] }))
    fc.assert(
      fc.property(tree, (t) => {
        expect(ours.stringify(structuredClone(t))).toBe(library.stringify(structuredClone(t)))
      }),
      { numRuns: 1000 },
    )
  })

  // The two shapes markdown-blocks.ts writes without containerPhrasing (children with no
  // emphasis or strong; emphasis or strong of one text first, as the source block's
  // "**Archive:** …"), and their near misses: a label that does not begin with a letter or
  // end in punctuation, what follows not beginning with a space, empty children, more
  // attention later, html, in every block that holds a paragraph or heading.
  for (const flavour of ['plain', 'notes'] as const) {
    it(`writes labelled and flat phrasing as remark does (${flavour})`, async () => {
      const ours = await makeProcessor(flavour)
      const library = await makeProcessor(flavour, { library: true })
      const labelText = fc.oneof(
        fc.constantFrom('Archive:', 'Cite as:', 'Reference:', 'Published:', 'a.', 'A', ':', 'a:', 'Z!', 'a *', 'a_', 'é:', 'a:\n', '1:', 'a]', 'a\\', 'a:*', 'a:_', '*a:', '_a:', 'a ', ' a:', 'a\u00a0:', 'a:\u00a0', ''),
        hostile,
      )
      const labelled = fc.tuple(fc.constantFrom('strong', 'emphasis'), labelText).map(([type, value]): PhrasingContent => ({ type, children: [{ type: 'text', value }] }) as PhrasingContent)
      const spaced = hostile.map((v): PhrasingContent => ({ type: 'text', value: ` ${v}` }))
      const empty: PhrasingContent = { type: 'text', value: '' }
      const html = fc.constantFrom<PhrasingContent>({ type: 'html', value: '<br>' }, { type: 'html', value: '<div>' })
      const rest = fc.oneof(spaced, spaced, textNode, autolink, namedLink, fc.constant(empty), html, emphasis, strong, ...(flavour === 'notes' ? [footnoteRef] : []))
      const children = fc.tuple(fc.oneof(labelled, labelled, textNode, autolink, fc.constant(empty)), fc.array(rest, { minLength: 1, maxLength: 5 })).map(([a, more]) => [a, ...more])
      const inBlock = fc.tuple(fc.constantFrom('root', 'item', 'quote', 'heading', 'setext', ...(flavour === 'notes' ? ['footnote'] : [])), children).map(([where, kids]): RootContent => {
        const para: RootContent = { type: 'paragraph', children: kids }
        if (where === 'item') return { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [para] }] }
        if (where === 'quote') return { type: 'blockquote', children: [para] }
        if (where === 'heading') return { type: 'heading', depth: 2, children: kids }
        if (where === 'setext') return { type: 'heading', depth: 1, children: [...kids, { type: 'break' }, { type: 'text', value: 'x' }] }
        if (where === 'footnote') return { type: 'footnoteDefinition', identifier: '1', label: '1', children: [para] }
        return para
      })
      const tree = fc.array(inBlock, { minLength: 1, maxLength: 4 }).map((blocks): Root => ({ type: 'root', children: blocks }))
      fc.assert(
        fc.property(tree, (t) => {
          expect(ours.stringify(structuredClone(t))).toBe(library.stringify(structuredClone(t)))
        }),
        { numRuns: 1500 },
      )
    })
  }

  // The trees memo itself builds, as bench/forks.js times them: every fixture, plain and
  // side by side, against the libraries alone (remark-stringify's handlers).
  it('writes the same bytes as the libraries alone on every fixture, plain and --parallel', async () => {
    const fixtures = readdirSync('fixtures').filter((d) => readdirSync(`fixtures/${d}`).includes('input.txt'))
    expect(fixtures.length).toBeGreaterThan(10)
    for (const d of fixtures) {
      const path = `fixtures/${d}/input.txt`
      const { memo } = await convert({ path, bytes: readFileSync(path) }, { formats: [] })
      for (const parallel of [false, true]) {
        const tree = toMdast(memo!, { parallel })
        const flavour = await flavourOf(tree, memo!)
        const [ours, library] = await Promise.all([makeProcessor(flavour), makeProcessor(flavour, { library: true })])
        expect(ours.stringify(structuredClone(tree)), `${d}${parallel ? ' --parallel' : ''}`).toBe(library.stringify(structuredClone(tree)))
      }
    }
  })

  it('still escapes what would become markup', async () => {
    const ours = await makeProcessor('plain')
    const md = ours.stringify({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: '1. *a* _b_ [c] <d> # e\\*' }] }] })
    expect(md).toBe('1\\. \\*a\\* \\_b\\_ \\[c] \\<d> # e\\\\\\*\n')
  })
})
