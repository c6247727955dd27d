using System.Security.Cryptography;

namespace ImrCite.Cli.Output.Html;

/// <summary>
/// The reports' style sheet and script, written into each page (or once beside the pages of a report folder).
/// Nothing is fetched: no web fonts, no images but inline SVG, no script but this one. Colours keep a contrast of
/// at least 4.5:1 for text; each outcome also has its own underline, so colour is never the only sign.
/// </summary>
internal static class HtmlAssets
{
    /// <summary>The style sheet.</summary>
    public const string Css = """
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #c9c9c9; --paper: #ffffff; --panel: #f6f7f9; --link: #0b57d0;
  --resolved: #1e6b24; --resolved-bg: #e3f4e6; --unverified: #3949ab; --unverified-bg: #e8eaf6; --note: #455a64; --note-bg: #eceff1;
  --warning: #7a4a00; --warning-bg: #fff1cc; --error: #b3261e; --error-bg: #fde4e2; --focus: #0b57d0; }
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; color: var(--ink); background: var(--paper); font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: var(--link); }
a:focus-visible, [tabindex]:focus-visible, input:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
header.page, main, footer.page { max-width: 90rem; margin: 0 auto; padding: 0 1.25rem; }
header.page { padding-top: 1rem; border-bottom: 1px solid var(--line); }
header.page p { margin: .25rem 0 .75rem; color: var(--muted); }
footer.page { border-top: 1px solid var(--line); margin-top: 2rem; padding-top: .75rem; padding-bottom: 2rem; color: var(--muted); font-size: .9rem; }
h1 { font-size: 1.6rem; margin: .25rem 0; }
h2 { font-size: 1.3rem; margin: 1.75rem 0 .5rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
h4, h5, h6 { font-size: 1rem; margin: 1rem 0 .4rem; }
nav.crumbs { margin: .5rem 0; }
.skip { position: absolute; left: -10000px; top: 0; }
.skip:focus { left: 1rem; top: .5rem; background: var(--paper); padding: .25rem .5rem; z-index: 20; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .5rem; margin: 1rem 0; padding: 0; }
.figures div { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; }
.figures dt { color: var(--muted); font-size: .9rem; }
.figures dd { margin: 0; font-size: 1.4rem; font-weight: 600; }
table { border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--panel); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: .92em; }
.chart { display: block; max-width: 100%; height: auto; margin: .5rem 0; }
.chart text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: #1b1b1b; }
.bar-resolved { fill: var(--resolved); } .bar-unverified { fill: var(--unverified); } .bar-unresolved { fill: var(--error); }
.bar-error { fill: var(--error); } .bar-warning { fill: #9a6200; } .bar-note { fill: var(--note); } .bar-plain { fill: #3f5e8c; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1rem; padding: 0; margin: .5rem 0; list-style: none; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: 4px; font-size: .85rem; font-weight: 600; color: #fff; background: var(--note); white-space: nowrap; }
.badge.resolved { background: var(--resolved); } .badge.unverified { background: var(--unverified); } .badge.unresolved { background: var(--error); }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.note { background: var(--note); }
.badge.decision { background: #37474f; }
.letter { border-top: 2px solid var(--line); margin-top: 2rem; }
.letter-grid { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; align-items: start; }
@media (max-width: 60rem) { .letter-grid { grid-template-columns: minmax(0, 1fr); } }
.letter-text { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: .9rem; line-height: 1.6;
  white-space: pre-wrap; overflow-wrap: anywhere; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin: 0; }
.page-break { display: block; margin: .5rem -1rem; padding: .1rem 1rem; border-top: 2px dashed #6b6b6b; color: var(--muted); font-family: system-ui, sans-serif; font-size: .85rem; }
.ann { position: relative; }
mark.hl { color: var(--ink); border-radius: 2px; padding: 0 1px; cursor: help; }
mark.resolved { background: var(--resolved-bg); border-bottom: 2px solid var(--resolved); }
mark.unverified { background: var(--unverified-bg); border-bottom: 2px dotted var(--unverified); }
mark.note { background: var(--note-bg); border-bottom: 2px solid var(--note); }
mark.unresolved { background: var(--error-bg); border-bottom: 2px dashed var(--error); }
mark.warning { background: var(--warning-bg); border-bottom: 3px dashed var(--warning); }
mark.error { background: var(--error-bg); border-bottom: 3px double var(--error); }
mark.hl:target, .ann:target mark.hl { outline: 3px solid var(--focus); }
.tip { display: none; position: absolute; left: 0; top: 100%; z-index: 10; width: 34rem; max-width: 80vw; margin-top: 2px;
  background: var(--paper); color: var(--ink); border: 1px solid #6b6b6b; border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.18);
  padding: .5rem .75rem; white-space: normal; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: .9rem; line-height: 1.45; cursor: auto; }
.ann:hover > .tip, .ann:focus-within > .tip { display: block; }
body.tips-off .tip { display: none !important; }
.tip-entry { display: block; margin: .2rem 0; }
.tip-entry + .tip-entry { border-top: 1px solid var(--line); padding-top: .3rem; }
.canon { font-weight: 600; }
.legend-swatch { padding: 0 .3rem; }
.items { padding-left: 1.25rem; }
.items > li { margin-bottom: 1rem; }
.item-head { font-weight: 600; }
.cites { list-style: none; padding-left: 0; margin: .25rem 0; }
.cites li { margin: .35rem 0; padding-left: .5rem; border-left: 3px solid var(--line); }
.cites li.resolved { border-left-color: var(--resolved); } .cites li.unverified { border-left-color: var(--unverified); }
.cites li.unresolved, .cites li.error { border-left-color: var(--error); } .cites li.warning { border-left-color: var(--warning); } .cites li.note { border-left-color: var(--note); }
.role { color: var(--muted); font-size: .9rem; }
.whole-letter { border: 1px solid var(--line); border-left: 4px solid var(--warning); background: var(--panel); padding: .5rem .75rem; border-radius: 4px; }
.rule-page { border-top: 1px solid var(--line); margin-top: 1.5rem; }
.rule-page pre { background: var(--panel); padding: .5rem .75rem; overflow-wrap: anywhere; white-space: pre-wrap; border-radius: 4px; }
.search { margin: 1rem 0; }
.search.sticky { position: sticky; top: 0; z-index: 5; background: var(--paper); margin: 0; padding: .75rem 0; border-bottom: 1px solid var(--line); }
.search input { font: inherit; padding: .35rem .5rem; width: min(32rem, 100%); border: 1px solid #6b6b6b; border-radius: 4px; }
.search-status { color: var(--muted); margin-left: .75rem; }
[hidden] { display: none !important; }
.timeline .window { fill: #3f5e8c; } .timeline .window.mtus { fill: var(--resolved); } .timeline .window.open { fill: #5b7db1; }
.timeline .proposed { fill: none; stroke: #7a4a00; stroke-width: 2; stroke-dasharray: 4 3; }
.timeline .gridline { stroke: #d0d0d0; stroke-width: 1; }
.doc { border-top: 1px solid var(--line); margin-top: 1.5rem; }
.doc dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; }
.doc dt { color: var(--muted); }
.doc dd { margin: 0; }
.chain { margin: .25rem 0; }
.depth-1 td:first-child { padding-left: 1.5rem; } .depth-2 td:first-child { padding-left: 2.5rem; } .depth-3 td:first-child { padding-left: 3.5rem; }
""";

