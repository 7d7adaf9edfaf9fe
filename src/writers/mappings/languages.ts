// BCP-47 primary language subtags → the names bibliographies want: biblatex's langid and
// origlanguage take babel/polyglossia language names; RIS and notes take English names.
export const languageNames: Readonly<Record<string, { babel: string; english: string }>> = {
  en: { babel: 'english', english: 'English' },
  ru: { babel: 'russian', english: 'Russian' },
  zh: { babel: 'chinese', english: 'Chinese' },
  de: { babel: 'german', english: 'German' },
  fr: { babel: 'french', english: 'French' },
  hu: { babel: 'magyar', english: 'Hungarian' },
  pl: { babel: 'polish', english: 'Polish' },
  cs: { babel: 'czech', english: 'Czech' },
  ro: { babel: 'romanian', english: 'Romanian' },
  bg: { babel: 'bulgarian', english: 'Bulgarian' },
  ko: { babel: 'korean', english: 'Korean' },
  ja: { babel: 'japanese', english: 'Japanese' },
  vi: { babel: 'vietnamese', english: 'Vietnamese' },
  es: { babel: 'spanish', english: 'Spanish' },
  it: { babel: 'italian', english: 'Italian' },
  uk: { babel: 'ukrainian', english: 'Ukrainian' },
  sr: { babel: 'serbian', english: 'Serbian' },
  mn: { babel: 'mongolian', english: 'Mongolian' },
  sq: { babel: 'albanian', english: 'Albanian' },
}

export function languageName(tag: string | undefined, kind: 'babel' | 'english'): string | undefined {
  if (!tag) return undefined
  return languageNames[tag.toLowerCase().split('-')[0]]?.[kind]
}
