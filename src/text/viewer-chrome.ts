// The controls of a document viewer that a page embedding a PDF shows around it, which a
// copy of the page keeps as text: "Size: px", "Start display at page:", "Download",
// "Page 1 of 2". A line made of nothing but such controls is not the document's text.
const CONTROLS: readonly RegExp[] = [
  /^Size:[ \t]*(?:\d{1,5}[ \t]*)?px/iu,
  /^Start display at page:?(?:[ \t]*\d{1,5})?/iu,
  /^(?:Download|Embed|Share|Print|Full ?screen|Zoom in|Zoom out|Show more|Report this document|Upload|Sign in)\b/iu,
  /^Page[ \t]+\d{1,5}[ \t]+of[ \t]+\d{1,5}/iu,
  /^\d{1,5}[ \t]*\/[ \t]*\d{1,5}(?![\d/])/u,
]

/** Is this line only viewer controls (one or several run together)? */
export function isViewerChrome(text: string): boolean {
  let rest = text.trim()
  if (rest === '' || rest.length > 120) return false
  for (let guard = 0; rest !== '' && guard < 12; guard++) {
    const hit = CONTROLS.map((re) => re.exec(rest)).find((m) => m !== null)
    if (!hit) return false
    rest = rest.slice(hit[0].length).trimStart()
  }
  return rest === ''
}
