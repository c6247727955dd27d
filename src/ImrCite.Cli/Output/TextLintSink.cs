using System;
using System.Linq;
using System.Text;
using ImrCite.Cli.Letters;
using ImrCite.Diagnostics;
using Spectre.Console;

namespace ImrCite.Cli.Output;

/// <summary>
/// Compiler-style text: <c>file(line,col): severity IMRxxxx: message</c>, the line with the span underlined,
/// a summary line per letter and, after several letters, a total. Letter text is escaped for the terminal
/// and quoted in a bounded window, never a whole long line.
/// </summary>
internal sealed class TextLintSink(StyledWriter output) : LintSink
{
    /// <summary>The most characters of a letter's line a finding quotes.</summary>
    public const int SnippetWindow = 200;

    /// <summary>How many characters before the span a window keeps, when the line is cut.</summary>
    private const int SnippetLead = 60;

    protected override void Write(LetterReport report)
    {
        foreach (var finding in report.Findings)
        {
            WriteFinding(finding);
        }
        string file = TerminalText.Escape(report.File);
        output.WriteLine($"{file}: {report.Items.Count} disputed item(s), {report.Citations.Count(c => c.Resolved is not null)} citation(s); " +
            $"{report.CitationLikeSpans} citation-like span(s), {report.ResolvedSpans} resolved; " +
            $"{report.Findings.Count(f => f.Severity == ImrSeverity.Error)} error(s), {report.Findings.Count(f => f.Severity == ImrSeverity.Warning)} warning(s).");
    }

    private void WriteFinding(LetterFinding finding)
    {
        string where = finding.Page is { } page ? $" [page {page}]" : "";
        output.Write($"{TerminalText.Escape(finding.File)}({finding.Line},{finding.Column}): ");
        output.Write(Names.Severity(finding.Severity), SeverityStyle(finding.Severity));
        output.WriteLine($" {finding.Rule.Id}: {TerminalText.Escape(finding.Message)}{where}");
        var (snippet, caret) = Window(finding.SnippetLine, finding.SnippetStart, finding.SnippetLength);
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
    /// The part of <paramref name="line"/> to show, escaped, and the caret line under the span: the whole line
    /// when it is short, otherwise a window of <see cref="SnippetWindow"/> characters around the span's start,
    /// cut ends marked with "...".
    /// </summary>
    internal static (string Snippet, string Caret) Window(string line, int start, int length)
    {
        start = Math.Clamp(start, 0, line.Length);
        int from = 0;
        int to = line.Length;
        if (line.Length > SnippetWindow)
        {
            from = Math.Max(0, Math.Min(start - SnippetLead, line.Length - SnippetWindow));
            to = Math.Min(line.Length, from + SnippetWindow);
        }
        var snippet = new StringBuilder(to - from + 8);
        int caretColumn = 0;
        if (from > 0)
        {
            snippet.Append("...");
        }
        for (int i = from; i < to; i++)
        {
            if (i == start)
            {
                caretColumn = snippet.Length;
            }
            TerminalText.Append(snippet, line[i]);
        }
        if (start >= to)
        {
            caretColumn = snippet.Length;
        }
        if (to < line.Length)
        {
            snippet.Append("...");
        }
        int visible = Math.Max(1, Math.Min(Math.Min(length, SnippetWindow), Math.Max(1, to - start)));
        string caret = new string(' ', caretColumn) + "^" + new string('~', visible - 1);
        return (snippet.ToString(), caret);
    }

    public override void Complete()
    {
        if (Totals.Letters + Totals.Failures.Count > 1)
        {
            string failures = Totals.Failures.Count > 0 ? $", {Totals.Failures.Count} unreadable" : "";
            string suppressed = Totals.Suppressed > 0 ? $"; {Totals.Suppressed} finding(s) accepted by the baseline" : "";
            output.WriteLine($"Total: {Totals.Letters} letter(s){failures}, {Totals.Items} disputed item(s), {Totals.Citations} citation(s); " +
                $"{Totals.Errors} error(s), {Totals.Warnings} warning(s), {Totals.Notes} note(s){suppressed}.", Totals.Errors > 0 ? StyledWriter.Error : StyledWriter.Heading);
        }
        output.Writer.Flush();
    }
}
