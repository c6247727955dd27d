// Why this file is long (~480 lines): one letter's page — merging overlapping citations and findings into
// highlights, rendering the text around them, and the structure panel that links back to them — shares the
// highlight indexes built in the constructor; the page-level pieces (assets, summary, folder) are in their own files.
using ImrCite.Citations;

namespace ImrCite.Cli.Output.Html;

/// <summary>
/// One letter in a report: its text as extracted, PDF page breaks shown, each citation and finding highlighted by
/// outcome, with an explanation (outcome, canonical form; each finding's severity, rule, message and rule page) that
/// opens on hover and on keyboard focus and is the highlight's accessible description; beside it the letter's
/// structure — each disputed item, its decision, who cited what and what each citation resolved to — and its findings.
/// Citations and findings whose spans overlap share one highlight, coloured by the worst of them.
/// </summary>
internal sealed class LetterView
{
    private readonly LetterReport _report;
    private readonly LetterDocument? _letter;
    private readonly string _prefix;
    private readonly Func<RuleDescriptor, string> _ruleHref;
    private readonly List<Highlight> _highlights = new();
    private readonly int[] _citationHighlight;
    private readonly int[] _findingHighlight;

    /// <summary>Characters of the text that one highlight covers, and what it stands for.</summary>
    private sealed class Highlight
    {
        public int Start;
        public int End;
        public readonly List<int> Citations = new();
        public readonly List<int> Findings = new();
        public string Kind = "resolved";
    }

    /// <summary>
    /// Prepares a letter's view; <paramref name="prefix"/> makes its element ids unique in the page,
    /// <paramref name="ruleHref"/> gives each rule's page.
    /// </summary>
    public LetterView(LetterReport report, LetterDocument? letter, string prefix, Func<RuleDescriptor, string> ruleHref)
    {
        _report = report;
        _letter = letter;
        _prefix = prefix;
        _ruleHref = ruleHref;
        _citationHighlight = Enumerable.Repeat(-1, report.Citations.Count).ToArray();
        _findingHighlight = Enumerable.Repeat(-1, report.Findings.Count).ToArray();
        if (letter is not null)
        {
            BuildHighlights(letter.Text);
        }
    }

    /// <summary>The kinds of highlight, worst last, with the legend's words.</summary>
    public static IReadOnlyList<(string Kind, string Label)> Kinds { get; } = new[]
    {
        ("resolved", "Resolved and checked"),
        ("note", "Resolved, with a note"),
        ("unverified", "Unverified: a topic of a guideline the catalogue holds only in part"),
        ("unresolved", "Not resolved"),
        ("warning", "Warning"),
        ("error", "Error"),
    };

    private static int Rank(string kind)
    {
        for (int i = 0; i < Kinds.Count; i++)
        {
            if (Kinds[i].Kind == kind)
            {
                return i;
            }
        }
        return 0;
    }

    /// <summary>A finding about the whole input (an unread file, a letter without items): at its first character, no span.</summary>
    private static bool IsAboutWholeLetter(LetterFinding finding) =>
        finding.Line == 1 && finding.Column == 1 && finding.EndLine == 1 && finding.EndColumn == 1;

    private int Offset(int line, int column, int length) =>
        Math.Clamp(_letter!.Lines.GetLineStart(line) + column - 1, 0, length);

