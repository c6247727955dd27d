using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ImrCite.Generators.Analyzers;
using ImrCite.Generators.Tests.Infrastructure;
using ImrCite.Tooling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ImrCite.Generators.Tests;

/// <summary>The cache tests count reads in a process-wide cache: nothing else may read catalogues while they run.</summary>
[CollectionDefinition(nameof(CatalogueReadCounting), DisableParallelization = true)]
public sealed class CatalogueReadCounting
{
}

/// <summary>
/// Issue 15: the catalogue is parsed once per set of contents. The generator, the catalogue analyzer and both
/// citation analyzers share each read file; an edit to C# code — a new compilation over the same catalogue files,
/// as in the IDE on every keystroke or the compiler server on every build — re-reads none, and an edit to one
/// catalogue file re-reads that file only.
/// </summary>
[Collection(nameof(CatalogueReadCounting))]
public sealed class CatalogueParseCacheTests
{
    private static int Reads => (int)typeof(CatalogueGenerator).Assembly.GetType("ImrCite.Generators.CatalogueFiles", throwOnError: true)!
        .GetProperty("Reads")!.GetValue(null)!;

    private static int Counter(string name) => (int)typeof(CatalogueGenerator).Assembly.GetType("ImrCite.Generators.Analyzers.SharedCatalogue", throwOnError: true)!
        .GetProperty(name)!.GetValue(null)!;

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
        ImmutableArray.Create<DiagnosticAnalyzer>(new CatalogueAnalyzer(), new CitationLiteralAnalyzer(), new TypedCitationAnalyzer(), new GeneratedCallAnalyzer());

    private const string UserCode = """
        using ImrCite;
        namespace Consumer
        {
            public static class Letters
            {
                public static string Cite([GuidelineCitation] string citation) => citation;
                public static string Use() => Cite("MTUS Chronic Pain Medical Treatment Guidelines Benzodiazepines Page(s): 24");
            }
        }
        """;

    /// <summary>The test catalogue files under a folder of their own, so no other test's reads match them.</summary>
    private static (string Path, string Text)[] Files(string tag) => new[]
    {
        ($"/{tag}/guidelines/main.imrcite.json", TestCatalogues.Main),
        ($"/{tag}/guidelines/second.imrcite.json", TestCatalogues.Second),
    };

    private static void Analyze(Compilation compilation, ImmutableArray<AdditionalText> texts) => Analyze(compilation, texts, Analyzers);

    private static void Analyze(Compilation compilation, ImmutableArray<AdditionalText> texts, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var options = new AnalyzerOptions(texts, new TestOptionsProvider(new Dictionary<string, string>()));
        var diagnostics = compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("AD", StringComparison.Ordinal));
    }

    [Fact]
    public void TheGeneratorAndTheAnalyzersReadEachFileOnceAndACSharpEditReadsNothing()
    {
        string tag = Guid.NewGuid().ToString("N");
        var texts = GeneratorHarness.Texts(Files(tag)).ToImmutableArray();
        var compilation = GeneratorHarness.CreateCompilation(UserCode);

        int before = Reads;
        var driver = GeneratorHarness.CreateDriver(texts).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        Analyze(output, texts);
        Assert.Equal(2, Reads - before); // two files, each read once for the generator and all three analyzers

        // A C# edit: a new compilation, the same catalogue files.
        before = Reads;
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { public static class Extra { } }", GeneratorHarness.ParseOptions, "/0/Extra.cs"));
        driver = driver.RunGeneratorsAndUpdateCompilation(edited, out output, out _);
        Analyze(output, texts);
        Assert.Equal(0, Reads - before);

        // A new build over the same files: new AdditionalText objects with the same content (as csc creates them).
        before = Reads;
        var again = GeneratorHarness.Texts(Files(tag)).ToImmutableArray();
        GeneratorHarness.CreateDriver(again).RunGeneratorsAndUpdateCompilation(edited, out output, out _);
        Analyze(output, again);
        Assert.Equal(0, Reads - before);

        // An edit to one catalogue file reads that file only.
        before = Reads;
        var changed = texts.SetItem(1, new InMemoryAdditionalText(texts[1].Path, TestCatalogues.Second.Replace("Test fixture", "Edited fixture", StringComparison.Ordinal)));
        driver.ReplaceAdditionalText(texts[1], changed[1]).RunGeneratorsAndUpdateCompilation(edited, out output, out _);
        Analyze(output, changed);
        Assert.Equal(1, Reads - before);
    }

    /// <summary>
    /// After a C# edit, each of the generator and the two citation analyzers on its own re-reads no catalogue file,
    /// builds no catalogue and re-analyses no citation text it has seen: the generator's parse step is cached, and
    /// the analyzers take the catalogue, and each text's analysis, from the shared cache.
    /// </summary>
    [Fact]
    public void ACSharpEditReParsesNoCatalogueInTheGeneratorOrEitherCitationAnalyzer()
    {
        string tag = Guid.NewGuid().ToString("N");
        var texts = GeneratorHarness.Texts(Files(tag)).ToImmutableArray();
        var compilation = GeneratorHarness.CreateCompilation(UserCode);
        var driver = GeneratorHarness.CreateDriver(texts).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        int builds = Counter("Builds");
        int analyses = Counter("Analyses");
        Analyze(output, texts);
        Assert.Equal(1, Counter("Builds") - builds); // one catalogue for the three analyzers
        Assert.Equal(1, Counter("Analyses") - analyses); // the one literal, read once

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Consumer { public static class Extra { public static string Again() => Letters.Cite(\"MTUS Chronic Pain Medical Treatment Guidelines Benzodiazepines Page(s): 24\"); } }",
            GeneratorHarness.ParseOptions, "/0/Extra.cs"));

        int reads = Reads;
        driver = driver.RunGeneratorsAndUpdateCompilation(edited, out output, out _);
        Assert.Equal(0, Reads - reads);
        var parse = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.ParseCatalogueFile];
        Assert.All(parse.SelectMany(step => step.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

        foreach (var analyzer in new DiagnosticAnalyzer[] { new CitationLiteralAnalyzer(), new TypedCitationAnalyzer(), new GeneratedCallAnalyzer() })
        {
            reads = Reads;
            builds = Counter("Builds");
            analyses = Counter("Analyses");
            Analyze(output, texts, ImmutableArray.Create(analyzer));
            Assert.Equal(0, Reads - reads);
            Assert.Equal(0, Counter("Builds") - builds);
            Assert.Equal(0, Counter("Analyses") - analyses);
        }
    }
}
