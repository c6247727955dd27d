using System.Text.Json;

namespace ImrCite.Cli.Output;

/// <summary>
/// JSON (docs/cli.md): one object with <c>citations</c>, <c>findings</c> and <c>summary</c> arrays. Citations
/// stream as each letter is checked; findings and summaries are kept as small rows and written at the end.
/// Each object is written by one method below, so a new field is added in one place.
/// </summary>
internal sealed class JsonLintSink : LintSink
{
    private readonly JsonOutput _json;
    private readonly List<FindingRow> _findings = new();
    private readonly List<SummaryRow> _summary = new();

    /// <summary>A finding without its letter text: what the JSON says about it.</summary>
    internal sealed record FindingRow(string RuleId, ImrSeverity Severity, string Message, string File, int Line, int Column, int EndLine, int EndColumn, int? Page, string Fingerprint);

    /// <summary>A letter's counts.</summary>
    internal sealed record SummaryRow(string File, int DisputedItems, int CitationLikeSpans, int ResolvedSpans, int UnverifiedSpans, int Errors, int Warnings);

    public JsonLintSink(System.IO.TextWriter output)
    {
        _json = new JsonOutput(output);
        _json.Writer.WriteStartObject();
        _json.Writer.WriteStartArray("citations");
    }

    protected override void Write(LetterReport report)
    {
        foreach (var citation in report.Citations)
        {
            WriteCitation(_json.Writer, citation);
        }
        _json.Flush();
        foreach (var f in report.Findings)
        {
            _findings.Add(new FindingRow(f.Rule.Id, f.Severity, f.Message, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, f.Page, f.Fingerprint));
        }
        if (!IsLetter)
        {
            return;
        }
        _summary.Add(new SummaryRow(report.File, report.Items.Count, report.CitationLikeSpans, report.ResolvedSpans, report.UnverifiedSpans,
            report.Findings.Count(f => f.Severity == ImrSeverity.Error), report.Findings.Count(f => f.Severity == ImrSeverity.Warning)));
    }

    public override void Complete()
    {
        var writer = _json.Writer;
        writer.WriteEndArray();
        writer.WriteStartArray("findings");
        foreach (var finding in _findings)
        {
            WriteFinding(writer, finding);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("summary");
        foreach (var row in _summary)
        {
            WriteSummary(writer, row);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        _json.Complete();
        _json.Dispose();
    }

    internal static void WriteCitation(Utf8JsonWriter writer, LetterCitation citation)
    {
        var resolved = citation.Resolved;
        writer.WriteStartObject();
        WritePlace(writer, citation.File, citation.Line, citation.Column, citation.EndLine, citation.EndColumn, citation.Page);
        writer.WriteString("text", citation.Text);
        writer.WriteString("display", citation.Display);
        writer.WriteString("outcome", Names.Outcome(citation.Outcome));
        writer.WriteString("recognised", citation.Recognised);
        writer.WriteString("role", Names.Role(citation.Role));
        writer.WriteString("disputedItem", citation.DisputedItem);
        writer.WriteString("normalized", resolved?.ToString());
        writer.WriteString("document", resolved?.Document.Id);
        writer.WriteString("section", resolved?.Section?.FullId);
        writer.WriteString("pages", resolved?.Pages?.ToString());
        writer.WriteEndObject();
    }

    /// <summary>Where a citation or a finding is: file, start and end (1-based line and column), PDF page or null.</summary>
    private static void WritePlace(Utf8JsonWriter writer, string file, int line, int column, int endLine, int endColumn, int? page)
    {
        writer.WriteString("file", file);
        writer.WriteNumber("line", line);
        writer.WriteNumber("column", column);
        writer.WriteNumber("endLine", endLine);
        writer.WriteNumber("endColumn", endColumn);
        WriteNumberOrNull(writer, "page", page);
    }

    internal static void WriteFinding(Utf8JsonWriter writer, FindingRow finding)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.RuleId);
        writer.WriteString("severity", Names.Severity(finding.Severity));
        writer.WriteString("message", finding.Message);
        WritePlace(writer, finding.File, finding.Line, finding.Column, finding.EndLine, finding.EndColumn, finding.Page);
        writer.WriteString("fingerprint", finding.Fingerprint);
        writer.WriteEndObject();
    }

    internal static void WriteSummary(Utf8JsonWriter writer, SummaryRow row)
    {
        writer.WriteStartObject();
        writer.WriteString("file", row.File);
        writer.WriteNumber("disputedItems", row.DisputedItems);
        writer.WriteNumber("citationLikeSpans", row.CitationLikeSpans);
        writer.WriteNumber("resolvedSpans", row.ResolvedSpans);
        writer.WriteNumber("unverifiedSpans", row.UnverifiedSpans);
        writer.WriteNumber("errors", row.Errors);
        writer.WriteNumber("warnings", row.Warnings);
        writer.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
