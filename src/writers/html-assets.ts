// The reader's style sheet and script, inlined into every page (-f html): one file that
// opens anywhere, offline, with nothing fetched (the page's Content-Security-Policy forbids
// any request). Kept as data beside html.ts so the page's structure reads on its own.

export const READER_CSS = `
:root { --ink: #1d1d1f; --muted: #5b5b66; --rule: #d9d9e0; --paper: #fff; --hi: #fff3c4; --partner: #dcecff; --flag: #b3261e; --unsure: #8a5a00; }
@media (prefers-color-scheme: dark) { :root { --ink: #e8e8ec; --muted: #a4a4b0; --rule: #3a3a44; --paper: #16161a; --hi: #4a3f12; --partner: #1d3552; --flag: #ff8a80; --unsure: #ffcc66; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 16px/1.55 Georgia, "Noto Serif", "Noto Serif CJK SC", "Songti SC", serif; }
a { color: inherit; overflow-wrap: anywhere; }
.record, .notes { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 0.5rem; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0 0 0.5rem; }
.record dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 1rem 0; font-size: 0.92rem; }
.record dt { color: var(--muted); }
.record dd { margin: 0; overflow-wrap: anywhere; }
.summary { font-style: italic; }
.cite { border: 1px solid var(--rule); border-radius: 6px; padding: 0.6rem 0.8rem; margin: 1rem 0; font-size: 0.92rem; }
.cite h2 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); margin: 0 0 0.3rem; }
.cite .csl-entry { overflow-wrap: anywhere; }
.cite button { margin-top: 0.5rem; font: inherit; padding: 0.2rem 0.8rem; cursor: pointer; }
.status { margin-left: 0.6rem; color: var(--muted); }
.legend { font-size: 0.85rem; color: var(--muted); }
.parallel { display: grid; grid-template-columns: repeat(var(--columns), minmax(0, 1fr)); column-gap: 1.5rem; padding: 0 1rem 2rem; max-width: calc(var(--columns) * 30rem); margin: 0 auto; }
.head { position: sticky; top: 0; background: var(--paper); border-bottom: 2px solid var(--ink); padding: 0.5rem 0 0.3rem; font-weight: bold; z-index: 1; }
.row { display: contents; }
.cell { border-top: 1px solid var(--rule); padding: 0.4rem 0; min-width: 0; }
.cell::before { content: attr(data-label); display: none; }
.para { margin: 0 0 0.6rem; padding: 0.1rem 0.3rem; border-radius: 3px; cursor: pointer; overflow-wrap: anywhere; white-space: pre-line; }
.para:focus { outline: 2px solid var(--muted); }
.para.active { background: var(--hi); }
.para.partner { background: var(--partner); }
.pb::before { content: "‖"; color: var(--muted); padding: 0 0.2em; }
.flag { grid-column: 1 / -1; margin: 0 0 0.4rem; padding: 0.3rem 0.6rem; border-left: 4px solid var(--flag); color: var(--flag); font-size: 0.85rem; }
.flag.unsure { border-left-color: var(--unsure); color: var(--unsure); }
.row.uncertain > .cell { border-top: 2px dashed var(--unsure); }
.row.discrepant > .cell { border-top: 2px solid var(--flag); }
.notes ol { font-size: 0.9rem; }
@media (max-width: 700px) {
  .parallel { grid-template-columns: minmax(0, 1fr); padding: 0 0.75rem 2rem; }
  .head { display: none; }
  .cell { border-top: none; padding: 0.2rem 0; }
  .cell:empty { display: none; }
  .cell:first-child { border-top: 1px solid var(--rule); padding-top: 0.6rem; }
  .cell::before { display: block; font-size: 0.75rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.05em; }
  .record dl { grid-template-columns: minmax(0, 1fr); }
  .record dt { margin-top: 0.3rem; }
}
@media print {
  body { font-size: 10pt; background: #fff; color: #000; }
  .cite button, .status { display: none; }
  .head { position: static; }
  .para.active, .para.partner { background: none; }
  .cell { break-inside: avoid; }
  .flag { color: #000; }
  a[href^="http"]::after { content: ""; }
}
`

/** Click, hover or focus on a paragraph highlights it and the paragraphs of its row in the
 * other columns; the copy button puts the citation's text on the clipboard. */
export const READER_SCRIPT = `
(function () {
  var marked = [];
  function clear() { marked.forEach(function (p) { p.classList.remove('active', 'partner'); }); marked = []; }
  function show(p) {
    clear();
    var row = p.closest('.row');
    if (!row) return;
    row.querySelectorAll('.para').forEach(function (q) { q.classList.add(q === p ? 'active' : 'partner'); marked.push(q); });
  }
  function paraOf(e) { return e.target.closest ? e.target.closest('.para') : null; }
  document.addEventListener('click', function (e) { var p = paraOf(e); if (p) show(p); });
  document.addEventListener('mouseover', function (e) { var p = paraOf(e); if (p) show(p); });
  document.addEventListener('focusin', function (e) { var p = paraOf(e); if (p) show(p); });
  var button = document.getElementById('copy-citation');
  if (button) button.addEventListener('click', function () {
    var text = document.querySelector('.cite .csl-entry').innerText.trim();
    var status = document.getElementById('copy-status');
    function done(ok) { status.textContent = ok ? 'Copied.' : 'Select the citation and copy it.'; }
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
    else done(false);
  });
})();
`
