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
  // most text has neither ё nor a character from U+2E80 up (where Han and kana begin, and
  // the surrogates of those beyond the BMP), and is its own terms: one scan, no new string
  if (!MAY_CHANGE.test(text)) return text
  return pairedCjk(foldYo(text))
}

const MAY_CHANGE = /[\u2e80-\uffffЁё]/
const CJK_CHAR = new RegExp(CJK_CLASS.slice(0, -1), 'u')
let bmpCjk: Uint8Array | undefined

/** The text with each run of Han and kana as its pairs and its last code unit, a space
 * either side: what replace(CJK, run => pairs(run) …) gives, by a scan over a table of the
 * BMP, because matching the Script classes costs many times more a character than a look
 * in the table. */
function pairedCjk(text: string): string {
  const table = (bmpCjk ??= cjkTable())
  let out = ''
  let copied = 0
  for (let i = 0; i < text.length; ) {
    let width = cjkWidth(text, i, table)
    if (width === 0) {
      i++
      continue
    }
    // a run: each character with the one before it is a pair
    const run = i
    let pairs = ''
    let previous = -1
    let chars = 0
    while (width > 0) {
      if (previous >= 0) pairs += (chars > 1 ? ' ' : '') + text.slice(previous, i + width)
      previous = i
      i += width
      chars++
      width = cjkWidth(text, i, table)
    }
    // a run of one character is itself (astral or not); then the run's last code unit, as
    // run.slice(-1) gave it (the index holds it so; unicode61 drops a lone surrogate)
    out += `${text.slice(copied, run)} ${chars === 1 ? text.slice(run, i) : pairs} ${text[i - 1]} `
    copied = i
  }
  return copied === 0 ? text : out + text.slice(copied)
}

/** How many code units the Han or kana character at text[i] takes: 0 when none is there. */
function cjkWidth(text: string, i: number, table: Uint8Array): number {
  if (i >= text.length) return 0
  const c = text.charCodeAt(i)
  if (c < 0xd800 || c > 0xdfff) return table[c]
  if (c > 0xdbff || i + 1 >= text.length) return 0
  const low = text.charCodeAt(i + 1)
  if (low < 0xdc00 || low > 0xdfff) return 0
  return CJK_CHAR.test(text.slice(i, i + 2)) ? 2 : 0
}

function cjkTable(): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && CJK_CHAR.test(String.fromCharCode(c))) table[c] = 1
  return table
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
