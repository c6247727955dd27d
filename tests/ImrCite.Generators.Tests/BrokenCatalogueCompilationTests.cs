using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ImrCite.Generators.Analyzers;
using ImrCite.Generators.Tests.Infrastructure;
using ImrCite.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ImrCite.Generators.Tests;

/// <summary>
/// A consumer compilation whose catalogue has (a) broken syntax, (b) a duplicate
/// section id and (c) section pages beyond the document. Generator and analyzers run without crashing (no
/// CS8785, no AD0001), the consumer's code still compiles against the valid documents, and each problem yields
/// exactly one IMR diagnostic whose Location.GetLineSpan() names the right file, line and column.
/// </summary>
public sealed class BrokenCatalogueCompilationTests
{
    private const string SourcesPath = "/0/guidelines/sources.imrcite.json";
    private const string BrokenPath = "/0/guidelines/broken.imrcite.json";
    private const string KneePath = "/0/guidelines/knee.imrcite.json";

    private const string Sources = """
        {
          "sources": [ { "id": "mtus", "name": "Medical Treatment Utilization Schedule", "tier": "mtus", "aliases": ["MTUS"] } ]
        }
        """;

    // (a) a missing comma between two members on line 5.
    private const string Broken = """
        {
          "documents": [
            {
              "id": "mtus.shoulder.2004",
              "source": "mtus"
              "title": "Shoulder Complaints"
            }
          ]
        }
        """;

    // (b) "meniscus" declared twice; (c) "surgery" at pages 340-352 of a document spanning 331-350.
    private const string Knee = """
        {
          "documents": [
            {
              "id": "mtus.knee.2004",
              "source": "mtus",
              "title": "Knee Complaints",
              "codeName": "Knee",
              "edition": "2004",
              "effectiveFrom": "2004-06-15",
              "pages": "331-350",
              "provenance": "verified",
              "sourceNote": "Test fixture.",
              "sections": [
                { "id": "meniscus", "title": "Meniscus Tears", "pages": "333-335" },
                { "id": "ligaments", "title": "Ligament Injuries", "pages": "336-338" },
                { "id": "meniscus", "title": "Meniscus Again", "pages": "339" },
                { "id": "surgery", "title": "Surgical Considerations", "pages": "340-352" }
              ]
            }
          ]
        }
        """;

    private const string Consumer = """
        namespace Consumer
        {
            public static class Letter
            {
                public static string Cite() => ImrCite.Guidelines.Mtus.Knee.MeniscusTears.Pages(333, 335).ToString();
                public const string Id = ImrCite.Guidelines.Mtus.Knee.Ids.LigamentInjuries;
            }
        }
        """;

    private sealed record Outcome(GeneratorRun Run, ImmutableArray<Diagnostic> All, List<Exception> AnalyzerExceptions);

    private static async Task<Outcome> RunAsync(params (string Path, string Text)[] files)
    {
        var texts = GeneratorHarness.Texts(files);
        var run = GeneratorHarness.Run(texts, GeneratorHarness.CreateCompilation(Consumer));
        var exceptions = new List<Exception>();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new CatalogueAnalyzer(), new CitationLiteralAnalyzer(), new TypedCitationAnalyzer(), new GeneratedCallAnalyzer());
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(texts.ToImmutableArray()),
            onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Add(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var all = await run.Output.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync();
        return new Outcome(run, run.GeneratorDiagnostics.AddRange(all), exceptions);
    }

    private static void AssertNothingCrashed(Outcome outcome)
    {
        Assert.Null(outcome.Run.Single.Exception);
        Assert.Empty(outcome.AnalyzerExceptions);
        Assert.DoesNotContain(outcome.All, d => d.Id is "CS8785" or "AD0001");
        var errors = outcome.All.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("IMR", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, "Compiler errors:\n" + string.Join("\n", errors));
    }

