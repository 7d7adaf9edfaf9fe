// The little of nspell 2 and the dictionary-* packages that memo uses (no types shipped
// for nspell; the dictionaries' own types say the same).
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean
  }
  function nspell(aff: string | Uint8Array, dic?: string | Uint8Array): NSpell
  export default nspell
}
