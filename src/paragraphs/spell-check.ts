// Hunspell dictionaries (dictionary-ru, dictionary-en) checked by nspell, loaded only when a
// document has a word to check. nspell expands every stem of the .dic file with its affixes
// when it is built: the whole Russian dictionary takes 2.4 s, the English one 0.26 s. Only
// the stems that can make the words asked about are handed to it (dictionary-subset.ts),
// and only for words the process has not asked about before.
import { type Dictionary as Read, dictionarySubset, readDictionary } from './dictionary-subset.js'

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
// (tens of milliseconds, and more for a long list of words) for each of them made a batch
// of 16,000 documents many times slower. Only words not yet answered get a checker built
// for them.
const answered = new Map<string, Map<string, boolean>>()
// The build in progress per language: a worker converts several documents at once, and
// without waiting for it each of them built its own checker for the same first words.
const building = new Map<string, Promise<unknown>>()
const dictionaries = new Map<string, Promise<Read>>()

function dictionaryOf(lang: string): Promise<Read> {
  let made = dictionaries.get(lang)
  if (!made) {
    made = LOADERS[lang]().then(({ default: dictionary }) => readDictionary(new TextDecoder().decode(dictionary.aff), new TextDecoder().decode(dictionary.dic)))
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
  const [{ default: nspell }, dictionary] = await Promise.all([import('nspell'), dictionaryOf(lang)])
  const kept = dictionarySubset(dictionary, fresh)
  const spell = nspell(dictionary.aff, `${kept.length}\n${kept.join('\n')}`)
  for (const w of fresh) known.set(w, spell.correct(w))
}
