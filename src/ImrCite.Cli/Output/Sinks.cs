using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using ImrCite.Cli.Letters;
using ImrCite.Diagnostics;

namespace ImrCite.Cli.Output;

/// <summary>
/// Receives letter reports in input order as they are checked and writes what it can at once, so memory
/// stays bounded by the findings, not by the letters: text streams whole reports; JSON streams citations
/// and keeps findings and summaries (small) for the end; SARIF keeps only findings.
/// </summary>
public abstract class LintSink
{
    /// <summary>Whether any finding shown so far has error severity.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Takes one report (its findings already filtered by the baseline).</summary>
    public void Add(LetterReport report)
    {
        foreach (var finding in report.Findings)
        {
            HasErrors |= finding.Severity == ImrSeverity.Error;
        }
        Write(report);
    }

    /// <summary>Writes one report.</summary>
    protected abstract void Write(LetterReport report);

    /// <summary>Ends the output.</summary>
    public abstract void Complete();

    /// <summary>The sink for a --format value.</summary>
    public static LintSink For(string format, TextWriter output, bool colour, string workingDirectory) => format switch
    {
        "json" => new JsonSink(output),
        "sarif" => new SarifSink(output, workingDirectory),
        _ => new TextSink(output, colour),
    };
}

internal sealed class TextSink(TextWriter output, bool colour) : LintSink
{
    protected override void Write(LetterReport report) => Writers.Text(new[] { report }, output, colour);

    public override void Complete()
    {
    }
}

internal sealed class JsonSink : LintSink
{
    private readonly TextWriter _output;
    private readonly List<JsonObject> _findings = new();
    private readonly List<JsonObject> _summary = new();
    private bool _anyCitation;

    public JsonSink(TextWriter output)
    {
        _output = output;
        _output.Write("{\n  \"citations\": [");
    }

    protected override void Write(LetterReport report)
    {
        foreach (var citation in report.Citations)
        {
            _output.Write(_anyCitation ? ",\n    " : "\n    ");
            _output.Write(Writers.Serialize(Writers.CitationJson(citation)).Replace("\n", "\n    ", System.StringComparison.Ordinal));
            _anyCitation = true;
        }
        foreach (var finding in report.Findings)
        {
            _findings.Add(Writers.FindingJson(finding));
        }
        _summary.Add(Writers.SummaryJson(report));
    }

    public override void Complete()
    {
        _output.Write(_anyCitation ? "\n  ],\n  \"findings\": " : "],\n  \"findings\": ");
        _output.Write(Writers.Serialize(new JsonArray(_findings.ToArray())).Replace("\n", "\n  ", System.StringComparison.Ordinal));
        _output.Write(",\n  \"summary\": ");
        _output.Write(Writers.Serialize(new JsonArray(_summary.ToArray())).Replace("\n", "\n  ", System.StringComparison.Ordinal));
        _output.WriteLine("\n}");
    }
}

internal sealed class SarifSink(TextWriter output, string workingDirectory) : LintSink
{
    private readonly List<LetterReport> _reports = new();

    protected override void Write(LetterReport report) =>
        _reports.Add(report with { Citations = System.Array.Empty<LetterCitation>(), Items = System.Array.Empty<DisputedItem>() });

    public override void Complete() => Writers.Sarif(_reports, output, workingDirectory);
}