    /// <summary>Exactly one diagnostic with the id, at the file, 1-based line and column of <paramref name="marker"/>.</summary>
    private static Diagnostic AssertSingleAt(Outcome outcome, string id, string path, string text, string marker, int occurrence = 1, int? length = null)
    {
        var found = outcome.All.Where(d => d.Id == id).ToList();
        Assert.True(found.Count == 1, $"Expected exactly one {id}, got:\n{Describe(outcome)}");
        var span = found[0].Location.GetLineSpan();
        int offset = TextPositions.OffsetOf(text, marker, occurrence);
        var (line, column) = TextPositions.PositionOf(text, offset);
        var (endLine, endColumn) = TextPositions.PositionOf(text, offset + (length ?? marker.Length));
        Assert.Equal(path, span.Path);
        Assert.True((line, column, endLine, endColumn) == (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1),
            $"{id}: expected {path}({line},{column})-({endLine},{endColumn}) on '{marker}', got {span}");
        Assert.Equal(offset, found[0].Location.SourceSpan.Start);
        return found[0];
    }

    private static string Describe(Outcome outcome) => string.Join("\n", outcome.All.Select(d => "  " + d));

    [Fact]
    public async Task BrokenSyntax()
    {
        var outcome = await RunAsync((SourcesPath, Sources), (BrokenPath, Broken), (KneePath, Knee.Replace("\"id\": \"meniscus\", \"title\": \"Meniscus Again\"", "\"id\": \"meniscus-again\", \"title\": \"Meniscus Again\"").Replace("340-352", "340-350")));
        AssertNothingCrashed(outcome);
        AssertSingleAt(outcome, "IMR0001", BrokenPath, Broken, "\"title\"", length: 0);
        Assert.Single(outcome.All, d => d.Id.StartsWith("IMR", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DuplicateSectionId()
    {
        string knee = Knee.Replace("340-352", "340-350");
        var outcome = await RunAsync((SourcesPath, Sources), (KneePath, knee));
        AssertNothingCrashed(outcome);
        var diagnostic = AssertSingleAt(outcome, "IMR0005", KneePath, knee, "\"meniscus\"", occurrence: 2);
        var first = Assert.Single(diagnostic.AdditionalLocations).GetLineSpan();
        Assert.Equal((KneePath, TextPositions.PositionOf(knee, TextPositions.OffsetOf(knee, "\"meniscus\"")).Line), (first.Path, first.StartLinePosition.Line + 1));
        Assert.Single(outcome.All, d => d.Id.StartsWith("IMR", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SectionPagesBeyondTheDocument()
    {
        string knee = Knee.Replace("\"id\": \"meniscus\", \"title\": \"Meniscus Again\"", "\"id\": \"meniscus-again\", \"title\": \"Meniscus Again\"");
        var outcome = await RunAsync((SourcesPath, Sources), (KneePath, knee));
        AssertNothingCrashed(outcome);
        AssertSingleAt(outcome, "IMR0009", KneePath, knee, "\"340-352\"");
        Assert.Single(outcome.All, d => d.Id.StartsWith("IMR", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AllThreeTogether()
    {
        var outcome = await RunAsync((SourcesPath, Sources), (BrokenPath, Broken), (KneePath, Knee));
        AssertNothingCrashed(outcome);
        AssertSingleAt(outcome, "IMR0001", BrokenPath, Broken, "\"title\"", length: 0);
        AssertSingleAt(outcome, "IMR0005", KneePath, Knee, "\"meniscus\"", occurrence: 2);
        AssertSingleAt(outcome, "IMR0009", KneePath, Knee, "\"340-352\"");
        var imr = outcome.All.Where(d => d.Id.StartsWith("IMR", StringComparison.Ordinal)).ToList();
        Assert.True(imr.Count == 3, "Expected exactly three IMR diagnostics:\n" + Describe(outcome));

        // The valid document is still generated and the consumer's code compiled against it.
        Assert.Contains("Mtus.Knee.g.cs", outcome.Run.Sources.Select(s => s.HintName));
        Assert.DoesNotContain(outcome.Run.Sources, s => s.HintName.Contains("Shoulder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CrlfCatalogueLocatesTheSameLinesAndColumns()
    {
        string broken = Broken.Replace("\n", "\r\n", StringComparison.Ordinal);
        string knee = Knee.Replace("\n", "\r\n", StringComparison.Ordinal);
        var outcome = await RunAsync((SourcesPath, Sources), (BrokenPath, broken), (KneePath, knee));
        AssertNothingCrashed(outcome);
        AssertSingleAt(outcome, "IMR0001", BrokenPath, broken, "\"title\"", length: 0);
        AssertSingleAt(outcome, "IMR0005", KneePath, knee, "\"meniscus\"", occurrence: 2);
        AssertSingleAt(outcome, "IMR0009", KneePath, knee, "\"340-352\"");
    }
}