    private void BuildHighlights(string text)
    {
        var spans = new List<(int Start, int End, int Citation, int Finding)>();
        for (int i = 0; i < _report.Citations.Count; i++)
        {
            var c = _report.Citations[i];
            int start = Offset(c.Line, c.Column, text.Length);
            spans.Add((start, Math.Max(start + 1, Offset(c.EndLine, c.EndColumn, text.Length)), i, -1));
        }
        for (int i = 0; i < _report.Findings.Count; i++)
        {
            var f = _report.Findings[i];
            if (IsAboutWholeLetter(f))
            {
                continue;
            }
            int start = Offset(f.Line, f.Column, text.Length);
            spans.Add((start, Math.Max(start + 1, Offset(f.EndLine, f.EndColumn, text.Length)), -1, i));
        }
        Highlight? current = null;
        foreach (var span in spans.Where(s => s.Start < text.Length).OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            int end = Math.Min(span.End, text.Length);
            if (current is null || span.Start >= current.End)
            {
                current = new Highlight { Start = span.Start, End = end };
                _highlights.Add(current);
            }
            current.End = Math.Max(current.End, end);
            if (span.Citation >= 0)
            {
                current.Citations.Add(span.Citation);
                _citationHighlight[span.Citation] = _highlights.Count - 1;
            }
            else
            {
                current.Findings.Add(span.Finding);
                _findingHighlight[span.Finding] = _highlights.Count - 1;
            }
        }
        foreach (var highlight in _highlights)
        {
            string kind = "resolved";
            foreach (int c in highlight.Citations)
            {
                kind = Worse(kind, CitationKind(_report.Citations[c]));
            }
            foreach (int f in highlight.Findings)
            {
                kind = Worse(kind, SeverityKind(_report.Findings[f].Severity));
            }
            highlight.Kind = kind;
        }
    }

    private static string Worse(string a, string b) => Rank(b) > Rank(a) ? b : a;

    private static string CitationKind(LetterCitation citation) => citation.Outcome switch
    {
        CitationOutcome.Resolved => "resolved",
        CitationOutcome.Unverified => "unverified",
        _ => "unresolved",
    };

    private static string SeverityKind(ImrSeverity severity) => Names.Severity(severity);

    private string HighlightId(int index) => $"{_prefix}a{index}";

    /// <summary>
    /// Writes the letter as a <c>&lt;section&gt;</c>: its heading at <paramref name="headingLevel"/> (when
    /// <paramref name="withHeading"/>), its counts, the text with highlights and the structure beside it.
    /// </summary>
    public void Write(TextWriter output, bool isLetter, int headingLevel, bool withHeading)
    {
        string id = _prefix.TrimEnd('-');
        int sub = withHeading ? headingLevel + 1 : headingLevel;
        string label = withHeading ? $" aria-labelledby=\"{_prefix}title\"" : "";
        output.Write($"<section class=\"letter\" id=\"{id}\" data-file=\"{Html.Attribute(_report.File)}\"{label}>\n");
        if (withHeading)
        {
            output.Write($"<h{headingLevel} id=\"{_prefix}title\" class=\"mono\">{Html.Text(_report.File)}</h{headingLevel}>\n");
        }
        if (!isLetter)
        {
            output.Write("<p>Not read. The finding below says why.</p>\n");
        }
        else
        {
            WriteCounts(output);
        }
        var whole = Enumerable.Range(0, _report.Findings.Count).Where(i => _findingHighlight[i] < 0).ToList();
        if (whole.Count > 0)
        {
            output.Write($"<div class=\"whole-letter\"><p><strong>About the {(isLetter ? "whole letter" : "file")}:</strong></p><ul>\n");
            foreach (int f in whole)
            {
                output.Write("<li>");
                WriteFindingEntry(output, _report.Findings[f], "span");
                output.Write("</li>\n");
            }
            output.Write("</ul></div>\n");
        }
        if (!isLetter || _letter is null)
        {
            output.Write("</section>\n");
            return;
        }
        output.Write("<div class=\"letter-grid\">\n");
        output.Write($"<section aria-labelledby=\"{_prefix}text\">\n<h{sub} id=\"{_prefix}text\">Letter text{(_letter.IsPdf ? " (extracted from the PDF)" : "")}</h{sub}>\n");
        WriteText(output, _letter.Text);
        output.Write("</section>\n");
        output.Write($"<section aria-labelledby=\"{_prefix}items\">\n<h{sub} id=\"{_prefix}items\">Disputed items and citations</h{sub}>\n");
        WriteStructure(output);
        WriteFindingsTable(output, sub);
        output.Write("</section>\n</div>\n</section>\n");
    }

