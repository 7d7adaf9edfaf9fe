// `memo search QUERY --in OUTDIR`: the paragraphs of a batch's output folder that match, best
// first (bm25), from the index memo batch writes there (search.sqlite). A query in very many
// paragraphs ranks their sections instead, a hit each (search-index.ts says why). Text for
// people, --json for scripts.
import { stat } from 'node:fs/promises'
import { relative, resolve } from 'node:path'
import { styleText } from 'node:util'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Io } from '../io/command-io.js'
import { wantsColor } from '../report/format.js'
import { SEARCH_DB } from '../search/files.js'
import { parseQuery, QueryError } from '../search/query.js'
import { marked, snippetOf } from '../search/snippet.js'
import type { SearchIndex } from '../search/search-index.js'
import { PARAGRAPH_RANKING_UP_TO } from '../search/ranking.js'

export interface SearchOptions {
  in: string
  json?: boolean
  lang?: string
  limit?: number
}

export async function runSearch(query: string, options: SearchOptions, io: Io & { cwd?: string }): Promise<number> {
  const fail = (code: number, message: string) => {
    io.stderr.write(`memo search: ${message}\n`)
    return code
  }
  const cwd = io.cwd ?? resolve('.')
  const dir = resolve(cwd, options.in)
  const shown = relative(cwd, dir) || '.'
  const limit = options.limit ?? 20
  if (!Number.isSafeInteger(limit) || limit < 1) return fail(EXIT_USAGE, '--limit takes a whole number of at least 1')
  let parsed
  try {
    parsed = parseQuery(query)
  } catch (error) {
    if (error instanceof QueryError) return fail(EXIT_USAGE, `cannot read the query ${JSON.stringify(query)}: ${error.message}`)
    throw error
  }
  if (options.lang !== undefined && !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/u.test(options.lang)) return fail(EXIT_USAGE, `--lang takes a language tag such as ru or zh (got "${options.lang}")`)

  const isDir = await stat(dir).then((s) => s.isDirectory(), () => false)
  if (!isDir) return fail(EXIT_FAILED, `${shown} is not a folder; give the --out folder of a memo batch run`)
  const { SearchIndex } = await import('../search/search-index.js')
  let index: SearchIndex | undefined
  try {
    index = SearchIndex.openForSearch(dir)
  } catch (error) {
    return fail(EXIT_FAILED, `${shown}/${SEARCH_DB} cannot be read (${(error as Error).message}); run memo batch again with --out ${shown}`)
  }
  if (!index) return fail(EXIT_FAILED, `${shown} has no search index (${SEARCH_DB}); run memo batch … --out ${shown} first`)

  let found
  try {
    found = index.search(parsed, { ...(options.lang ? { lang: options.lang } : {}), limit })
  } catch (error) {
    // the parser lets through only what FTS5 reads; anything else is still the query's fault
    return fail(EXIT_USAGE, `cannot read the query ${JSON.stringify(query)}: ${(error as Error).message}`)
  } finally {
    index.close()
  }

  const hits = found.hits.map((h) => ({ ...h, snippet: snippetOf(h.text, parsed.marks) }))
  if (options.json) {
    const out = {
      query,
      ...(options.lang ? { lang: options.lang } : {}),
      ranked: found.ranked,
      more: found.more,
      hits: hits.map((h) => ({ id: h.id, ...(h.title ? { title: h.title } : {}), path: h.path, ...(h.output ? { output: h.output } : {}), section: h.section, lang: h.lang, line: h.line, score: Number(h.score.toFixed(6)), snippet: h.snippet.text, marks: h.snippet.ranges, text: h.text })),
    }
    io.stdout.write(JSON.stringify(out, null, 2) + '\n')
    return EXIT_OK
  }
  const color = wantsColor(io.stdout as { isTTY?: boolean }, io.env)
  const open = color ? '\u0000' : '**'
  const lines: string[] = []
  for (const h of hits) {
    const where = `${h.path}:${h.line}`
    lines.push(`${color ? styleText('bold', where) : where}  ${h.lang}  ${h.id}${h.title ? `  ${h.title}` : ''}`)
    const text = marked(h.snippet, open, open)
    lines.push(`    ${color ? text.split('\u0000').map((part, k) => (k % 2 ? styleText(['bold', 'red'], part) : part)).join('') : text}`)
  }
  if (lines.length) io.stdout.write(lines.join('\n') + '\n')
  io.stderr.write(`memo search: ${summary(hits.length, found)}\n`)
  return EXIT_OK
}

/** The line after the hits: how many, and what they are. */
function summary(shown: number, found: { ranked: 'paragraphs' | 'sections'; more: boolean }): string {
  if (shown === 0) return 'no matches'
  if (found.ranked === 'sections') {
    return `more than ${PARAGRAPH_RANKING_UP_TO.toLocaleString('en')} paragraphs match, so their sections were ranked: the first matching paragraph of each of the ${found.more ? `best ${shown} sections; there are more (--limit)` : `${shown} section${shown === 1 ? '' : 's'}`}`
  }
  return found.more ? `the best ${shown} matching paragraphs; there are more (--limit)` : `${shown} matching paragraph${shown === 1 ? '' : 's'}`
}
