// How text becomes searchable terms, one rule for the index and for the queries.
// SQLite's unicode61 tokenizer splits on anything that is not a letter or digit, folds case
// and (remove_diacritics 2) Latin accents. Two things it cannot do, done here before it sees
// the text:
//   Chinese and Japanese write words without spaces, and unicode61 would make a whole run of
//   Han or kana one token, so a word inside it could never be found. Each run becomes its
//   overlapping pairs of characters plus its last character alone ("毛泽东同志" →
//   "毛泽 泽东 东同 同志 志"): a word of two or more characters is the phrase of its pairs,
//   and one character is a prefix query on the pairs (it starts one, or ends the run).
//   Why pairs and not the trigram tokenizer: trigram finds nothing shorter than three
//   characters, and most Chinese words are two (中国, 苏联, 同志); it would also make every
//   English word a substring match ("war" in "software").
//   Russian "ё" is written "е" as often as not (Хрущёв, Хрущев); unicode61 keeps them apart.

/** The FTS5 tokenizer of every table the search makes. */
export const TOKENIZER = 'unicode61 remove_diacritics 2'

const CJK_CLASS = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc]+'
const CJK = new RegExp(CJK_CLASS, 'gu')
const CJK_SPLIT = new RegExp(`(${CJK_CLASS})`, 'u')
const CJK_WHOLE = new RegExp(`^${CJK_CLASS}$`, 'u')

/** The text as the index stores it (its terms column). */
export function indexText(text: string): string {
  return foldYo(text).replace(CJK, (run) => ` ${pairs(run).join(' ')} ${run.slice(-1)} `)
}

/** Overlapping pairs of a run ("毛泽东" → 毛泽, 泽东); a run of one is itself. */
export function pairs(run: string): string[] {
  const chars = [...run]
  if (chars.length < 2) return chars
  const out: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1])
  return out
}

export function foldYo(text: string): string {
  return text.replace(/ё/giu, (c) => (c === 'ё' ? 'е' : 'Е'))
}

/** A query term's tokens for an FTS5 phrase, and whether its last must be a prefix (a lone
 * Han character is the start of a pair). Empty when it holds no letter or digit. */
export function queryTokens(text: string): { tokens: string[]; prefix: boolean } {
  const tokens: string[] = []
  let prefix = false
  for (const [word] of foldYo(text).matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    // a word that mixes scripts splits where a CJK run starts or ends ("X光" → x, 光)
    for (const piece of word.split(CJK_SPLIT)) {
      if (!piece) continue
      const cjk = isCjk(piece)
      tokens.push(...(cjk ? pairs(piece) : [piece.toLowerCase()]))
      prefix = cjk && [...piece].length === 1
    }
  }
  return { tokens, prefix }
}

export function isCjk(text: string): boolean {
  return CJK_WHOLE.test(text)
}

/** The runs of Han and kana in a text. */
export function cjkRuns(text: string): string[] {
  return text.match(CJK) ?? []
}

/** A word as unicode61 with remove_diacritics 2 compares it, near enough for marking. */
export function foldWord(word: string): string {
  return foldYo(word).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** A document's terms with their counts, "term count" a line in code unit order (the
 * client-side index's unit): the words of texts already through indexText, folded as
 * foldWord folds them. Each distinct word is folded once, after counting. */
export function termCounts(indexed: Iterable<string>): string {
  const raw = new Map<string, number>()
  for (const text of indexed) eachWord(text, (word) => raw.set(word, (raw.get(word) ?? 0) + 1))
  const counts = new Map<string, number>()
  for (const [word, n] of raw) {
    // An ASCII word folds to its lower case: no accent, no mark, no ё. Most words are.
    const term = PLAIN.test(word) ? word : ASCII.test(word) ? word.toLowerCase() : undefined
    if (term !== undefined) {
      counts.set(term, (counts.get(term) ?? 0) + n)
      continue
    }
    // a word of marks alone folds to nothing; one folded word may still be several terms
    const folded = foldedOnce(word)
    if (WHOLE_TERM.test(folded)) counts.set(folded, (counts.get(folded) ?? 0) + n)
    else for (const [part] of folded.matchAll(/[\p{L}\p{N}]+/gu)) counts.set(part, (counts.get(part) ?? 0) + n)
  }
  // sort() without a comparator orders strings by code unit, as the client index expects
  return [...counts.keys()]
    .sort()
    .map((t) => `${t} ${counts.get(t)}`)
    .join('\n')
}

/** foldWord of the words met already (a worker folds the same words in document after
 * document: normalize and two replaces each), forgotten when it grows past FOLDED_MAX. */
const folded = new Map<string, string>()
const FOLDED_MAX = 1 << 17

function foldedOnce(word: string): string {
  let out = folded.get(word)
  if (out === undefined) {
    if (folded.size >= FOLDED_MAX) folded.clear()
    folded.set(word, (out = foldWord(word)))
  }
  return out
}

/** A word folding leaves as it is. */
const PLAIN = /^[a-z0-9]+$/u
const ASCII = /^[A-Za-z0-9]+$/u
/** A folded word that is one term (as matchAll would find it, in one piece). */
const WHOLE_TERM = /^[\p{L}\p{N}]+$/u

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u
let bmpWordChars: Uint8Array | undefined

/** Each run of letters, digits and marks (marks stay in the word, so that folding takes
 * them off as it would from the whole text). A scan over a table of the BMP's code units:
 * matchAll with the same class took five times as long, the most of a batch's index work. */
function eachWord(text: string, take: (word: string) => void): void {
  const table = (bmpWordChars ??= wordCharTable())
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    let word = false
    if (i < text.length) {
      const c = text.charCodeAt(i)
      if (c < 0xd800 || c > 0xdfff) word = table[c] === 1
      else if (c <= 0xdbff && i + 1 < text.length) {
        // a character beyond the BMP: its two code units stand or fall together
        word = WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!))
        if (word) {
          if (start < 0) start = i
          i++
          continue
        }
      }
    }
    if (word) {
      if (start < 0) start = i
    } else if (start >= 0) {
      take(text.slice(start, i))
      start = -1
    }
  }
}

function wordCharTable(): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && WORD_CHAR.test(String.fromCharCode(c))) table[c] = 1
  return table
}
