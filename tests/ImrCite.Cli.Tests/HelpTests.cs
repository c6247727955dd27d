using System;
using System.IO;
using System.Linq;
using ImrCite.Cli.Help;
using ImrCite.Cli.Letters;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>Help with no network: rule pages embedded in the tool, rendered by explain; an example in every --help; completion.</summary>
public sealed class HelpTests
{
    [Fact]
    public void ExplainRendersTheRulePageWithItsWrongAndRightExamples()
    {
        var (code, output, _) = Tool.Run("explain", "IMR0103");
        Assert.Equal(ExitCode.Clean, code);
        Assert.Contains("Pages outside the cited section", output, StringComparison.Ordinal);
        Assert.Contains("What it means", output, StringComparison.Ordinal);
        Assert.Contains("Wrong — Benzodiazepines is on page 24 only:", output, StringComparison.Ordinal);
        Assert.Contains("    MTUS Chronic Pain Medical Treatment Guidelines Benzodiazepines Page(s): 24-26", output, StringComparison.Ordinal);
        Assert.Contains("Right:", output, StringComparison.Ordinal);
        Assert.Contains("    dotnet_diagnostic.IMR0103.severity = warning", output, StringComparison.Ordinal);
        // Rendered, not the Markdown source: no table pipes, no fences, no raw template line of the old explain.
        Assert.DoesNotContain("```", output, StringComparison.Ordinal);
        Assert.DoesNotContain("|---|", output, StringComparison.Ordinal);
        Assert.Contains("docs/diagnostics/IMR0103.md", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainPrintsThePagesRelativePathAndItsMarkdown()
    {
        var (code, output, _) = Tool.Run("explain", "imr0106", "--path");
        Assert.Equal(ExitCode.Clean, code);
        Assert.Equal("docs/diagnostics/IMR0106.md\n", output);
        Assert.True(File.Exists(Path.Combine(RepositoryFiles.Root, output.Trim())));

        var markdown = Tool.Run("explain", "IMR0106", "--markdown").Output;
        Assert.Equal(RepositoryFiles.Read("docs", "diagnostics", "IMR0106.md"), markdown);
    }

    [Fact]
    public void EveryRuleTheToolKnowsHasItsPageInsideTheTool()
    {
        foreach (var rule in LetterRules.Everything().Concat(BuildRules.All))
        {
            string? page = RulePages.Read(rule);
            Assert.True(page is not null, $"{rule.Id} has no embedded page");
            Assert.Equal(RepositoryFiles.Read("docs", "diagnostics", rule.Id + ".md"), page);
        }
    }

    [Fact]
    public void ExplainRejectsAnUnknownId()
    {
        var (code, _, error) = Tool.Run("explain", "IMR9999");
        Assert.Equal(ExitCode.UsageOrInput, code);
        Assert.Contains("'IMR9999' is not a rule id", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("explain")]
    [InlineData("check")]
    [InlineData("config show")]
    [InlineData("catalogue")]
    [InlineData("catalogue check")]
    [InlineData("catalogue fmt")]
    [InlineData("catalogue diff")]
    [InlineData("catalogue verify")]
    public void EveryCommandsHelpEndsWithAnExample(string command)
    {
        var (code, output, error) = Tool.Run(command.Split(' ').Append("--help").ToArray());
        Assert.True(code == ExitCode.Clean, error);
        int example = output.IndexOf("Example:\n  imrcite " + command.Split(' ')[0], StringComparison.Ordinal);
        Assert.True(example > 0, output);
        Assert.Equal("", error);
    }

    [Fact]
    public void TheSuggestDirectiveCompletesSubcommandsForDotnetSuggest()
    {
        // dotnet-suggest calls the tool with the directive, the cursor position and the command line typed so far.
        var (code, output, _) = Tool.Run("[suggest:11]", "catalogue f");
        Assert.Equal(ExitCode.Clean, code);
        var suggestions = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("fmt", suggestions);
        Assert.DoesNotContain("check", suggestions);
    }
}
