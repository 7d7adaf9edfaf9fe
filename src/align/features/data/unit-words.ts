// Units that follow a number, as data: the word forms (lower case) that mean each unit,
// per language. "scale" units multiply the number (400 thousand = 400 тыс. = 40 万);
// time units make it a duration. Only forms that cannot be read as anything else after a
// number are listed (Russian "час" but not the prefix "час-", which would take "часть").
export type TimeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year'

export const timeUnitWords: Readonly<Record<TimeUnit, readonly string[]>> = {
  minute: ['minute', 'minutes', 'минута', 'минуты', 'минут', 'минуту', 'minute', 'minuten', 'minuto', 'minutos'],
  hour: [
    'hour', 'hours', 'pm', 'p.m.', "o'clock", 'час', 'часа', 'часов', 'часу', 'часам', 'часами', 'часах',
    'stunde', 'stunden', 'uhr', 'heure', 'heures', 'hora', 'horas',
  ],
  day: [
    'day', 'days', 'день', 'дня', 'дней', 'дню', 'днем', 'днём', 'дням', 'днями', 'днях', 'сутки', 'суток',
    'tag', 'tage', 'tagen', 'tages', 'jour', 'jours', 'día', 'días',
  ],
  week: [
    'week', 'weeks', 'неделя', 'недели', 'неделю', 'недель', 'неделе', 'неделям', 'неделями', 'неделях',
    'woche', 'wochen', 'semaine', 'semaines', 'semana', 'semanas',
  ],
  month: [
    'month', 'months', 'месяц', 'месяца', 'месяцев', 'месяцу', 'месяцем', 'месяцам', 'месяцами', 'месяцах',
    'monat', 'monate', 'monaten', 'monats', 'mois', 'mes', 'meses',
  ],
  year: [
    'year', 'years', 'год', 'года', 'году', 'годом', 'годы', 'годов', 'лет', 'годам', 'годами', 'годах',
    'jahr', 'jahre', 'jahren', 'jahres', 'an', 'ans', 'année', 'années', 'año', 'años',
  ],
}

/** Stems of Russian adjectives made from a unit: "недельного", "дневный", "месячный". They
 * count as a unit after a number prefix ("двух-") or a number with a case ending
 * ("11-ти дневный"). */
export const ruUnitAdjectiveStems: Readonly<Record<TimeUnit, readonly string[]>> = {
  minute: ['минутн'],
  hour: ['часов'],
  day: ['дневн', 'суточн'],
  week: ['недельн'],
  month: ['месячн'],
  year: ['летн', 'годичн', 'годов'],
}

/** Chinese units written right after the number (no space, though a lost glyph may
 * leave one). Longest first. 年 after a four-digit number is a calendar year, not a
 * duration; 月 without 个 is a month of the year (三月 = March), with 个 a duration. */
export const hanTimeUnits: ReadonlyArray<readonly [string, TimeUnit]> = [
  ['个小时', 'hour'], ['小时', 'hour'], ['钟头', 'hour'], ['点钟', 'hour'], ['点', 'hour'],
  ['分钟', 'minute'], ['天', 'day'], ['日', 'day'], ['星期', 'week'], ['礼拜', 'week'], ['周', 'week'],
  ['个月', 'month'], ['年', 'year'],
]

// The word tables below are looked up with any word of a text, so they have no prototype:
// a plain object answered "constructor" with Object.prototype's (a figure before it was
// scaled by a function, NaN; "constructor 5" was a date whose month was a function).
export const scaleWords: Readonly<Record<string, number>> = Object.assign(Object.create(null) as Record<string, number>, {
  thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9,
  тыс: 1e3, 'тыс.': 1e3, тысяча: 1e3, тысячи: 1e3, тысяч: 1e3, тысячу: 1e3, тысячами: 1e3,
  млн: 1e6, 'млн.': 1e6, миллион: 1e6, миллиона: 1e6, миллионов: 1e6,
  tausend: 1e3, millionen: 1e6, mille: 1e3, milliers: 1e3, mil: 1e3, millones: 1e6,
})

/** Month names (lower case, with Russian genitive and prepositional forms) → 1-12. */
export const monthNames: Readonly<Record<string, number>> = Object.assign(Object.create(null) as Record<string, number>, {
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  январь: 1, января: 1, январе: 1, февраль: 2, февраля: 2, феврале: 2, март: 3, марта: 3, марте: 3,
  апрель: 4, апреля: 4, апреле: 4, мая: 5, мае: 5, июнь: 6, июня: 6, июне: 6,
  июль: 7, июля: 7, июле: 7, август: 8, августа: 8, августе: 8, сентябрь: 9, сентября: 9, сентябре: 9,
  октябрь: 10, октября: 10, октябре: 10, ноябрь: 11, ноября: 11, ноябре: 11,
  декабрь: 12, декабря: 12, декабре: 12,
  januar: 1, februar: 2, märz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
})

/** Words that may stand between a figure and its unit: "one more week", "еще две недели"
 * is read with the figure first, so only words after it are listed. */
export const unitFillers: readonly string[] = [
  'more', 'additional', 'further', 'whole', 'full', 'long', 'еще', 'ещё', 'целых', 'полных', 'weitere', 'volle',
]
