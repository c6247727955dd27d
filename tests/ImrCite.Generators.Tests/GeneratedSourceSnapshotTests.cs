using System.Collections.Generic;
using System;
using System.Linq;
using ImrCite.Catalogue;
using ImrCite.Generators.Tests.Infrastructure;
using Xunit;

namespace ImrCite.Generators.Tests;

/// <summary>The generated sources for a test catalogue, compared with committed baselines in Snapshots/.</summary>
public sealed class GeneratedSourceSnapshotTests
{
    private static GeneratorRun RunMain() =>
        GeneratorHarness.Run((TestCatalogues.MainPath, TestCatalogues.Main), (TestCatalogues.SecondPath, TestCatalogues.Second));

    [Fact]
    public void GeneratesOneFilePerDocumentAndTheCatalogue()
    {
        var run = RunMain();
        GeneratorHarness.AssertHealthy(run);
        Assert.Equal(
            new[] { "GeneratedCatalogue.Data.g.cs", "GeneratedCatalogue.g.cs", "Mtus.ChronicPain.g.cs", "Mtus.ChronicPain2016.g.cs", "Regulations.MedicalTreatmentUtilizationScheduleRegulations.g.cs" },
            run.Sources.Select(s => s.HintName).ToArray());
    }

    [Fact]
    public void TestCatalogue()
    {
        var run = RunMain();
        GeneratorHarness.AssertHealthy(run);
        var parts = new List<string>();
        foreach (var (hintName, text) in run.Sources)
        {
            Snapshot.Verify(text, hintName);
            parts.Add(hintName);
        }
        Snapshot.AssertNoOrphans(parts);
    }

    [Fact]
    public void CustomNamespace()
    {
        var options = new Dictionary<string, string> { ["build_property.ImrCiteNamespace"] = " Acme.Letters.Citations " };
        var run = GeneratorHarness.Run(GeneratorHarness.Texts((TestCatalogues.MainPath, TestCatalogues.Main)), GeneratorHarness.CreateCompilation(), options);
        GeneratorHarness.AssertHealthy(run);
        Snapshot.Verify(run.Source("GeneratedCatalogue.g.cs"));
        Assert.All(run.Sources, s => Assert.Contains("namespace Acme.Letters.Citations;\n", s.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1Bad")]
    [InlineData("Acme..Letters")]
    [InlineData("Acme.class")]
    public void AnInvalidNamespaceFallsBackToTheDefault(string value)
    {
        var options = new Dictionary<string, string> { ["build_property.ImrCiteNamespace"] = value };
        var run = GeneratorHarness.Run(GeneratorHarness.Texts((TestCatalogues.MainPath, TestCatalogues.Main)), GeneratorHarness.CreateCompilation(), options);
        GeneratorHarness.AssertHealthy(run);
        Assert.All(run.Sources, s => Assert.Contains("namespace ImrCite.Guidelines;\n", s.Text));
    }

    [Theory]
    [InlineData("false", 0)]
    [InlineData(" FALSE ", 0)]
    [InlineData("true", -1)]
    [InlineData("", -1)]
    public void ImrCiteGenerateApiFalseEmitsNothing(string value, int expectedSources)
    {
        var options = new Dictionary<string, string> { ["build_property.ImrCiteGenerateApi"] = value };
        var texts = GeneratorHarness.Texts((TestCatalogues.MainPath, TestCatalogues.Main));
        var run = GeneratorHarness.Run(texts, GeneratorHarness.CreateCompilation(), options);
        GeneratorHarness.AssertHealthy(run);
        int all = GeneratorHarness.Run(texts, GeneratorHarness.CreateCompilation()).Sources.Count;
        Assert.True(all > 1);
        Assert.Equal(expectedSources < 0 ? all : expectedSources, run.Sources.Count);
    }

    [Fact]
    public void NoCatalogueFilesGiveAnEmptyCatalogue()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Texts(("/0/readme.json", "{}"), ("/0/guidelines/notes.txt", "x")), GeneratorHarness.CreateCompilation());
        GeneratorHarness.AssertHealthy(run);
        Assert.Equal(new[] { "GeneratedCatalogue.Data.g.cs", "GeneratedCatalogue.g.cs" }, run.Sources.Select(s => s.HintName).ToArray());
        Snapshot.Verify(run.Source("GeneratedCatalogue.g.cs"));
        Assert.Empty(CatalogueTable.Catalogue(GeneratedData(run.Source("GeneratedCatalogue.Data.g.cs"))).Documents);
    }

    /// <summary>The data literal of a generated GeneratedCatalogue.Data.g.cs (base 85: no escapes).</summary>
    private static string GeneratedData(string source)
    {
        const string Start = "internal const string Data = \"";
        int start = source.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        return source.Substring(start, source.IndexOf('"', start) - start);
    }
}
