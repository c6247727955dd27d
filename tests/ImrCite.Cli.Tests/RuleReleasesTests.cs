using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ImrCite.Cli.Letters;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// The rules that are not Roslyn diagnostics (the letter rules of imrcite lint, the build rules of the
/// package's MSBuild targets) are release-tracked in docs/diagnostics/RuleReleases.md and documented
/// one page per id, like the analyzers' rules.
/// </summary>
public sealed class RuleReleasesTests
{
    private static Dictionary<string, (string Category, string Severity, string Title)> Tracked()
    {
        var rows = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        foreach (string line in RepositoryFiles.Read("docs", "diagnostics", "RuleReleases.md").Split('\n'))
        {
            string[] cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length >= 4 && cells[0].StartsWith("IMR", StringComparison.Ordinal))
            {
                Assert.False(rows.ContainsKey(cells[0]), $"{cells[0]} is listed twice in RuleReleases.md");
                rows[cells[0]] = (cells[1], cells[2], cells[3]);
            }
        }
        return rows;
    }

    /// <summary>The build rules: each Warning or Error task in the package's targets, with its code and text.</summary>
    private static List<(string Id, string Severity, string Text)> BuildRulesInTargets()
    {
        string targets = RepositoryFiles.Read("src", "ImrCite", "buildTransitive", "ImrCite.targets");
        return Regex.Matches(targets, "<(?<task>Warning|Error)\\s[^>]*?Code=\"(?<id>IMR\\d{4})\"[^>]*?Text=\"(?<text>[^\"]*)\"", RegexOptions.Singleline)
            .Select(m => (m.Groups["id"].Value, m.Groups["task"].Value, m.Groups["text"].Value))
            .ToList();
    }

    public static TheoryData<string> LetterRuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in LetterRules.All)
        {
            data.Add(rule.Id);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LetterRuleIds))]
    public void EveryLetterRuleIsTrackedWithItsCategorySeverityAndTitle(string id)
    {
        var rule = LetterRules.All.Single(r => r.Id == id);
        Assert.True(Tracked().TryGetValue(id, out var row), $"{id} is missing from docs/diagnostics/RuleReleases.md");
        Assert.Equal(rule.Category, row.Category);
        Assert.Equal(rule.DefaultSeverity.ToString(), row.Severity);
        Assert.Equal(rule.Title, row.Title);
        Assert.Contains("# " + id + ": " + rule.Title, RepositoryFiles.Read("docs", "diagnostics", id + ".md"), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryBuildRuleIsTrackedAndDocumentedWithItsMessage()
    {
        var rules = BuildRulesInTargets();
        Assert.Equal(new[] { "IMR0300", "IMR0301" }, rules.Select(r => r.Id).Distinct());
        foreach (var (id, severity, text) in rules)
        {
            Assert.True(Tracked().TryGetValue(id, out var row), $"{id} is missing from docs/diagnostics/RuleReleases.md");
            Assert.Equal("ImrCite.Build", row.Category);
            Assert.Equal(severity, row.Severity);
            string page = RepositoryFiles.Read("docs", "diagnostics", id + ".md");
            Assert.Contains("# " + id + ": " + row.Title, page, StringComparison.Ordinal);
            // The page and the CLI's description (for explain) quote the message, with the item placeholder written {0}.
            string message = Regex.Replace(text, "%\\([^)]*\\)", "{0}");
            Assert.Contains(message, page, StringComparison.Ordinal);
            var described = BuildRules.All.Single(r => r.Id == id);
            Assert.Equal(message, described.MessageFormat);
            Assert.Equal(row.Title, described.Title);
            Assert.Equal(severity, described.DefaultSeverity.ToString());
            Assert.Contains($"HelpLink=\"https://github.com/imrcite/imrcite/blob/main/docs/diagnostics/{id}.md\"", RepositoryFiles.Read("src", "ImrCite", "buildTransitive", "ImrCite.targets"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RuleReleasesListsNoUnknownRule()
    {
        var known = new HashSet<string>(LetterRules.All.Select(r => r.Id).Concat(BuildRulesInTargets().Select(r => r.Id)), StringComparer.Ordinal);
        Assert.All(Tracked().Keys, id => Assert.Contains(id, known));
    }

    [Fact]
    public void EveryRuleTableInTheDiagnosticsIndexLinksAnExistingPage()
    {
        string index = RepositoryFiles.Read("docs", "diagnostics", "README.md");
        foreach (Match link in Regex.Matches(index, "\\((IMR\\d{4})\\.md\\)"))
        {
            Assert.True(File.Exists(Path.Combine(RepositoryFiles.Root, "docs", "diagnostics", link.Groups[1].Value + ".md")), link.Value);
        }
        Assert.All(Tracked().Keys, id => Assert.Contains($"[{id}]({id}.md)", index, StringComparison.Ordinal));
    }
}
