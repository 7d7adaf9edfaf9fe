// Languages seen in Cold War archive dumps: the English name the archives use, the BCP-47
// tag memo writes, the ISO 639-3 code franc answers with, and the script the text is in.
// Plain data; add a row to teach memo a language.
export type Script = 'Latin' | 'Cyrillic' | 'Han' | 'Hangul' | 'Kana' | 'Arabic' | 'Hebrew' | 'Greek' | 'Devanagari' | 'Thai' | 'Khmer' | 'Lao' | 'Mongolian' | 'Georgian' | 'Armenian' | 'Ethiopic'

export interface Language {
  tag: string
  names: string[]
  iso3: string
  script: Script
}

export const languages: Language[] = [
  { tag: 'en', names: ['English'], iso3: 'eng', script: 'Latin' },
  { tag: 'ru', names: ['Russian'], iso3: 'rus', script: 'Cyrillic' },
  { tag: 'zh', names: ['Chinese', 'Mandarin'], iso3: 'cmn', script: 'Han' },
  { tag: 'de', names: ['German'], iso3: 'deu', script: 'Latin' },
  { tag: 'fr', names: ['French'], iso3: 'fra', script: 'Latin' },
  { tag: 'es', names: ['Spanish'], iso3: 'spa', script: 'Latin' },
  { tag: 'pt', names: ['Portuguese'], iso3: 'por', script: 'Latin' },
  { tag: 'it', names: ['Italian'], iso3: 'ita', script: 'Latin' },
  { tag: 'hu', names: ['Hungarian'], iso3: 'hun', script: 'Latin' },
  { tag: 'pl', names: ['Polish'], iso3: 'pol', script: 'Latin' },
  { tag: 'cs', names: ['Czech'], iso3: 'ces', script: 'Latin' },
  { tag: 'sk', names: ['Slovak'], iso3: 'slk', script: 'Latin' },
  { tag: 'ro', names: ['Romanian'], iso3: 'ron', script: 'Latin' },
  { tag: 'sq', names: ['Albanian'], iso3: 'sqi', script: 'Latin' },
  { tag: 'hr', names: ['Croatian'], iso3: 'hrv', script: 'Latin' },
  { tag: 'sl', names: ['Slovenian', 'Slovene'], iso3: 'slv', script: 'Latin' },
  { tag: 'vi', names: ['Vietnamese'], iso3: 'vie', script: 'Latin' },
  { tag: 'id', names: ['Indonesian'], iso3: 'ind', script: 'Latin' },
  { tag: 'tr', names: ['Turkish'], iso3: 'tur', script: 'Latin' },
  { tag: 'nl', names: ['Dutch'], iso3: 'nld', script: 'Latin' },
  { tag: 'sv', names: ['Swedish'], iso3: 'swe', script: 'Latin' },
  { tag: 'fi', names: ['Finnish'], iso3: 'fin', script: 'Latin' },
  { tag: 'et', names: ['Estonian'], iso3: 'est', script: 'Latin' },
  { tag: 'lv', names: ['Latvian'], iso3: 'lvs', script: 'Latin' },
  { tag: 'lt', names: ['Lithuanian'], iso3: 'lit', script: 'Latin' },
  { tag: 'sr', names: ['Serbian'], iso3: 'srp', script: 'Cyrillic' },
  { tag: 'bg', names: ['Bulgarian'], iso3: 'bul', script: 'Cyrillic' },
  { tag: 'uk', names: ['Ukrainian'], iso3: 'ukr', script: 'Cyrillic' },
  { tag: 'be', names: ['Belarusian'], iso3: 'bel', script: 'Cyrillic' },
  { tag: 'mk', names: ['Macedonian'], iso3: 'mkd', script: 'Cyrillic' },
  { tag: 'mn', names: ['Mongolian'], iso3: 'khk', script: 'Cyrillic' },
  { tag: 'ko', names: ['Korean'], iso3: 'kor', script: 'Hangul' },
  { tag: 'ja', names: ['Japanese'], iso3: 'jpn', script: 'Kana' },
  { tag: 'ar', names: ['Arabic'], iso3: 'arb', script: 'Arabic' },
  { tag: 'fa', names: ['Persian', 'Farsi'], iso3: 'pes', script: 'Arabic' },
  { tag: 'he', names: ['Hebrew'], iso3: 'heb', script: 'Hebrew' },
  { tag: 'el', names: ['Greek'], iso3: 'ell', script: 'Greek' },
  { tag: 'hi', names: ['Hindi'], iso3: 'hin', script: 'Devanagari' },
  { tag: 'th', names: ['Thai'], iso3: 'tha', script: 'Thai' },
  { tag: 'km', names: ['Khmer'], iso3: 'khm', script: 'Khmer' },
  { tag: 'lo', names: ['Lao'], iso3: 'lao', script: 'Lao' },
  { tag: 'ka', names: ['Georgian'], iso3: 'kat', script: 'Georgian' },
  { tag: 'hy', names: ['Armenian'], iso3: 'hye', script: 'Armenian' },
  { tag: 'am', names: ['Amharic'], iso3: 'amh', script: 'Ethiopic' },
]
