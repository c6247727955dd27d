using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ImrCite.Cli.Commands;
using ImrCite.Cli.Letters;
using ImrCite.Cli.Output;
using ImrCite.Cli.Output.Sarif;
using ImrCite.Diagnostics;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// JSON and SARIF stream their findings to a spill (memory, then a temporary file) instead of keeping them for the end;
/// the document they write is byte for byte the one written whole, in memory or through a file, with and without findings
/// and read failures.
/// </summary>
public sealed class StreamingOutputTests
{
    private static readonly Lazy<List<LetterReport>> Reports = new(() =>
    {
        var linter = new LetterLinter(ShippedCatalogue.LoadWith(Array.Empty<string>(), TextWriter.Null, out _));
        var reports = Directory.GetFiles(Tool.Samples, "*.txt").OrderBy(p => p, StringComparer.Ordinal)
            .Select(path => linter.Lint(LetterDocument.Load(path))).ToList();
        Assert.Contains(reports, r => r.Findings.Count > 0);
        return reports;
    });

    private static readonly LetterReport NotRead =
        InputRules.Refusal("big.txt", InputRules.Skipped, new object?[] { "not a regular file" }, "skipped");

    public static TheoryData<bool, bool> Cases() => new() { { true, true }, { true, false }, { false, true }, { false, false } };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Json_is_the_document_written_whole(bool withFindings, bool withFailure)
    {
        var reports = withFindings ? Reports.Value : Reports.Value.Select(r => r with { Findings = Array.Empty<LetterFinding>() }).ToList();
        string expected = WholeJson(reports);
        foreach (int limit in new[] { 64, Spill.MemoryLimit })
        {
            var output = new StringWriter();
            var sink = new JsonLintSink(output, limit);
            Feed(sink, reports, withFailure);
            Assert.Equal(expected, output.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sarif_is_the_log_written_whole(bool withFindings, bool withFailure)
    {
        var reports = withFindings ? Reports.Value : Reports.Value.Select(r => r with { Findings = Array.Empty<LetterFinding>() }).ToList();
        var failures = withFailure ? new List<(string, string)> { ("gone.pdf", "could not be read") } : new List<(string, string)>();
        var findings = reports.Append(NotRead).SelectMany(r => r.Findings)
            .Select(f => new SarifFinding(f.Rule, f.Severity, f.Message, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, f.Fingerprint));
        var whole = new StringWriter();
        SarifWriter.Write(SarifWriter.Build(findings, failures, Tool.Samples, "imrcite/lint/"), whole);
        foreach (int limit in new[] { 64, Spill.MemoryLimit })
        {
            var output = new StringWriter();
            var sink = new SarifLintSink(output, Tool.Samples, limit);
            Feed(sink, reports, withFailure);
            Assert.Equal(whole.ToString(), output.ToString());
        }
    }

    [Fact]
    public void Sarif_text_that_looks_like_the_results_property_is_only_text()
    {
        // The streamed log is assembled around the run's results property: a file name, a message or a read failure that
        // spells that property (or closes the run) must stay text in a string, not move where the results are copied in.
        const string Crafted = "\n      \"results\": []\n    }\n  ]\n}";
        var failures = new List<(string File, string Message)> { ($"gone {Crafted}.pdf", $"could not be read {Crafted}") };
        var crafted = Reports.Value.Select(r => r with
        {
            Findings = r.Findings.Select(f => f with { File = f.File + Crafted, Message = f.Message + Crafted }).ToList(),
        }).ToList();
        var findings = crafted.SelectMany(r => r.Findings)
            .Select(f => new SarifFinding(f.Rule, f.Severity, f.Message, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, f.Fingerprint)).ToList();
        Assert.NotEmpty(findings);
        var whole = new StringWriter();
        SarifWriter.Write(SarifWriter.Build(findings, failures, Tool.Samples, "imrcite/lint/"), whole);
        foreach (int limit in new[] { 64, Spill.MemoryLimit })
        {
            var output = new StringWriter();
            var sink = new SarifLintSink(output, Tool.Samples, limit);
            foreach (var report in crafted)
            {
                sink.Add(report);
            }
            sink.AddFailure(failures[0].File, failures[0].Message);
            sink.Complete();
            Assert.Equal(whole.ToString(), output.ToString());
            var log = SarifWriter.Read(output.ToString());
            Assert.NotNull(log);
            Assert.Equal(findings.Count, Assert.Single(log!.Runs).Results.Count);
            Assert.Equal(failures[0].Message, Assert.Single(log.Runs[0].Invocations![0].ToolExecutionNotifications!).Message.Text);
        }
    }

    [Fact]
    public void The_runs_results_are_found_by_structure_wherever_they_are_in_the_run()
    {
        // Not the last "results": [] of the text: one in a nested object after it, and one quoted in a string (non-ASCII
        // before it, so characters and UTF-8 bytes differ).
        string log = "{\"$schema\": \"Überprüfung\", \"runs\": [{\"tool\": {\"results\": []}, \"results\": [], \"properties\": {\"note\": \"\\\"results\\\": []\", \"results\": []}}]}";
        var (start, end) = SarifLintSink.RunResults(log);
        Assert.Equal("\"results\": []", log[start..end]);
        Assert.Equal(log.IndexOf("\"results\": [], \"properties", StringComparison.Ordinal), start);
    }

    [Fact]
    public void A_spill_moves_to_a_file_and_gives_back_its_text()
    {
        string text = "Flurbiprofen 20% — Überweisung, 腰痛 " + new string('x', 100);
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        using var spill = new Spill(memoryLimit: 16);
        foreach (byte b in bytes)
        {
            spill.WriteByte(b); // one byte at a time: characters split across writes
        }
        Assert.True(spill.InFile);
        var output = new StringWriter();
        spill.CopyTo(output, skip: Encoding.UTF8.GetByteCount("Flurbiprofen "));
        Assert.Equal(text["Flurbiprofen ".Length..], output.ToString());
    }

    private static void Feed(LintSink sink, List<LetterReport> reports, bool withFailure)
    {
        foreach (var report in reports)
        {
            sink.Add(report);
        }
        sink.Add(NotRead, isLetter: false);
        if (withFailure)
        {
            sink.AddFailure("gone.pdf", "could not be read");
        }
        sink.Complete();
    }

    /// <summary>The JSON document as one writer writes it, citations, findings and summary in turn.</summary>
    private static string WholeJson(List<LetterReport> reports)
    {
        var output = new StringWriter();
        using var json = new JsonOutput(output);
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteStartArray("citations");
        foreach (var citation in reports.SelectMany(r => r.Citations))
        {
            JsonLintSink.WriteCitation(writer, citation);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("findings");
        foreach (var f in reports.Append(NotRead).SelectMany(r => r.Findings))
        {
            JsonLintSink.WriteFinding(writer, new JsonLintSink.FindingRow(f.Rule.Id, f.Severity, f.Message, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, f.Page, f.Fingerprint));
        }
        writer.WriteEndArray();
        writer.WriteStartArray("summary");
        foreach (var r in reports)
        {
            JsonLintSink.WriteSummary(writer, new JsonLintSink.SummaryRow(r.File, r.Items.Count, r.CitationLikeSpans, r.ResolvedSpans, r.UnverifiedSpans,
                r.Findings.Count(f => f.Severity == ImrSeverity.Error), r.Findings.Count(f => f.Severity == ImrSeverity.Warning)));
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        json.Complete();
        return output.ToString();
    }
}
