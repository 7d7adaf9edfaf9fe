// A field's value as one line: an entry is one line of text (memo cite prints one a line),
// so line breaks, tabs and control characters inside a value become single spaces.

export function clean(value: string): string {
  return value.replace(/[\p{Cc}\s]+/gu, ' ').trim()
}
