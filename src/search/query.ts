// memo search's query language → an FTS5 MATCH expression over the terms column.
//   mao zedong          both words (AND is implied; AND may be written)
//   "foreign minister"  a phrase: the words next to each other
//   minist*             a prefix ("foreign min"* for a phrase ending in one)
//   a OR b, a NOT b, ( … )
//   毛泽东               Chinese without spaces (terms.ts: pairs of characters)
// Parsed here rather than handed to SQLite as it is, because the words must go through the
// same folding as the indexed text, and so that a bad query gets a message that says what
// is wrong in the user's words instead of SQLite's "fts5: syntax error near …".
import { cjkRuns, isCjk, queryTokens } from './terms.js'

export class QueryError extends Error {}

/** What the snippets mark: whole words, word prefixes and CJK strings (folded). */
export interface Marks {
  words: string[]
  prefixes: string[]
  cjk: string[]
}

export interface ParsedQuery {
  match: string
  /** The match without its NOT parts: true of every paragraph `match` is true of, and so of
   * every section holding one (section-hits.ts ranks sections by it). */
  positive: string
  marks: Marks
}

/** An expression as FTS5 reads it, and the same without its NOT parts. */
interface Expr {
  full: string
  positive: string
}

type Lexeme = { kind: 'word' | 'phrase'; text: string; prefix: boolean } | { kind: 'op'; text: 'AND' | 'OR' | 'NOT' } | { kind: '(' } | { kind: ')' }

function lex(query: string): Lexeme[] {
  const out: Lexeme[] = []
  let i = 0
  while (i < query.length) {
    const c = query[i]
    if (/\s/u.test(c)) i++
    else if (c === '(' || c === ')') {
      out.push(c === '(' ? { kind: '(' } : { kind: ')' })
      i++
    } else if (c === '"' || c === '“' || c === '”') {
      const end = query.slice(i + 1).search(/["“”]/u)
      if (end === -1) throw new QueryError('a phrase is not closed: a " is missing')
      const text = query.slice(i + 1, i + 1 + end)
      i += end + 2
      const prefix = query[i] === '*'
      if (prefix) i++
      out.push({ kind: 'phrase', text, prefix })
    } else {
      const m = /^[^\s()"“”]+/u.exec(query.slice(i))!
      const word = m[0]
      i += word.length
      if (word === 'AND' || word === 'OR' || word === 'NOT') out.push({ kind: 'op', text: word })
      else {
        const prefix = word.endsWith('*')
        const text = prefix ? word.slice(0, -1) : word
        if (text.includes('*')) throw new QueryError(`"${word}": a * goes at the end of a word (minist*)`)
        out.push({ kind: 'word', text, prefix })
      }
    }
  }
  return out
}

export function parseQuery(query: string): ParsedQuery {
  const lexemes = lex(query)
  if (lexemes.length === 0) throw new QueryError('the query is empty')
  const marks: Marks = { words: [], prefixes: [], cjk: [] }
  let at = 0
  const peek = () => lexemes[at]
  const isOp = (text: string) => { const l = lexemes[at]; return l?.kind === 'op' && l.text === text }
  const starts = (l: Lexeme | undefined) => l !== undefined && (l.kind === 'word' || l.kind === 'phrase' || l.kind === '(')

  // or := and (OR and)* ; and := not ([AND] not)* ; not := unit (NOT unit)*
  const join = (parts: Expr[], op: string): Expr =>
    parts.length === 1 ? parts[0] : { full: `(${parts.map((p) => p.full).join(` ${op} `)})`, positive: `(${parts.map((p) => p.positive).join(` ${op} `)})` }
  const or = (negated: boolean): Expr => {
    const parts = [and(negated)]
    while (isOp('OR')) {
      at++
      if (!starts(peek())) throw new QueryError('OR needs a word after it')
      parts.push(and(negated))
    }
    return join(parts, 'OR')
  }
  const and = (negated: boolean): Expr => {
    const parts = [not(negated)]
    for (;;) {
      const l = peek()
      if (l?.kind === 'op' && l.text === 'AND') {
        at++
        if (!starts(peek())) throw new QueryError('AND needs a word after it')
      } else if (!starts(l)) break
      parts.push(not(negated))
    }
    return join(parts, 'AND')
  }
  const not = (negated: boolean): Expr => {
    let left = unit(negated)
    while (isOp('NOT')) {
      at++
      if (!starts(peek())) throw new QueryError('NOT needs a word after it')
      left = { full: `(${left.full} NOT ${unit(!negated).full})`, positive: left.positive }
    }
    return left
  }
  const unit = (negated: boolean): Expr => {
    const l = lexemes[at++]
    if (l === undefined) throw new QueryError('the query ends too early')
    if (l.kind === '(') {
      if (peek()?.kind === ')') throw new QueryError('( ) holds nothing')
      const inner = or(negated)
      if (lexemes[at++]?.kind !== ')') throw new QueryError('a ( is not closed')
      return inner
    }
    if (l.kind === ')') throw new QueryError('a ) has no ( before it')
    if (l.kind === 'op') throw new QueryError(`${l.text} needs a word before it (a ${l.text} b)`)
    const { tokens, prefix: lonePrefix } = queryTokens(l.text)
    if (tokens.length === 0) throw new QueryError(`"${l.text}" has no letter or digit to search for`)
    if (!negated) {
      marks.cjk.push(...cjkRuns(l.text))
      const words = tokens.filter((t) => !isCjk(t))
      if (l.prefix && words.length && !isCjk(tokens[tokens.length - 1])) {
        marks.prefixes.push(words.pop()!)
      }
      marks.words.push(...words)
    }
    const phrase = `"${tokens.join(' ')}"${l.prefix || lonePrefix ? ' *' : ''}`
    return { full: phrase, positive: phrase }
  }

  const expression = or(false)
  if (at < lexemes.length) {
    const l = lexemes[at]
    throw new QueryError(l.kind === ')' ? 'a ) has no ( before it' : 'the query could not be read past its end')
  }
  return { match: `terms : (${expression.full})`, positive: `terms : (${expression.positive})`, marks: dedupe(marks) }
}

function dedupe(m: Marks): Marks {
  return { words: [...new Set(m.words)].sort(), prefixes: [...new Set(m.prefixes)].sort(), cjk: [...new Set(m.cjk)].sort() }
}
