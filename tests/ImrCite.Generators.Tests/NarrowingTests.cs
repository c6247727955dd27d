using System;
using System.Collections.Generic;
using System.Linq;
using ImrCite.Generators.Tests.Infrastructure;
using Xunit;

namespace ImrCite.Generators.Tests;

/// <summary>ImrCiteGenerate narrows the generated API to some sources; names do not change, and the output compiles.</summary>
public sealed class NarrowingTests
{
    private static GeneratorRun Run(string? generate)
    {
        var options = generate is null ? null : new Dictionary<string, string> { ["build_property.ImrCiteGenerate"] = generate };
        var run = GeneratorHarness.Run(
            GeneratorHarness.Texts((TestCatalogues.MainPath, TestCatalogues.Main), (TestCatalogues.SecondPath, TestCatalogues.Second)),
            GeneratorHarness.CreateCompilation(), options);
        GeneratorHarness.AssertHealthy(run);
        return run;
    }

    [Fact]
    public void OnlyTheListedSourcesAreGenerated()
    {
        var all = Run(null).Sources.Select(s => s.HintName).ToList();
        var narrowed = Run(" ccr ; unknown-source,").Sources.Select(s => s.HintName).ToList();
        Assert.Contains("Mtus.ChronicPain.g.cs", all);
        Assert.Equal(all.Where(h => h.StartsWith("Regulations.", StringComparison.Ordinal)).Append("GeneratedCatalogue.g.cs").Append("GeneratedCatalogue.Data.g.cs").OrderBy(h => h, StringComparer.Ordinal),
            narrowed.OrderBy(h => h, StringComparer.Ordinal));
        string catalogue = Run("ccr").Source("GeneratedCatalogue.g.cs");
        Assert.Contains("public static partial class Regulations", catalogue, StringComparison.Ordinal);
        Assert.DoesNotContain("class Mtus", catalogue, StringComparison.Ordinal);
        Assert.DoesNotContain("Mtus.", catalogue, StringComparison.Ordinal);
    }

    /// <summary>
    /// Narrowed, <c>Default</c> reads the generated sources from the data (which is the whole catalogue's table when it is the
    /// runtime's, ShippedTableTests); the literal holds the generated sources only, as before.
    /// </summary>
    [Fact]
    public void TheNarrowedCatalogueClassAndData()
    {
        var run = Run("ccr");
        Snapshot.Verify(run.Source("GeneratedCatalogue.g.cs"), "GeneratedCatalogue");
        Snapshot.Verify(run.Source("GeneratedCatalogue.Data.g.cs"), "GeneratedCatalogue.Data");
        Snapshot.AssertNoOrphans(new[] { "GeneratedCatalogue", "GeneratedCatalogue.Data" });
        var generated = (ImrCite.Catalogue.GuidelineCatalogue)GeneratorHarness.Static(GeneratorHarness.Load(run.Output), "ImrCite.Guidelines.GeneratedCatalogue", "Default")!;
        Assert.Equal(new[] { "ccr" }, generated.Sources.Select(s => s.Id));
        Assert.Equal(new[] { "ccr.mtus" }, generated.Documents.Select(d => d.Id));
    }

    [Fact]
    public void ANarrowedDocumentKeepsItsNameAndText()
    {
        var all = Run(null);
        var narrowed = Run("ccr");
        foreach (var (hint, text) in narrowed.Sources.Where(s => s.HintName.StartsWith("Regulations.", StringComparison.Ordinal)))
        {
            Assert.Equal(all.Source(hint), text);
        }
    }
}
