using Spectre.Console;

namespace ImrCite.Cli.Output;

/// <summary>
/// Compiler-style text: <c>file(line,col): severity IMRxxxx: message</c>, the line with the span underlined,
/// a summary line per letter and, after several letters, a total. Letter text is escaped for the terminal
/// and quoted in a bounded window, never a whole long line.
/// </summary>
internal sealed class TextLintSink(StyledWriter output) : LintSink
{
    protected override void Write(LetterReport report)
    {
        foreach (var finding in report.Findings)
        {
            WriteFinding(finding);
        }
        if (!IsLetter)
        {
            return; // the finding said why the input was not read; there are no counts to give
        }
        string file = TerminalText.Escape(report.File);
        output.WriteLine($"{file}: {report.Items.Count} disputed item(s), {report.Citations.Count(c => c.Resolved is not null)} citation(s); " +
            $"{report.CitationLikeSpans} citation-like span(s), {report.ResolvedSpans} resolved{(report.UnverifiedSpans > 0 ? $", {report.UnverifiedSpans} unverified" : "")}; " +
            $"{report.Findings.Count(f => f.Severity == ImrSeverity.Error)} error(s), {report.Findings.Count(f => f.Severity == ImrSeverity.Warning)} warning(s).");
    }

    private void WriteFinding(LetterFinding finding)
    {
        string where = finding.Page is { } page ? $" [page {page}]" : "";
        output.Write($"{TerminalText.Escape(finding.File)}({finding.Line},{finding.Column}): ");
        output.Write(Names.Severity(finding.Severity), SeverityStyle(finding.Severity));
        output.WriteLine($" {finding.Rule.Id}: {TerminalText.Escape(finding.Message)}{where}");
        if (string.IsNullOrWhiteSpace(finding.SnippetLine))
        {
            return; // about the whole input, or a blank line (an empty file): nothing to quote or underline
        }
        var (snippet, caret) = Render(finding.SnippetLine, finding.SnippetStart, finding.SnippetLength);
        output.WriteLine("    " + snippet);
        output.WriteLine("    " + caret, SeverityStyle(finding.Severity));
    }

    internal static Style SeverityStyle(ImrSeverity severity) => severity switch
    {
        ImrSeverity.Error => StyledWriter.Error,
        ImrSeverity.Warning => StyledWriter.Warning,
        _ => StyledWriter.Note,
    };

    /// <summary>
    /// The quoted text (already a bounded window: <see cref="Snippet"/>) escaped for the terminal, and the caret
    /// line under the span, placed by the escaped width of what precedes it.
    /// </summary>
    internal static (string Snippet, string Caret) Render(string snippet, int start, int length)
    {
        start = Math.Clamp(start, 0, snippet.Length);
        var escaped = new StringBuilder(snippet.Length + 8);
        int caretColumn = 0;
        for (int i = 0; i < snippet.Length; i++)
        {
            if (i == start)
            {
                caretColumn = escaped.Length;
            }
            TerminalText.Append(escaped, snippet[i]);
        }
        if (start >= snippet.Length)
        {
            caretColumn = escaped.Length;
        }
        int visible = Math.Max(1, Math.Min(length, Snippet.Window));
        return (escaped.ToString(), new string(' ', caretColumn) + "^" + new string('~', visible - 1));
    }

    public override void Complete()
    {
        if (Totals.Letters + Totals.NotRead + Totals.Failures.Count > 1)
        {
            string failures = (Totals.NotRead > 0 ? $", {Totals.NotRead} not read" : "") + (Totals.Failures.Count > 0 ? $", {Totals.Failures.Count} unreadable" : "");
            string suppressed = Totals.Suppressed > 0 ? $"; {Totals.Suppressed} finding(s) accepted by the baseline" : "";
            output.WriteLine($"Total: {Totals.Letters} letter(s){failures}, {Totals.Items} disputed item(s), {Totals.Citations} citation(s){(Totals.Unverified > 0 ? $", {Totals.Unverified} unverified" : "")}; " +
                $"{Totals.Errors} error(s), {Totals.Warnings} warning(s), {Totals.Notes} note(s){suppressed}.", Totals.Errors > 0 ? StyledWriter.Error : StyledWriter.Heading);
        }
        output.Writer.Flush();
    }
}
