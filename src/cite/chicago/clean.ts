// A field's value as one line: an entry is one line of text (memo cite prints one a line),
// so line breaks, tabs and control characters inside a value become single spaces.

export function clean(value: string): string {
  // most values hold no more than single spaces, which the replacement would copy as they are
  return (UNCLEAN.test(value) ? value.replace(/[\p{Cc}\s]+/gu, ' ') : value).trim()
}

/** What the replacement changes: a run of two, or one that is not a space. */
const UNCLEAN = /(?! )[\p{Cc}\s]|[\p{Cc}\s]{2}/u
