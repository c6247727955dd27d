using System;
using System.IO;
using System.Linq;
using ImrCite.Tests.Support;
using Xunit;

namespace ImrCite.Tests;

/// <summary>The catalogue shipped in guidelines/catalogue/*.imrcite.json (linked into the test output as guidelines/).</summary>
public sealed class ShippedCatalogueTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "guidelines");

    [Fact]
    public void ShippedCatalogueLoadsWithNoDiagnostics()
    {
        string[] files = Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.imrcite.json") : Array.Empty<string>();
        Assert.True(files.Length > 0,
            $"No catalogue files in {Folder}: guidelines/catalogue/*.imrcite.json is empty, or the test project was built before the files existed.");

        var loaded = ImrCite.CatalogueLoader.Load(new[] { Folder });

        Assert.True(loaded.Diagnostics.Count == 0,
            $"The shipped catalogue has {loaded.Diagnostics.Count} diagnostic(s):" + Environment.NewLine + Catalogues.Describe(loaded.Diagnostics));
        Assert.Equal(files.Length, loaded.Files.Count);
        Assert.NotEmpty(loaded.Catalogue.Documents);
        Assert.All(loaded.Catalogue.Documents, document => Assert.NotNull(loaded.Catalogue.FindSource(document.SourceId)));
    }
}