    private void WriteCounts(TextWriter output)
    {
        int resolved = _report.Citations.Count(c => c.Outcome == CitationOutcome.Resolved);
        int unverified = _report.Citations.Count(c => c.Outcome == CitationOutcome.Unverified);
        int unresolved = _report.Citations.Count - resolved - unverified;
        int errors = _report.Findings.Count(f => f.Severity == ImrSeverity.Error);
        int warnings = _report.Findings.Count(f => f.Severity == ImrSeverity.Warning);
        int notes = _report.Findings.Count - errors - warnings;
        output.Write($"<p class=\"counts\">{Count(_report.Items.Count, "disputed item")}; {Count(_report.Citations.Count, "citation")}: " +
            $"{resolved} resolved, {unverified} unverified, {unresolved} unresolved; {Count(errors, "error")}, {Count(warnings, "warning")}, {Count(notes, "note")}.</p>\n");
    }

    internal static string Count(int count, string noun) => count.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

    /// <summary>The legend of the highlights.</summary>
    public static void WriteLegend(TextWriter output)
    {
        output.Write("<ul class=\"legend\" aria-label=\"Highlights\">");
        foreach (var (kind, label) in Kinds)
        {
            output.Write($"<li><mark class=\"{kind} legend-swatch\">{Html.Text(label)}</mark></li>");
        }
        output.Write("</ul>\n<p>Hover over a highlight, or move to it with the Tab key, to read what was found; Escape hides the explanation.</p>\n");
    }

    /// <summary>The text with its highlights and page breaks; written without white space between elements, as it is shown as is.</summary>
    private void WriteText(TextWriter output, string text)
    {
        var breaks = PageBreaks(text);
        output.Write("<div class=\"letter-text\">");
        int position = 0;
        int nextBreak = 0;
        bool breakWritten = false;
        void Plain(int to)
        {
            while (position < to)
            {
                while (nextBreak < breaks.Count && breaks[nextBreak].End <= position)
                {
                    nextBreak++;
                    breakWritten = false;
                }
                if (nextBreak < breaks.Count && breaks[nextBreak].Start <= position)
                {
                    // The marker line is shown as a page break, once, even when a highlight ends inside it.
                    if (!breakWritten)
                    {
                        output.Write($"<span class=\"page-break\">Page {breaks[nextBreak].Page.ToString(CultureInfo.InvariantCulture)}</span>");
                        breakWritten = true;
                    }
                    position = Math.Min(to, breaks[nextBreak].End);
                    continue;
                }
                int until = nextBreak < breaks.Count ? Math.Min(to, breaks[nextBreak].Start) : to;
                Html.WriteText(output, text, position, until, keepLineBreaks: true);
                position = until;
            }
        }
        for (int h = 0; h < _highlights.Count; h++)
        {
            var highlight = _highlights[h];
            Plain(highlight.Start);
            string id = HighlightId(h);
            output.Write($"<span class=\"ann\" id=\"{id}\"><mark class=\"hl {highlight.Kind}\" tabindex=\"0\" aria-describedby=\"{id}-tip\" data-kind=\"{highlight.Kind}\">");
            Plain(highlight.End);
            output.Write($"</mark><span class=\"tip\" role=\"tooltip\" id=\"{id}-tip\">");
            foreach (int c in highlight.Citations)
            {
                WriteCitationEntry(output, _report.Citations[c]);
            }
            foreach (int f in highlight.Findings)
            {
                WriteFindingEntry(output, _report.Findings[f], "span");
            }
            output.Write("</span></span>");
        }
        Plain(text.Length);
        output.Write("</div>\n");
    }

