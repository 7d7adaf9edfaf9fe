// How many Latin-script letters one character of each script is worth, as a starting point
// for the length model. The model then learns the real ratio of each document's language
// pair, so these only need to put mixed-script paragraphs (Latin names inside Chinese, say)
// on one scale. Figures: Han text runs about 3-4.5 times denser than English in the
// translations we measured; kana and Hangul sit in between.
export const scriptWeights: ReadonlyArray<readonly [script: RegExp, weight: number]> = [
  [/\p{Script=Han}/u, 3.5],
  [/\p{Script=Hiragana}|\p{Script=Katakana}/u, 2],
  [/\p{Script=Hangul}/u, 2.5],
  [/[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u, 1],
]
