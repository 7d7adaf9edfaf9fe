// The words that introduce folios or pages in archive references, as data: after one of
// these, "1-4" is a range and takes an en dash. Anywhere else a hyphen between digits may be
// part of a number ("109-03984-02", a PRC Foreign Ministry file; "XIX-J-1-j", a Hungarian
// record group) and is left as written. "f." is not here: in Russian references it is the
// fond, not a folio.

/** Abbreviations, read only with their period ("ll. 1-4", "Л. 8-9", "S. 12-14"). */
export const locatorAbbreviations: readonly string[] = [
  // Latin-script folios (list, listy) and pages
  'l', 'll', 'L', 'Ll', 'fol', 'fols', 'p', 'pp', 'P', 'Pp',
  // German Blatt and Seite
  'Bl', 'S',
  // Cyrillic лист/листы (folios) and страница (page)
  'л', 'лл', 'Л', 'Лл', 'с', 'стр',
]

/** Whole words, read with a period or a space after them ("list 12-14", "pages 3-5"). */
export const locatorWords: readonly string[] = ['list', 'listy', 'folio', 'folios', 'page', 'pages']