    /// <summary>A PDF's page-marker lines ("=== page N ==="), with the line break that ends each, and their page numbers.</summary>
    private List<(int Start, int End, int Page)> PageBreaks(string text)
    {
        var breaks = new List<(int, int, int)>();
        if (!_letter!.IsPdf)
        {
            return breaks;
        }
        int? previous = null;
        for (int line = 1; line <= _letter.Lines.LineCount; line++)
        {
            int? page = _letter.PageOf(line);
            if (page is { } number && page != previous)
            {
                int start = _letter.Lines.GetLineStart(line);
                int end = line < _letter.Lines.LineCount ? _letter.Lines.GetLineStart(line + 1) : text.Length;
                if (string.CompareOrdinal(text, start, "=== page ", 0, 9) == 0)
                {
                    breaks.Add((start, end, number));
                }
            }
            previous = page;
        }
        return breaks;
    }

    private static string RoleName(CitationRole role) => role switch
    {
        CitationRole.ClaimsAdministrator => "Claims administrator",
        CitationRole.Maximus => "MAXIMUS reviewer",
        CitationRole.Rationale => "Decision rationale",
        _ => "Elsewhere",
    };

    private static string OutcomeName(CitationOutcome outcome) => outcome switch
    {
        CitationOutcome.Resolved => "Resolved",
        CitationOutcome.Unverified => "Unverified",
        _ => "Not resolved",
    };

    private static void WriteOutcome(TextWriter output, LetterCitation citation)
    {
        output.Write($"<span class=\"badge {Names.Outcome(citation.Outcome)}\">{OutcomeName(citation.Outcome)}</span> ");
        switch (citation.Outcome)
        {
            case CitationOutcome.Resolved when citation.Resolved is { } resolved:
                output.Write($"<span class=\"canon\">{Html.Text(resolved.ToString())}</span>");
                break;
            case CitationOutcome.Unverified:
                output.Write($"part of {Html.Text(citation.Recognised ?? "a guideline")}, which the catalogue holds only in part: not checked.");
                break;
            default:
                output.Write("the catalogue has no such guideline, section or pages; a finding says why.");
                break;
        }
    }

    private static void WriteCitationEntry(TextWriter output, LetterCitation citation)
    {
        output.Write($"<span class=\"tip-entry\" data-role=\"{Names.Role(citation.Role)}\" data-outcome=\"{Names.Outcome(citation.Outcome)}\">");
        output.Write($"<span class=\"role\">Cited by: {RoleName(citation.Role)}.</span> ");
        WriteOutcome(output, citation);
        output.Write("</span>");
    }

    private void WriteFindingEntry(TextWriter output, LetterFinding finding, string element)
    {
        string severity = Names.Severity(finding.Severity);
        output.Write($"<{element} class=\"tip-entry finding\" data-rule=\"{finding.Rule.Id}\" data-severity=\"{severity}\" data-line=\"{finding.Line}\" data-column=\"{finding.Column}\" data-end-line=\"{finding.EndLine}\" data-end-column=\"{finding.EndColumn}\">");
        output.Write($"<span class=\"badge {severity}\">{Capitalise(severity)}</span> ");
        output.Write($"<a href=\"{Html.Attribute(_ruleHref(finding.Rule))}\">{finding.Rule.Id}</a> ");
        output.Write($"<span class=\"message\">{Html.Text(finding.Message)}</span> <span class=\"role\">({Html.Text(finding.Rule.Title)}.)</span>");
        output.Write($"</{element}>");
    }

    private static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private void WriteStructure(TextWriter output)
    {
        var byItem = new List<int>[_report.Items.Count + 1];
        for (int i = 0; i < byItem.Length; i++)
        {
            byItem[i] = new List<int>();
        }
        for (int c = 0; c < _report.Citations.Count; c++)
        {
            byItem[ItemOf(_report.Citations[c])].Add(c);
        }
        if (_report.Items.Count == 0)
        {
            output.Write("<p>No disputed item was found.</p>\n");
        }
        else
        {
            output.Write("<ol class=\"items\">\n");
            for (int i = 0; i < _report.Items.Count; i++)
            {
                var item = _report.Items[i];
                output.Write($"<li><p class=\"item-head\">{Html.Text(item.Text)} <span class=\"badge decision\">{Html.Text(item.Decision)}</span></p>\n");
                WriteCitationList(output, byItem[i]);
                output.Write("</li>\n");
            }
            output.Write("</ol>\n");
        }
        if (byItem[^1].Count > 0)
        {
            output.Write("<p class=\"item-head\">Other citations</p>\n");
            WriteCitationList(output, byItem[^1]);
        }
    }

