// The archives that Cold War document collections cite most, as data: the full name in
// English as the Wilson Center writes it, the abbreviation, the city, and the other spellings
// seen in citations (transliterations, Cyrillic, older names). A citation naming one of these
// by any spelling gets all three fields; an archive missing here is still read from the text
// ("Name (ABBR), City, …") with an info message, so adding a row only improves the record.

export interface Archive {
  name: string
  abbreviation: string
  place: string
  /** Other ways citations write the abbreviation or the name (compared case-sensitively,
   * since "AVP RF" and "avp" are not the same kind of token). */
  aliases: string[]
}

export const archives: readonly Archive[] = [
  { name: 'Archive of Foreign Policy, Russian Federation', abbreviation: 'AVP RF', place: 'Moscow', aliases: ['AVPRF', 'Archive of Foreign Policy of the Russian Federation', 'Foreign Policy Archive of the Russian Federation', 'АВП РФ'] },
  { name: 'Archive of the President, Russian Federation', abbreviation: 'APRF', place: 'Moscow', aliases: ['AP RF', 'Archive of the President of the Russian Federation', 'Presidential Archive, Russian Federation', 'АП РФ', 'АПРФ'] },
  { name: 'Russian State Archive of Contemporary History', abbreviation: 'RGANI', place: 'Moscow', aliases: ['TsKhSD', 'Center for the Storage of Contemporary Documentation', 'РГАНИ', 'ЦХСД'] },
  { name: 'Russian State Archive of Socio-Political History', abbreviation: 'RGASPI', place: 'Moscow', aliases: ['RTsKhIDNI', 'РГАСПИ', 'РЦХИДНИ'] },
  { name: 'State Archive of the Russian Federation', abbreviation: 'GARF', place: 'Moscow', aliases: ['ГАРФ'] },
  { name: 'Russian State Archive of the Economy', abbreviation: 'RGAE', place: 'Moscow', aliases: ['РГАЭ'] },
  { name: 'Central Archive of the Ministry of Defense, Russian Federation', abbreviation: 'TsAMO', place: 'Podolsk', aliases: ['TsAMO RF', 'ЦАМО', 'ЦАМО РФ'] },
  { name: 'Hungarian National Archives', abbreviation: 'MOL', place: 'Budapest', aliases: ['Magyar Országos Levéltár', 'MNL OL', 'National Archives of Hungary'] },
  { name: 'PRC Foreign Ministry Archive', abbreviation: 'PRC FMA', place: 'Beijing', aliases: ['Archive of the Ministry of Foreign Affairs of the People\'s Republic of China', 'Chinese Foreign Ministry Archive', '外交部档案馆'] },
  { name: 'German Federal Archives', abbreviation: 'BArch', place: 'Koblenz', aliases: ['Bundesarchiv'] },
  { name: 'Foundation Archives of Parties and Mass Organizations of the GDR in the Federal Archives', abbreviation: 'SAPMO-BArch', place: 'Berlin', aliases: ['SAPMO'] },
  { name: 'Political Archive of the Federal Foreign Office', abbreviation: 'PA AA', place: 'Berlin', aliases: ['Politisches Archiv des Auswärtigen Amts', 'PAAA'] },
  { name: 'Archive of the Ministry of Foreign Affairs of the Czech Republic', abbreviation: 'AMZV', place: 'Prague', aliases: ['Archiv Ministerstva zahraničních věcí'] },
  { name: 'Polish Foreign Ministry Archive', abbreviation: 'AMSZ', place: 'Warsaw', aliases: ['Archiwum Ministerstwa Spraw Zagranicznych'] },
  { name: 'Romanian Foreign Ministry Archive', abbreviation: 'AMAE', place: 'Bucharest', aliases: ['Arhiva Ministerului Afacerilor Externe'] },
  { name: 'Bulgarian Central State Archive', abbreviation: 'TsDA', place: 'Sofia', aliases: ['Централен държавен архив', 'ЦДА'] },
  { name: 'National Archives and Records Administration', abbreviation: 'NARA', place: 'College Park', aliases: ['US National Archives'] },
  { name: 'The National Archives of the UK', abbreviation: 'TNA', place: 'Kew', aliases: ['The National Archives', 'Public Record Office', 'PRO'] },
]

/** Cities that archives sit in, so that "…, Moscow, f. 5" reads Moscow as the place and
 * not as part of the position inside the archive. */
export const archiveCities: ReadonlySet<string> = new Set([
  ...archives.map((a) => a.place),
  'Beijing', 'Berlin', 'Belgrade', 'Bonn', 'Budapest', 'Bucharest', 'Freiburg', 'Hanoi', 'Havana',
  'Kyiv', 'Kiev', 'London', 'Moscow', 'New Delhi', 'Paris', 'Prague', 'Pyongyang', 'Rome', 'Seoul',
  'Sofia', 'Taipei', 'Tirana', 'Tokyo', 'Ulaanbaatar', 'Vienna', 'Warsaw', 'Washington',
])

/** Every spelling of every archive, longest first, so that "SAPMO-BArch" wins over "BArch"
 * when a reference starts with one of them. Ties go by code units, not localeCompare: the
 * order is then the same on every machine, and ICU's collator (15 ms to set up) stays out of
 * start-up. */
export const archiveSpellings: readonly { spelling: string; archive: Archive }[] = archives
  .flatMap((archive) => [archive.name, archive.abbreviation, ...archive.aliases].map((spelling) => ({ spelling, archive })))
  .sort((a, b) => b.spelling.length - a.spelling.length || (a.spelling < b.spelling ? -1 : a.spelling > b.spelling ? 1 : 0))
