using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ImrCite.Generators.Analyzers;
using ImrCite.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ImrCite.Analyzers.Tests;

/// <summary>Every descriptor is release-tracked, documented, and links to its help page.</summary>
public sealed class ReleaseTrackingTests
{
    private static string RepoRoot() => RepositoryPaths.Root;

    public static IReadOnlyList<DiagnosticDescriptor> Descriptors()
    {
        var type = typeof(CitationLiteralAnalyzer).Assembly.GetType("ImrCite.Generators.Analyzers.DiagnosticDescriptors", throwOnError: true)!;
        return type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in Descriptors())
        {
            data.Add(descriptor.Id);
        }
        return data;
    }

    private static DiagnosticDescriptor Descriptor(string id) => Descriptors().Single(d => d.Id == id);

    /// <summary>Rows of the "New Rules" tables: id → (category, severity).</summary>
    private static Dictionary<string, (string Category, string Severity)> Unshipped()
    {
        string path = Path.Combine(RepoRoot(), "generators", "ImrCite.Generators", "AnalyzerReleases.Unshipped.md");
        var rows = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (string line in File.ReadAllLines(path))
        {
            string[] cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length >= 3 && cells[0].StartsWith("IMR", StringComparison.Ordinal))
            {
                Assert.False(rows.ContainsKey(cells[0]), $"{cells[0]} is listed twice in AnalyzerReleases.Unshipped.md");
                rows[cells[0]] = (cells[1], cells[2]);
            }
        }
        return rows;
    }

    [Fact]
    public void TheGeneratorDeclaresTheExpectedDescriptors()
    {
        var ids = Descriptors().Select(d => d.Id).ToList();
        Assert.Equal(31, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (int i in Enumerable.Range(1, 16).Concat(new[] { 18, 19 }))
        {
            Assert.Contains($"IMR{i:D4}", ids);
        }
        for (int i = 100; i <= 112; i++)
        {
            Assert.Contains($"IMR{i:D4}", ids);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void UnshippedListsTheRuleWithItsCategoryAndSeverity(string id)
    {
        var descriptor = Descriptor(id);
        var rows = Unshipped();
        Assert.True(rows.TryGetValue(id, out var row), $"{id} is missing from AnalyzerReleases.Unshipped.md");
        Assert.Equal(descriptor.Category, row.Category);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Severity);
    }

    [Fact]
    public void UnshippedListsNoUnknownRule()
    {
        var ids = new HashSet<string>(Descriptors().Select(d => d.Id));
        Assert.DoesNotContain(Unshipped().Keys, id => !ids.Contains(id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void HelpPageExists(string id)
    {
        string page = Path.Combine(RepoRoot(), "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), $"docs/diagnostics/{id}.md is missing");
        Assert.Contains(id, File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void HelpLinkPointsAtTheHelpPage(string id)
    {
        Assert.EndsWith("docs/diagnostics/" + id + ".md", Descriptor(id).HelpLinkUri, StringComparison.Ordinal);
    }

    [Fact]
    public void TheAnalyzerSupportsExactlyTheCitationRules()
    {
        var supported = new CitationLiteralAnalyzer().SupportedDiagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(Enumerable.Range(100, 13).Select(i => $"IMR{i:D4}"), supported);
    }

    [Fact]
    public void TheCodeFixFixesIdsTheAnalyzerReports()
    {
        var supported = new CitationLiteralAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToHashSet();
        var fixable = new ImrCite.CodeFixes.CitationCodeFixProvider().FixableDiagnosticIds;
        Assert.Equal(new[] { "IMR0102", "IMR0109", "IMR0111" }, fixable.OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(fixable, id => Assert.Contains(id, supported));
    }
}
