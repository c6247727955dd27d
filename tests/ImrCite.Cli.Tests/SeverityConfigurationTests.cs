using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// One severity model: the tool reads .editorconfig and .globalconfig as the build does (Roslyn's own reader:
/// sections, root, global configs), for lint, check and catalogue check; --severity wins; config show says why.
/// </summary>
public sealed class SeverityConfigurationTests
{
    private const string Citation = "MTUS Chronic Pain Medical Treatment Guidelines Benzodiazepines Page(s): 30";

    /// <summary>A letter whose reviewer cites a page outside the section (IMR0104, a warning by default).</summary>
    private static string Letter(string citation = Citation) =>
        "IMR ISSUES, DECISIONS AND RATIONALES\nDiazepam 5 mg #30: Upheld\n" +
        $"MAXIMUS guideline: Decision based on {citation}\nDecision rationale: Not recommended for long-term use.\n";

    private static string Severity(string output, string file, string rule)
    {
        var match = Regex.Match(output, Regex.Escape(file) + @"\(\d+,\d+\): (?<severity>\w+) " + rule);
        return match.Success ? match.Groups["severity"].Value : "none";
    }

    [Fact]
    public void SectionsDecideWhichLettersASettingReaches()
    {
        string project = Tool.TempFolder();
        File.WriteAllText(Path.Combine(project, ".editorconfig"), "root = true\n\n[letters/**.{txt,pdf}]\ndotnet_diagnostic.IMR0104.severity = error\n\n[drafts/**.txt]\ndotnet_diagnostic.IMR0104.severity = none\n");
        Directory.CreateDirectory(Path.Combine(project, "letters"));
        Directory.CreateDirectory(Path.Combine(project, "drafts", "old"));
        string final = Path.Combine(project, "letters", "final.txt");
        string draft = Path.Combine(project, "drafts", "old", "draft.txt");
        File.WriteAllText(final, Letter());
        File.WriteAllText(draft, Letter());

        // The .editorconfig above the letters is found as the build finds it; --config names it again harmlessly.
        var (code, output, error) = Tool.Run("lint", final, draft);
        Assert.Equal(ExitCode.Findings, code);
        Assert.Equal("error", Severity(output, final, "IMR0104"));
        Assert.Equal("none", Severity(output, draft, "IMR0104"));
        Assert.Equal("", error);

        // --severity wins over the files.
        var overridden = Tool.Run("lint", final, "--severity", "IMR0104=warning");
        Assert.Equal(ExitCode.Clean, overridden.Code);
        Assert.Equal("warning", Severity(overridden.Output, final, "IMR0104"));
    }

    [Fact]
    public void AGlobalConfigReachesEveryLetterAndASectionWinsOverIt()
    {
        string project = Tool.TempFolder();
        File.WriteAllText(Path.Combine(project, ".globalconfig"), "is_global = true\ndotnet_diagnostic.IMR0104.severity = error\ndotnet_diagnostic.IMR0201.severity = none\n");
        File.WriteAllText(Path.Combine(project, ".editorconfig"), "root = true\n[special/*.txt]\ndotnet_diagnostic.IMR0104.severity = suggestion\n");
        Directory.CreateDirectory(Path.Combine(project, "special"));
        string plain = Path.Combine(project, "a.txt");
        string special = Path.Combine(project, "special", "b.txt");
        File.WriteAllText(plain, Letter());
        File.WriteAllText(special, Letter());
        var (_, output, _) = Tool.Run("lint", plain, special);
        Assert.Equal("error", Severity(output, plain, "IMR0104"));
        Assert.Equal("note", Severity(output, special, "IMR0104"));

        var show = Tool.Run("config", "show", special);
        Assert.Equal(ExitCode.Clean, show.Code);
        string row = show.Output.Split('\n').Single(l => l.StartsWith("IMR0104", StringComparison.Ordinal));
        Assert.Contains("note", row, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(project, ".editorconfig") + " [special/*.txt]", row, StringComparison.Ordinal);
        string global = Tool.Run("config", "show", plain).Output.Split('\n').Single(l => l.StartsWith("IMR0104", StringComparison.Ordinal));
        Assert.Contains(Path.Combine(project, ".globalconfig"), global, StringComparison.Ordinal);
        string untouched = Tool.Run("config", "show", plain).Output.Split('\n').Single(l => l.StartsWith("IMR0106", StringComparison.Ordinal));
        Assert.Contains("default", untouched, StringComparison.Ordinal);
    }

