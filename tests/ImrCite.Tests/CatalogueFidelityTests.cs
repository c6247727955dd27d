using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ImrCite.Catalogue;
using ImrCite.Citations;
using ImrCite.Diagnostics;
using Xunit;

namespace ImrCite.Tests;

/// <summary>
/// Checks the shipped catalogue against tables of real-world citation strings: each row names the records a
/// citation must resolve to (in order) and the findings it must raise. Rows run through the runtime resolver.
/// </summary>
public sealed class CatalogueFidelityTests
{
    private static readonly Lazy<CitationResolver> Resolver = new(() =>
    {
        var loaded = CatalogueLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "guidelines") });
        return new CitationResolver(loaded.Catalogue);
    });

    public static IEnumerable<object[]> Fidelity() => Rows("fidelity.tsv");

    public static IEnumerable<object[]> Seeds() => Rows("seed-citations.tsv");

    public static IEnumerable<object[]> LetterStatements() => Rows("letter-mtus-statements.tsv");

    [Fact]
    public void TheFidelityTableHasAtLeast100Rows() => Assert.True(Rows("fidelity.tsv").Count() >= 100, "the fidelity table needs at least 100 rows");

    [Fact]
    public void TheLetterTableCoversEveryMaximusStatementForm() => Assert.True(Rows("letter-mtus-statements.tsv").Count() >= 90);

    [Theory]
    [MemberData(nameof(Fidelity))]
    public void FidelityRowResolves(string asOf, string citation, string expected) => AssertResolves(asOf, citation, expected);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SeedLetterCitationResolves(string asOf, string citation, string expected) => AssertResolves(asOf, citation, expected);

    [Theory]
    [MemberData(nameof(LetterStatements))]
    public void LetterStatementResolves(string asOf, string citation, string expected) => AssertResolves(asOf, citation, expected);

    private static void AssertResolves(string asOf, string citation, string expected)
    {
        var analysis = Resolver.Value.Analyze(citation, GuidelineDate.Parse(asOf));
        var tokens = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var expectedIds = tokens.Where(t => !t.StartsWith('!')).ToList();
        var expectedFindings = tokens.Where(t => t.StartsWith('!')).Select(t => t.Substring(1)).OrderBy(t => t).ToList();
        var actualIds = analysis.Matches.Where(m => m.Citation is not null)
            .Select(m => m.Citation!.Section?.FullId ?? m.Citation.Document.Id).ToList();
        var actualFindings = analysis.Problems.Where(p => p.Severity >= ImrSeverity.Warning).Select(p => p.Id).OrderBy(t => t).ToList();
        string report = $"{citation}\n  expected: {expected}\n  actual:   {string.Join(" ", actualIds)} {string.Join(" ", actualFindings.Select(f => "!" + f))}\n"
            + string.Join("\n", analysis.Problems.Select(p => $"  {p.Id}: {p.Message}"));
        Assert.True(expectedIds.SequenceEqual(actualIds) && expectedFindings.SequenceEqual(actualFindings), report);
    }

    private static IEnumerable<object[]> Rows(string file)
    {
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", file)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split('\t');
            yield return new object[] { parts[0], parts[1], parts.Length > 2 ? parts[2] : "" };
        }
    }
}
