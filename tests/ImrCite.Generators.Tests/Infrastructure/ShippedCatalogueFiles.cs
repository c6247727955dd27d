using System;
using System.IO;
using System.Linq;
using ImrCite.Testing;

namespace ImrCite.Generators.Tests.Infrastructure;

/// <summary>The shipped catalogue's files as the package feeds them to the generator, and a small team file to add to them.</summary>
internal static class ShippedCatalogueFiles
{
    private static readonly Lazy<(string Path, string Text)[]> Files = new(() =>
        Directory.GetFiles(RepositoryPaths.Combine("guidelines", "catalogue"), "*.imrcite.json")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllText(p)))
            .ToArray());

    /// <summary>guidelines/catalogue/*.imrcite.json, in ordinal order of path, with their text.</summary>
    public static (string Path, string Text)[] All => Files.Value;

    /// <summary>A team's own catalogue file: one source, one document, one section (its table differs from the shipped one).</summary>
    public const string TeamFile = """
        {
          "sources": [ { "id": "team", "name": "Team Protocols", "tier": "other" } ],
          "documents": [
            { "id": "team.protocols.2024", "source": "team", "title": "Team Protocols", "edition": "2024", "sourceNote": "Synthetic.",
              "sections": [ { "id": "imaging", "title": "Imaging", "pages": "3-4", "provenance": "cited" } ] }
          ]
        }
        """;
}