    /// <summary>
    /// The script: Escape hides an open explanation (WCAG 1.4.13, dismissible) until focus or the pointer moves on;
    /// a search box filters the rows and groups it names, every word of the query in any order.
    /// </summary>
    public const string Script = """
(function () {
  'use strict';
  var hiddenFor = null;
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      hiddenFor = event.target && event.target.closest ? event.target.closest('.ann') : null;
      var mark = hiddenFor ? hiddenFor.querySelector('mark') : null;
      if (mark && event.target !== mark) { mark.focus(); }
      document.body.classList.add('tips-off');
    }
  });
  document.addEventListener('focusin', function (event) {
    var ann = event.target && event.target.closest ? event.target.closest('.ann') : null;
    if (ann !== hiddenFor) { document.body.classList.remove('tips-off'); hiddenFor = null; }
  });
  document.addEventListener('mouseover', function (event) {
    var ann = event.target && event.target.closest ? event.target.closest('.ann') : null;
    if (ann && ann !== hiddenFor) { document.body.classList.remove('tips-off'); hiddenFor = null; }
  });
  function normalise(text) { return (text || '').toLowerCase().replace(/\s+/g, ' ').trim(); }
  function matches(element, words) {
    var text = normalise(element.getAttribute('data-search'));
    for (var i = 0; i < words.length; i++) { if (text.indexOf(words[i]) < 0) { return false; } }
    return true;
  }
  var inputs = document.querySelectorAll('input[data-filter]');
  for (var k = 0; k < inputs.length; k++) {
    (function (input) {
      var scope = document.getElementById(input.getAttribute('data-filter'));
      var status = document.getElementById(input.getAttribute('data-status'));
      if (!scope) { return; }
      var others = document.querySelectorAll('[data-filter-aside="' + scope.id + '"]');
      function apply() {
        var query = normalise(input.value);
        var words = query === '' ? [] : query.split(' ');
        var shown = 0;
        var groups = scope.querySelectorAll('[data-filter-group]');
        for (var g = 0; g < groups.length; g++) {
          var group = groups[g];
          var own = words.length === 0 || matches(group, words);
          var items = group.querySelectorAll('[data-filter-item]');
          var any = false;
          for (var i = 0; i < items.length; i++) {
            var show = own || matches(items[i], words);
            items[i].hidden = !show;
            if (show) { any = true; shown++; }
          }
          group.hidden = !(own || any);
          // A group shown only for some of its items shows those items, not its own details.
          var details = group.querySelectorAll('[data-filter-detail]');
          for (var d = 0; d < details.length; d++) { details[d].hidden = words.length > 0 && !matches(group, words); }
          if (own && items.length === 0) { shown++; }
        }
        if (status) {
          status.textContent = words.length === 0 ? '' : shown + (shown === 1 ? ' match' : ' matches');
        }
        // What the search does not filter steps aside while a query is typed, so the matches come up under the box.
        for (var o = 0; o < others.length; o++) { others[o].hidden = words.length > 0; }
      }
      input.addEventListener('input', apply);
      if (input.value) { apply(); }
    })(inputs[k]);
  }
})();
""";

    /// <summary>
    /// The style sheet as a page carries it inline: one line. A page is read by browsers, not people, and the
    /// readable form above stays the one definition (a report folder's style sheet file is written from it as it is).
    /// </summary>
    public static string InlineCss { get; } = OneLine(Css);

    /// <summary>The script as a page carries it inline: one line, without its comments.</summary>
    public static string InlineScript { get; } = OneLine(Script);

    /// <summary>The inline script's hash for the pages' Content-Security-Policy, which allows this script and nothing else.</summary>
    public static string ScriptHash { get; } = Sha256(InlineScript);

    /// <summary>The inline style sheet's hash, for the policy of pages that carry it inline.</summary>
    public static string CssHash { get; } = Sha256(InlineCss);

    // Joins the lines with spaces and drops whole-line comments. Safe for these two texts: CSS has no line comments,
    // and every line of the script ends a statement with ';', '{', '}', ',' or '(' (a test keeps it so), so no
    // statement relies on a line break.
    internal static string OneLine(string text) => string.Join(' ', text.Split('\n')
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal)));

    private static string Sha256(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
