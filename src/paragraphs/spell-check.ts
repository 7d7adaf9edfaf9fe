// Hunspell dictionaries (dictionary-ru, dictionary-en) checked by nspell, loaded only when a
// document has a word to check. nspell expands every stem of the .dic file with its affixes
// when it is built: the whole Russian dictionary takes about 10 s, the English one about
// 0.8 s. Only the stems that can make the words asked about are handed to it. Russian has
// no prefixes, so a word begins with its stem's first letters; English prefixes are read
// from the .aff file, and a word that starts with one also keeps the stems that begin
// after it. Built that way a check costs a few hundred milliseconds, and only for words
// the process has not asked about before.
type Checker = (word: string) => boolean

interface Dictionary {
  aff: Uint8Array
  dic: Uint8Array
}

const LOADERS: Record<string, () => Promise<{ default: Dictionary }>> = {
  ru: () => import('dictionary-ru'),
  en: () => import('dictionary-en'),
}

export function hasDictionary(lang: string): boolean {
  return Object.hasOwn(LOADERS, lang)
}

// What the dictionaries answered, per language, for the life of the process: a batch
// worker meets the same cut words in document after document, and building a checker
// (about 150 ms for Russian) for each of them made a batch of 16,000 documents many times
// slower. Only words not yet answered get a checker built for them.
const answered = new Map<string, Map<string, boolean>>()
// The build in progress per language: a worker converts several documents at once, and
// without waiting for it each of them built its own checker for the same first words.
const building = new Map<string, Promise<unknown>>()
interface Decoded {
  aff: string
  /** The .dic file's lines; line 0 is the stem count. */
  lines: string[]
  /** The strings the affix file's prefix rules add. */
  prefixes: string[]
}
const dictionaries = new Map<string, Promise<Decoded>>()

function dictionaryOf(lang: string): Promise<Decoded> {
  let made = dictionaries.get(lang)
  if (!made) {
    made = LOADERS[lang]().then(({ default: dictionary }) => {
      const aff = new TextDecoder().decode(dictionary.aff)
      return { aff, lines: new TextDecoder().decode(dictionary.dic).split('\n'), prefixes: prefixesOf(aff) }
    })
    dictionaries.set(lang, made)
  }
  return made
}

/** A checker that answers for `words` (and only for them: other words may be missing). */
export async function loadChecker(lang: string, words: readonly string[]): Promise<Checker> {
  const known = answered.get(lang) ?? new Map<string, boolean>()
  answered.set(lang, known)
  // a failed build fails its own caller; the others try again
  while (building.has(lang)) await building.get(lang)!.catch(() => undefined)
  const fresh = [...new Set(words)].filter((w) => !known.has(w))
  if (fresh.length) {
    const build = answer(lang, fresh, known)
    building.set(lang, build)
    try {
      await build
    } finally {
      building.delete(lang)
    }
  }
  return (word) => known.get(word) ?? false
}

async function answer(lang: string, fresh: readonly string[], known: Map<string, boolean>): Promise<void> {
  const [{ default: nspell }, { aff, lines, prefixes }] = await Promise.all([import('nspell'), dictionaryOf(lang)])
  const starts = stemStarts(fresh, prefixes)
  const kept = lines.filter((line, i) => {
    if (i === 0) return false
    const stem = line.split('/')[0].toLowerCase()
    return starts.has(stem.slice(0, 2))
  })
  const spell = nspell(aff, `${kept.length}\n${kept.join('\n')}`)
  for (const w of fresh) known.set(w, spell.correct(w))
}

/** The strings the affix file's prefix rules add ("PFX A 0 re ."). */
function prefixesOf(aff: string): string[] {
  const out = new Set<string>()
  for (const m of aff.matchAll(/^PFX[ \t]+\S+[ \t]+\S+[ \t]+(\S+)[ \t]/gmu)) {
    const add = m[1].split('/')[0]
    if (add !== '0' && !/^\d+$/u.test(add)) out.add(add.toLowerCase())
  }
  return [...out]
}

/** The first two letters (lower case) a stem of each word may begin with. A stem shorter
 * than two letters is kept by its one letter as well. */
function stemStarts(words: readonly string[], prefixes: readonly string[]): Set<string> {
  const out = new Set<string>()
  const add = (rest: string) => {
    if (rest.length === 0) return
    out.add(rest.slice(0, 2))
    out.add(rest.slice(0, 1))
  }
  for (const word of words) {
    const lower = word.toLowerCase()
    add(lower)
    for (const p of prefixes) if (lower.startsWith(p)) add(lower.slice(p.length))
  }
  return out
}
