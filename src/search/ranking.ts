// How memo search ranks: by bm25 over the matching paragraphs while there are at most this
// many of them, and past that by bm25 over the sections that hold them (a hit each). FTS5
// scores every match before it can sort, about 0.6 µs a row, so a word in most paragraphs
// cannot be ranked paragraph by paragraph in the 50 ms a query may take: `the`, in 321,207
// of the 16,000-document bench index's 935,473 paragraphs, took 186 ms; its 39,666 sections
// take 21 ms. At this many matches paragraph ranking still takes about 30 ms.
// (A constant of its own so that the command can name it without loading SQLite.)
export const PARAGRAPH_RANKING_UP_TO = 30_000
