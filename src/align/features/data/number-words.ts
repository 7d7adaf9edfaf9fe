// Number words, as data. Keys are lower-case word forms; Russian lists its case forms
// because the documents decline them ("двух месяцев", "четыре дня"). Words that are
// mostly something else are left out on purpose: German "ein/eine" (the article),
// Russian "раз" (time/once), French "un/une".
export const numberWords: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  en: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
    seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
    sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  },
  ru: {
    один: 1, одна: 1, одно: 1, одну: 1, одного: 1, одной: 1, одном: 1, одному: 1,
    два: 2, две: 2, двух: 2, двум: 2, двумя: 2,
    три: 3, трех: 3, трёх: 3, трем: 3, трём: 3, тремя: 3,
    четыре: 4, четырех: 4, четырёх: 4, четырем: 4, четырём: 4, четырьмя: 4,
    пять: 5, пяти: 5, пятью: 5, шесть: 6, шести: 6, шестью: 6, семь: 7, семи: 7, семью: 7,
    восемь: 8, восьми: 8, восемью: 8, девять: 9, девяти: 9, девятью: 9,
    десять: 10, десяти: 10, десятью: 10, одиннадцать: 11, одиннадцати: 11,
    двенадцать: 12, двенадцати: 12, пятнадцать: 15, пятнадцати: 15,
    двадцать: 20, двадцати: 20, тридцать: 30, тридцати: 30, сорок: 40, сорока: 40,
    пятьдесят: 50, пятидесяти: 50, сто: 100, ста: 100, двести: 200, триста: 300,
  },
  uk: {
    один: 1, одна: 1, два: 2, дві: 2, двох: 2, три: 3, трьох: 3, чотири: 4, чотирьох: 4,
    "п'ять": 5, шість: 6, сім: 7, вісім: 8, "дев'ять": 9, десять: 10,
  },
  de: {
    eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
    zehn: 10, elf: 11, zwölf: 12, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50,
    hundert: 100,
  },
  fr: {
    deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, vingt: 20, trente: 30, quarante: 40, cinquante: 50, cent: 100,
  },
  es: {
    dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
    once: 11, doce: 12, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, cien: 100,
  },
}

/** Russian number stems that open compound adjectives: "двухнедельного" (two-week),
 * "трехмесячный", "пятилетний". */
export const ruCompoundPrefixes: Readonly<Record<string, number>> = {
  одно: 1, двух: 2, трех: 3, трёх: 3, четырех: 4, четырёх: 4, пяти: 5, шести: 6, семи: 7,
  восьми: 8, девяти: 9, десяти: 10, одиннадцати: 11, двенадцати: 12, пятнадцати: 15,
  двадцати: 20, тридцати: 30, сорока: 40, пятидесяти: 50, ста: 100,
}

/** Han numerals. 十 百 千 万 亿 multiply or add as in 三十五, 四十万, 两千. */
export const hanDigits: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
}
export const hanMultipliers: Readonly<Record<string, number>> = {
  十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10000, 萬: 10000, 亿: 1e8, 億: 1e8,
}