    [Fact]
    public void RootTrueStopsTheSearchForFilesAbove()
    {
        string outer = Tool.TempFolder();
        File.WriteAllText(Path.Combine(outer, ".editorconfig"), "[*.txt]\ndotnet_diagnostic.IMR0104.severity = error\n");
        string inner = Directory.CreateDirectory(Path.Combine(outer, "inner")).FullName;
        File.WriteAllText(Path.Combine(inner, ".editorconfig"), "root = true\n");
        string letter = Path.Combine(inner, "a.txt");
        File.WriteAllText(letter, Letter());
        Assert.Equal("warning", Severity(Tool.Run("lint", letter).Output, letter, "IMR0104"));
        File.Delete(Path.Combine(inner, ".editorconfig"));
        Assert.Equal("error", Severity(Tool.Run("lint", letter).Output, letter, "IMR0104"));
    }

    [Fact]
    public void OtherAnalyzersIdsAreIgnoredAndAnUnknownImrIdOrLevelIsAWarningNotAFailure()
    {
        string project = Tool.TempFolder();
        string config = Path.Combine(project, "lint.editorconfig");
        File.WriteAllText(config, "[*]\ndotnet_diagnostic.CA1000.severity = none\ndotnet_diagnostic.IMR9999.severity = error\ndotnet_diagnostic.IMR0106.severity = errror\n");
        var (code, output, error) = Tool.Run("lint", Tool.Samples, "--config", config);
        Assert.Equal(ExitCode.Findings, code);
        Assert.Contains("error IMR0106", output, StringComparison.Ordinal);
        Assert.Contains("'IMR9999' is not an ImrCite rule; the setting is ignored", error, StringComparison.Ordinal);
        Assert.Contains("is not a severity", error, StringComparison.Ordinal);
        Assert.DoesNotContain("CA1000", error, StringComparison.Ordinal);
        Assert.Equal(ExitCode.UsageOrInput, Tool.Run("lint", Tool.Samples, "--config", Path.Combine(project, "missing")).Code);
        Assert.Equal(ExitCode.UsageOrInput, Tool.Run("lint", Tool.Samples, "--severity", "IMR9999=error").Code);
    }

    [Fact]
    public void BulkCategorySettingsApplyAndAnIdSettingWinsOverThem()
    {
        string project = Tool.TempFolder();
        File.WriteAllText(Path.Combine(project, ".globalconfig"), "is_global = true\ndotnet_analyzer_diagnostic.category-ImrCite.Letter.severity = error\ndotnet_diagnostic.IMR0202.severity = none\n");
        string letter = Path.Combine(project, "a.txt");
        File.WriteAllText(letter, Letter().Replace("Decision rationale: Not recommended for long-term use.\n", "", StringComparison.Ordinal).Replace("MAXIMUS", "Claims Administrator", StringComparison.Ordinal));
        var (_, output, _) = Tool.Run("lint", letter);
        Assert.Equal("error", Severity(output, letter, "IMR0201"));
        Assert.Equal("none", Severity(output, letter, "IMR0202"));
    }

    [Fact]
    public void CatalogueCheckHonoursAGlobalConfigAndNotEditorConfigSectionsAsTheBuildDoes()
    {
        string folder = Tool.TempFolder();
        string catalogue = Path.Combine(folder, "bad.imrcite.json");
        File.WriteAllText(catalogue, "{\n  \"sources\": [ { \"id\": \"x\", \"name\": \"X\", \"tier\": \"other\", \"colour\": \"red\" } ]\n}\n");
        Assert.Equal(ExitCode.Findings, Tool.Run("catalogue", "check", catalogue).Code); // IMR0002, an error

        // An .editorconfig section does not reach a catalogue file in the build (dotnet/roslyn#31916); nor here.
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n[*.json]\ndotnet_diagnostic.IMR0002.severity = none\n");
        var sectioned = Tool.Run("catalogue", "check", catalogue);
        Assert.Equal(ExitCode.Findings, sectioned.Code);
        Assert.Contains("error IMR0002", sectioned.Output, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(folder, ".globalconfig"), "is_global = true\ndotnet_diagnostic.IMR0002.severity = warning\n");
        var (code, output, _) = Tool.Run("catalogue", "check", catalogue);
        Assert.Equal(ExitCode.Clean, code);
        Assert.Contains("warning IMR0002", output, StringComparison.Ordinal);

        Assert.Equal(ExitCode.Findings, Tool.Run("catalogue", "check", catalogue, "--severity", "IMR0002=error").Code);
        var show = Tool.Run("config", "show", catalogue).Output;
        Assert.Contains("only global configuration", show, StringComparison.Ordinal);
        Assert.Contains("warning", show.Split('\n').Single(l => l.StartsWith("IMR0002", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckReadsTheSameConfiguration()
    {
        var (code, output, _) = Tool.Run("check", Citation, "--severity", "IMR0104=error");
        Assert.Equal(ExitCode.Findings, code);
        Assert.Contains("error IMR0104", output, StringComparison.Ordinal);
    }
}
