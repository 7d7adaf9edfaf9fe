// The accented Latin letters of the languages whose dumps reach memo, one alphabet a line.
// Windows-1250 and Windows-1252 (and ISO-8859-2 and Latin-1) put different letters on the
// same bytes: Czech "přirozené" read as Windows-1252 is "pøirozené", Hungarian "ő" is "õ".
// Both read as well-formed words, so decode.ts also asks whether the accented letters of a
// decoding belong to one language's alphabet: "ø" next to "š" belongs to none.
const ALPHABETS: readonly string[] = [
  'áčďéěíňóřšťúůýž', // Czech
  'áäčďéíĺľňóôŕšťúýž', // Slovak
  'ąćęłńóśźż', // Polish
  'áéíóöőúüű', // Hungarian
  'ăâîșțşţ', // Romanian (comma and cedilla forms)
  'čćđšž', // Croatian, Bosnian, Serbian (Latin)
  'čšž', // Slovene
  'äöüß', // German
  'àâæçéèêëîïôœùûüÿ', // French
  'áéíñóúü', // Spanish
  'àèéìíîòóùú', // Italian
  'áâãàçéêíóôõú', // Portuguese
  'äöå', // Swedish, Finnish
  'æøå', // Danish, Norwegian
  'áðéíóúýþæö', // Icelandic
  'āčēģīķļņōŗšūž', // Latvian
  'ąčęėįšųūž', // Lithuanian
  'äõöüšž', // Estonian
  'çğıöşüâî', // Turkish
  'ëç', // Albanian
].map((a) => a + a.toUpperCase())

const ACCENTED_LATIN = /(?![A-Za-z])\p{Script=Latin}/gu

/** The share of accented Latin letters in `text` that the best single alphabet above
 * holds; 1 when there are none. */
export function alphabetFit(text: string): number {
  const counts = new Map<string, number>()
  let all = 0
  for (const m of text.matchAll(ACCENTED_LATIN)) {
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1)
    all++
  }
  if (all === 0) return 1
  let best = 0
  for (const alphabet of ALPHABETS) {
    let held = 0
    for (const [letter, n] of counts) if (alphabet.includes(letter)) held += n
    if (held > best) best = held
  }
  return best / all
}
