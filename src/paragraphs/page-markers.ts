// Page markers of the current site's text: "(p. 3)" on a line of its own, where a page of
// the original begins. The marker is not text; the paragraph it interrupts is one paragraph
// with a page break at the join.
const MARKER = /^[ \t]{0,8}[([](?:p|pp|page)\.?[ \t]{0,2}\d{1,4}(?:[ \t]{0,2}[-–][ \t]{0,2}\d{1,4})?[)\]][ \t]{0,8}$/i

export function isPageMarker(text: string): boolean {
  return MARKER.test(text)
}

// A paragraph ends on sentence punctuation (a closing quote or bracket may follow) or on a
// colon; a next piece in lower case always continues. A short piece without a final stop
// is a heading or a signature ("Ambassador"), which ends where it ends.
const ENDS_SENTENCE = /[.!?:;…。！？]["'”’»)\]]{0,3}$/u
const STARTS_LOWER = /^["'“‘«(]{0,2}\p{Ll}/u
const RUNNING_TEXT = 60

/** Does a page marker between these two texts stand inside one paragraph? */
export function splitsParagraph(before: string, after: string): boolean {
  const text = before.trimEnd()
  return STARTS_LOWER.test(after) || (text.length >= RUNNING_TEXT && !ENDS_SENTENCE.test(text))
}