    /// <summary>The index of the disputed item a citation belongs to: the last item that starts before it (or whose text it names).</summary>
    private int ItemOf(LetterCitation citation)
    {
        if (_letter is not null)
        {
            int offset = Offset(citation.Line, citation.Column, _letter.Text.Length);
            for (int i = _report.Items.Count - 1; i >= 0; i--)
            {
                if (_report.Items[i].Line.Start <= offset)
                {
                    return i;
                }
            }
        }
        for (int i = 0; i < _report.Items.Count; i++)
        {
            if (_report.Items[i].Text == citation.DisputedItem)
            {
                return i;
            }
        }
        return _report.Items.Count;
    }

    private void WriteCitationList(TextWriter output, List<int> citations)
    {
        if (citations.Count == 0)
        {
            output.Write("<p>No guideline cited.</p>\n");
            return;
        }
        output.Write("<ul class=\"cites\">\n");
        foreach (var role in new[] { CitationRole.ClaimsAdministrator, CitationRole.Maximus, CitationRole.Rationale, CitationRole.Other })
        {
            foreach (int c in citations.Where(c => _report.Citations[c].Role == role))
            {
                var citation = _report.Citations[c];
                int h = _citationHighlight[c];
                string kind = h >= 0 ? _highlights[h].Kind : CitationKind(citation);
                output.Write($"<li class=\"{kind}\" data-role=\"{Names.Role(role)}\" data-outcome=\"{Names.Outcome(citation.Outcome)}\"><span class=\"role\">{RoleName(role)}:</span> ");
                string written = Html.Text(citation.Display);
                output.Write(h >= 0 ? $"<a href=\"#{HighlightId(h)}\">“{written}”</a>" : $"“{written}”");
                output.Write("<br>");
                WriteOutcome(output, citation);
                if (h >= 0)
                {
                    // What was found on these characters, so the structure reads on its own.
                    foreach (int f in _highlights[h].Findings)
                    {
                        WriteFindingEntry(output, _report.Findings[f], "span");
                    }
                }
                output.Write("</li>\n");
            }
        }
        output.Write("</ul>\n");
    }

    private void WriteFindingsTable(TextWriter output, int level)
    {
        output.Write($"<h{level} id=\"{_prefix}findings\">Findings</h{level}>\n");
        if (_report.Findings.Count == 0)
        {
            output.Write("<p>None.</p>\n");
            return;
        }
        output.Write($"<table aria-labelledby=\"{_prefix}findings\"><thead><tr><th scope=\"col\">Severity</th><th scope=\"col\">Rule</th><th scope=\"col\">Where</th><th scope=\"col\">Message</th></tr></thead><tbody>\n");
        for (int f = 0; f < _report.Findings.Count; f++)
        {
            var finding = _report.Findings[f];
            string severity = Names.Severity(finding.Severity);
            string where = $"line {finding.Line}, column {finding.Column}" + (finding.Page is { } page ? $", page {page}" : "");
            int h = _findingHighlight[f];
            output.Write($"<tr data-rule=\"{finding.Rule.Id}\" data-severity=\"{severity}\"><td><span class=\"badge {severity}\">{Capitalise(severity)}</span></td>");
            output.Write($"<td><a href=\"{Html.Attribute(_ruleHref(finding.Rule))}\">{finding.Rule.Id}</a></td>");
            output.Write(h >= 0 ? $"<td><a href=\"#{HighlightId(h)}\">{where}</a></td>" : $"<td>{where}</td>");
            output.Write($"<td>{Html.Text(finding.Message)}</td></tr>\n");
        }
        output.Write("</tbody></table>\n");
    }
}
