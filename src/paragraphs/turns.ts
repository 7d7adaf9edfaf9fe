// Lines that open a paragraph of their own even when the dump runs them into the lines
// around them: telegram headers ("FROM: Pyongyang", "Sent by wire on…"), which are whole
// paragraphs, and speaker turns ("Comrade Mielke: …"), which start one.

// A telegram's head lines: routing labels with a colon, and the transmission notes.
// A line holding only the telegram's number ("No. 611", "№ 45") is a head line too.
const TELEGRAM = /^(?:(?:FROM|TO|SUBJECT|SUBJ|REF|DATE|NR|CC|INFO|COPY|PRIORITY|CLASSIFICATION)\.?:|Sent by (?:wire|telegraph|cable|radio)\b|(?:Received|Incoming|Outgoing|Sent)[ \t]+(?:telegram|cable|cipher)\b|(?:No|Nr)\.[ \t]{0,2}\d{1,7}$|№[ \t]{0,2}\d{1,7}$)/i
// A speaker: one to four capitalised words (initials and "Kim Il Sung" included) and a colon
// followed by a space or the line end. A time ("10:30") has a digit after the colon.
const TURN = /^(?:\p{Lu}[\p{L}.'’-]{0,30}[ \t]){0,3}\p{Lu}[\p{L}.'’-]{0,30}:(?:[ \t]|$)/u

export function isTelegramHeader(text: string): boolean {
  return TELEGRAM.test(text.trim())
}

export function isSpeakerTurn(text: string): boolean {
  // Every line of a wrapped body is asked; most have no colon, and those need neither the
  // trim nor the Unicode-class regex.
  return text.includes(':') && TURN.test(text.trim())
}

/** A line that must start a paragraph. */
export function startsOwnParagraph(text: string): boolean {
  return isTelegramHeader(text) || isSpeakerTurn(text)
}
