using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using ImrCite.Diagnostics;
using ImrCite.Generators.Analyzers;
using ImrCite.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ImrCite.Analyzers.Tests.RuleTable;

/// <summary>
/// The rule table (<see cref="Rules"/>) is the one definition of every rule: the compiler's descriptors come
/// from it, and the docs index, the README's table, release tracking, the help pages' header rows and the
/// build rules' texts in the package targets are rendered from it (<see cref="RuleFiles"/>). These tests
/// fail when a file has drifted from the table; with IMRCITE_ACCEPT_SNAPSHOTS=1 they rewrite it instead.
/// </summary>
public sealed class RuleTableTests
{
    private const string AcceptVariable = "IMRCITE_ACCEPT_SNAPSHOTS";

    private static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true" or "TRUE" or "True";

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var rule in Rules.All)
        {
            data.Add(rule.Id);
        }
        return data;
    }

    private static RuleDescriptor Rule(string id) => Rules.All.Single(r => r.Id == id);

    /// <summary>Compares a file with its rendering, or rewrites it when accepting.</summary>
    private static void AssertRendered(string[] path, string actual, string expected)
    {
        if (actual == expected)
        {
            return;
        }
        if (Accepting)
        {
            RuleFiles.Write(path, expected);
            return;
        }
        Assert.Fail($"{string.Join("/", path)} is not in step with the rule table (src/ImrCite.Core/Diagnostics/Rules.cs). "
            + $"Run the rule table tests with {AcceptVariable}=1 to rewrite it.\n{ImrCite.Tooling.LineDiff.Unified(actual, expected, "file", "from the table")}");
    }

    // ------------------------------------------------------------------ the table itself

    [Fact]
    public void EveryRuleIsInTheTableOnceInIdOrder()
    {
        var ids = Rules.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), ids);
        // Every public rule field of the table is an entry of it (Define registered it).
        var fields = typeof(Rules).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(RuleDescriptor)).Select(f => (RuleDescriptor)f.GetValue(null)!).ToList();
        Assert.Equal(fields.Count, Rules.All.Count);
        Assert.All(fields, rule => Assert.Contains(rule, Rules.All));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EachEntryIsWellFormed(string id)
    {
        var rule = Rule(id);
        Assert.Matches("^IMR[0-9]{4}$", rule.Id);
        // The id's hundred says the category: IMR00xx catalogue, 01xx citation, 02xx letter, 03xx build.
        string expectedCategory = rule.Id[4] switch
        {
            '0' => DiagnosticCategories.Catalogue,
            '1' => DiagnosticCategories.Citation,
            '2' => DiagnosticCategories.Letter,
            _ => DiagnosticCategories.Build,
        };
        Assert.Equal(expectedCategory, rule.Category);
        Assert.False(string.IsNullOrWhiteSpace(rule.Title));
        Assert.DoesNotContain("\n", rule.MessageFormat, StringComparison.Ordinal);
        Assert.EndsWith(".", rule.MessageFormat, StringComparison.Ordinal);
        Assert.NotEqual(ImrSeverity.Hidden, rule.DefaultSeverity);
        // A composite format whose placeholders are numbered from 0 without gaps, so every host formats it alike.
        var holes = Regex.Matches(rule.MessageFormat, "\\{(\\d+)\\}").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().OrderBy(n => n).ToList();
        Assert.Equal(Enumerable.Range(0, holes.Count), holes);
        Assert.EndsWith("docs/diagnostics/" + rule.Id + ".md", rule.HelpLink, StringComparison.Ordinal);
        Assert.Equal("docs/diagnostics/" + rule.Id + ".md", rule.HelpPath);
    }

    /// <summary>Help links point at the project's declared home, the packages' PackageProjectUrl, not at a host of their own.</summary>
    [Fact]
    public void HelpLinksAreUnderThePackagesProjectUrl()
    {
        var url = Regex.Match(File.ReadAllText(RepositoryPaths.Combine("Directory.Build.props")), "<PackageProjectUrl>([^<]+)</PackageProjectUrl>");
        Assert.True(url.Success, "Directory.Build.props sets no PackageProjectUrl");
        Assert.Equal(RuleDescriptor.HelpLinkBase, url.Groups[1].Value + "/blob/main/docs/diagnostics/");
    }

    [Fact]
    public void BuildRuleMessagesHaveOnePlaceholderForTheItem()
    {
        foreach (var rule in Rules.All.Where(r => r.Category == DiagnosticCategories.Build))
        {
            Assert.Single(Regex.Matches(rule.MessageFormat, "\\{0\\}"));
            Assert.DoesNotMatch("\\{[1-9]", rule.MessageFormat);
        }
    }

    /// <summary>No rule id is written as a string anywhere in the shipped code but the table: hosts refer to its entries.</summary>
    [Fact]
    public void NoIdIsWrittenOutsideTheTable()
    {
        var offenders = new List<string>();
        foreach (string folder in new[] { "src", "generators" })
        {
            foreach (string file in Directory.EnumerateFiles(RepositoryPaths.Combine(folder), "*.cs", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/');
                if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)
                    || relative == "src/ImrCite.Core/Diagnostics/Rules.cs")
                {
                    continue;
                }
                foreach (Match match in Regex.Matches(File.ReadAllText(file), "\"IMR[0-9]{4}\""))
                {
                    offenders.Add($"{relative}: {match.Value}");
                }
            }
        }
        Assert.Empty(offenders);
    }

    // ------------------------------------------------------------------ hosts fed by the table

    [Fact]
    public void TheAnalyzersDescribeExactlyTheCatalogueAndCitationRules()
    {
        var descriptors = new DiagnosticAnalyzer[] { new CatalogueAnalyzer(), new CitationLiteralAnalyzer(), new TypedCitationAnalyzer(), new GeneratedCallAnalyzer() }
            .SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id).Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var rules = Rules.All.Where(RuleFiles.IsAnalyzerRule).ToList();
        Assert.Equal(rules.Select(r => r.Id), descriptors.Select(d => d.Id));
        foreach (var (rule, descriptor) in rules.Zip(descriptors))
        {
            Assert.Equal(rule.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(rule.Category, descriptor.Category);
            Assert.Equal(RuleFiles.SeverityName(rule.DefaultSeverity), descriptor.DefaultSeverity.ToString());
            Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
            Assert.True(descriptor.IsEnabledByDefault);
        }
        Assert.All(new CatalogueAnalyzer().SupportedDiagnostics, d => Assert.Equal(DiagnosticCategories.Catalogue, d.Category));
        Assert.All(new CitationLiteralAnalyzer().SupportedDiagnostics, d => Assert.Equal(DiagnosticCategories.Citation, d.Category));
        // IMR0111 alone, so a build that shows no info diagnostics does not run it (the compiler skips such analyzers).
        Assert.Equal(new[] { Rules.UseGeneratedCitation.Id }, new TypedCitationAnalyzer().SupportedDiagnostics.Select(d => d.Id));
        Assert.Equal(DiagnosticSeverity.Info, new TypedCitationAnalyzer().SupportedDiagnostics[0].DefaultSeverity);
        Assert.All(new GeneratedCallAnalyzer().SupportedDiagnostics, d => Assert.Equal(DiagnosticCategories.Citation, d.Category));
        // Only the typed-citation analyzer claims IMR0111: a generated-API call is already the typed citation.
        Assert.DoesNotContain(Rules.UseGeneratedCitation.Id, new CitationLiteralAnalyzer().SupportedDiagnostics.Select(d => d.Id));
        Assert.DoesNotContain(Rules.UseGeneratedCitation.Id, new GeneratedCallAnalyzer().SupportedDiagnostics.Select(d => d.Id));
    }

    [Fact]
    public void TheCodeFixFixesRulesTheAnalyzerReports()
    {
        var supported = new CitationLiteralAnalyzer().SupportedDiagnostics.Concat(new TypedCitationAnalyzer().SupportedDiagnostics).Select(d => d.Id).ToHashSet();
        var fixable = new ImrCite.CodeFixes.CitationCodeFixProvider().FixableDiagnosticIds;
        Assert.Equal(new[] { Rules.UnknownSection.Id, Rules.SupersededCitation.Id, Rules.UseGeneratedCitation.Id }, fixable.OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(fixable, id => Assert.Contains(id, supported));
    }

    // ------------------------------------------------------------------ files rendered from the table

    public static TheoryData<string> RegionFiles()
    {
        var data = new TheoryData<string>();
        foreach (var region in RuleFiles.Regions())
        {
            data.Add(string.Join("/", region.Path));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RegionFiles))]
    public void GeneratedRegionsAreInStepWithTheTable(string file)
    {
        var region = RuleFiles.Regions().Single(r => string.Join("/", r.Path) == file);
        string text = RuleFiles.Read(region.Path);
        Assert.True(RuleFiles.ReadRegion(text) is not null, $"{file} has no region between '{RuleFiles.Begin}' and '{RuleFiles.End}'");
        AssertRendered(region.Path, text, RuleFiles.WriteRegion(text, region.Render(Rules.All)));
    }

    [Fact]
    public void AnalyzerReleasesUnshippedIsInStepWithTheTable()
    {
        string shipped = RuleFiles.Read(RuleFiles.AnalyzerReleasesShipped);
        AssertRendered(RuleFiles.AnalyzerReleasesUnshipped, RuleFiles.Read(RuleFiles.AnalyzerReleasesUnshipped), RuleFiles.AnalyzerUnshipped(Rules.All, shipped));
    }

    [Fact]
    public void EveryAnalyzerRuleIsTrackedOnceAcrossShippedAndUnshipped()
    {
        var rows = RuleFiles.ReadRows(RuleFiles.Read(RuleFiles.AnalyzerReleasesUnshipped));
        var shipped = RuleFiles.ReadRows(RuleFiles.Read(RuleFiles.AnalyzerReleasesShipped));
        foreach (var rule in Rules.All.Where(RuleFiles.IsAnalyzerRule))
        {
            Assert.True(rows.Any(r => r.Id == rule.Id) || shipped.Any(r => r.Id == rule.Id), $"{rule.Id} is not release-tracked");
        }
        Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct().Count());
        var letterAndBuild = RuleFiles.ReadRows(RuleFiles.Read(new[] { "docs", "diagnostics", "RuleReleases.md" }));
        Assert.Equal(Rules.All.Where(r => !RuleFiles.IsAnalyzerRule(r)).Select(r => r.Id), letterAndBuild.Select(r => r.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EachRuleHasAHelpPageWhoseHeaderIsTheTables(string id)
    {
        var rule = Rule(id);
        string[] path = { "docs", "diagnostics", id + ".md" };
        Assert.True(File.Exists(RepositoryPaths.Combine(path)), $"docs/diagnostics/{id}.md is missing: write the rule's help page (what it checks, why, a wrong and a right example, how to configure it).");
        string page = RuleFiles.Read(path);
        AssertRendered(path, page, RuleFiles.WithHeader(page, rule));
        foreach (string line in RuleFiles.PageHeaderLines(rule))
        {
            Assert.Contains(line, RuleFiles.Read(path).Split('\n'));
        }
        foreach (string part in new[] { "## What it means", "## Example" })
        {
            Assert.Contains(part, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryHelpPageIsARule()
    {
        var pages = Directory.GetFiles(RepositoryPaths.Combine("docs", "diagnostics"), "IMR*.md").Select(Path.GetFileNameWithoutExtension);
        Assert.All(pages, page => Assert.NotNull(Rules.Find(page!)));
    }

    // ------------------------------------------------------------------ adding a rule

    /// <summary>
    /// Adding a rule is one table entry, its check and its help page: every listing of rules is rendered
    /// from the table, so a new entry appears in each of them with nothing else written by hand.
    /// </summary>
    [Fact]
    public void ANewEntryReachesEveryListing()
    {
        var citation = new RuleDescriptor("IMR0199", "A rule added for this test", "Something is wrong with '{0}'. Fix it.", DiagnosticCategories.Citation, ImrSeverity.Warning);
        var build = new RuleDescriptor("IMR0399", "A build rule added for this test", "Item '{0}' is wrong. Fix it.", DiagnosticCategories.Build, ImrSeverity.Warning);
        var table = Rules.All.Append(citation).Append(build).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

        Assert.Contains("| [IMR0199](IMR0199.md) | A rule added for this test | Warning |", RuleFiles.DocsIndex(table), StringComparison.Ordinal);
        Assert.Contains("| [IMR0199](docs/diagnostics/IMR0199.md) | A rule added for this test | Warning |", RuleFiles.ReadmeTable(table), StringComparison.Ordinal);
        Assert.Contains("IMR0199 | ImrCite.Citation | Warning | A rule added for this test", RuleFiles.AnalyzerUnshipped(table, ""), StringComparison.Ordinal);
        Assert.Contains("IMR0399 | ImrCite.Build | Warning | A build rule added for this test", RuleFiles.ReleaseTable(table.Where(r => !RuleFiles.IsAnalyzerRule(r)), Array.Empty<RuleFiles.ReleaseRow>()), StringComparison.Ordinal);
        Assert.Contains("<_ImrCiteIMR0399Before>Item '</_ImrCiteIMR0399Before>", RuleFiles.BuildTexts(table), StringComparison.Ordinal);
        Assert.Contains("<_ImrCiteIMR0399After>' is wrong. Fix it.</_ImrCiteIMR0399After>", RuleFiles.BuildTexts(table), StringComparison.Ordinal);

        // A shipped rule whose severity changes is listed as changed, not as new.
        var shipped = new[] { new RuleFiles.ReleaseRow("IMR0199", "ImrCite.Citation", "Info", "A rule added for this test") };
        string release = RuleFiles.ReleaseTable(new[] { citation }, shipped);
        Assert.DoesNotContain("### New Rules", release, StringComparison.Ordinal);
        Assert.Contains("IMR0199 | ImrCite.Citation | Warning | ImrCite.Citation | Info | A rule added for this test", release, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildTextsEscapeWhatMsBuildWouldExpand()
    {
        var rule = new RuleDescriptor("IMR0398", "t", "Item '{0}' costs 100% of $(x) & @(y); <b>.", DiagnosticCategories.Build, ImrSeverity.Warning);
        string texts = RuleFiles.BuildTexts(new[] { rule });
        Assert.Contains("<_ImrCiteIMR0398After>' costs 100%25 of %24(x) &amp; %40(y); &lt;b&gt;.</_ImrCiteIMR0398After>", texts, StringComparison.Ordinal);
    }
}
