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
