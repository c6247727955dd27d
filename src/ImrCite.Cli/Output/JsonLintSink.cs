using System.Text.Json;

namespace ImrCite.Cli.Output;

/// <summary>
/// JSON (docs/cli.md): one object with <c>citations</c>, <c>findings</c> and <c>summary</c> arrays. Citations
/// stream to the output as each letter is checked; findings and summaries stream to spills (memory, then a temporary
/// file: <see cref="SpilledJsonArray"/>) copied to the output at the end, so memory does not grow with the corpus.
/// Each object is written by one method below, so a new field is added in one place.
/// </summary>
internal sealed class JsonLintSink : LintSink, System.IDisposable
{
    private readonly JsonOutput _json;
    private readonly SpilledJsonArray _findings;
    private readonly SpilledJsonArray _summary;
    private bool _disposed;

    /// <summary>A finding without its letter text: what the JSON says about it.</summary>
    internal sealed record FindingRow(string RuleId, ImrSeverity Severity, string Message, string File, int Line, int Column, int EndLine, int EndColumn, int? Page, string Fingerprint);

    /// <summary>A letter's counts.</summary>
    internal sealed record SummaryRow(string File, int DisputedItems, int CitationLikeSpans, int ResolvedSpans, int UnverifiedSpans, int Errors, int Warnings);

    public JsonLintSink(System.IO.TextWriter output, int spillMemoryLimit = Spill.MemoryLimit)
    {
        _findings = new SpilledJsonArray("findings", System.Array.Empty<string>(), spillMemoryLimit);
        _summary = new SpilledJsonArray("summary", System.Array.Empty<string>(), spillMemoryLimit);
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
            WriteFinding(_findings.Writer, new FindingRow(f.Rule.Id, f.Severity, f.Message, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, f.Page, f.Fingerprint));
        }
        _findings.Flush();
        if (!IsLetter)
        {
            return;
        }
        WriteSummary(_summary.Writer, new SummaryRow(report.File, report.Items.Count, report.CitationLikeSpans, report.ResolvedSpans, report.UnverifiedSpans,
            report.Findings.Count(f => f.Severity == ImrSeverity.Error), report.Findings.Count(f => f.Severity == ImrSeverity.Warning)));
        _summary.Flush();
    }

    public override void Complete()
    {
        // The document's writer ends the citations; the spilled arrays follow as the same writer would have written
        // them (each after a comma), and the object ends as it would end ("\n}").
        _json.Writer.WriteEndArray();
        _json.Flush();
        _json.Output.Write(',');
        _findings.CopyTo(_json.Output);
        _json.Output.Write(',');
        _summary.CopyTo(_json.Output);
        _json.Output.Write("\n}");
        _json.Complete();
        Dispose();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _json.Dispose();
        _findings.Dispose();
        _summary.Dispose();
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
