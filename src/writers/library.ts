// A library: one file that holds many documents' outputs of one format (a batch's
// library.json, library.bib). A writer that has one declares it (Writer.library); memo
// batch writes one library per writer that declares one, at the top of --out, so a new
// library is one line in its writer.
//
// The declaration says how to join: the ids in one document's output (citation keys, CSL
// ids), which are made unique across the file (uniqueKeys: the second "x" becomes "x-2"),
// how to write one output as a piece of the file with its new ids, and what goes around
// and between the pieces. It works one document at a time, so a batch can stream a library
// of 16,000 documents from its manifest in two passes (the ids first, then the pieces)
// instead of holding every output at once.
import { uniqueKeys } from './citation-key.js'

export interface Library {
  /** The file's name at the top of a batch's --out. */
  file: string
  /** The name under which a batch's manifest keeps each document's output for it. */
  field: string
  /** The ids one output holds, in order. */
  ids(output: string): string[]
  /** The output as a piece of the file, its ids replaced in order by what `nextId` gives
   * (one call per id that ids() found); '' leaves the document out. */
  piece(output: string, nextId: () => string): string
  /** Before the first piece, between two pieces, after the last; `empty` is the whole file
   * when there is no piece. */
  open: string
  between: string
  close: string
  empty: string
  /** Its first id for a document is that document's citekey in a batch's index.json. */
  citekeys?: boolean
}

/** One library file as a stream of text: pieces in document order, given the ids of every
 * document beforehand (the first pass). */
export class LibraryJoin {
  private readonly unique: string[]
  private next = 0
  private pieces = 0

  constructor(
    readonly library: Library,
    ids: readonly string[],
  ) {
    this.unique = uniqueKeys(ids)
  }

  /** The unique id the next id will get (a document's citekey, before its piece). */
  peek(): string | undefined {
    return this.unique[this.next]
  }

  /** One document's output as the text that follows what came before. */
  add(output: string): string {
    const piece = this.library.piece(output, () => this.unique[this.next++])
    if (piece === '') return ''
    return (this.pieces++ === 0 ? this.library.open : this.library.between) + piece
  }

  /** The text that ends the file. */
  end(): string {
    return this.pieces > 0 ? this.library.close : this.library.empty
  }
}
