// The names the digital archives give themselves in the publisher slot of a citation, as
// data. The citation's date runs up to one of these and the archive reference starts after it.
export const publishers: readonly string[] = [
  'History and Public Policy Program Digital Archive',
  'Cold War International History Project Digital Archive',
  'Wilson Center Digital Archive',
  'CWIHP Digital Archive',
]
