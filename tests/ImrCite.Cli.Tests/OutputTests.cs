using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ImrCite.Cli.Commands;
using ImrCite.Cli.Inputs;
using ImrCite.Cli.Output;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>Terminal and files: colour rules, --output written atomically, totals, check, globs, JSON and SARIF.</summary>
public sealed class OutputTests
{
    [Theory]
    [InlineData(true, false, null, true)]
    [InlineData(true, false, "", true)]
    [InlineData(true, false, "1", false)]
    [InlineData(true, true, null, false)]
    [InlineData(false, false, null, false)]
    public void ColourOnlyOnATerminalWithoutNoColor(bool terminal, bool option, string? variable, bool expected) =>
        Assert.Equal(expected, CliConsole.ColourWanted(terminal, option, variable));

    [Fact]
    public void ColourIsWrittenBySpectreOnlyWhenOn()
    {
        var plain = new StringWriter();
        new StyledWriter(plain, colour: false).WriteLine("error", StyledWriter.Error);
        Assert.Equal("error\n", plain.ToString());
        var coloured = new StringWriter();
        new StyledWriter(coloured, colour: true).WriteLine("error", StyledWriter.Error);
        Assert.Contains("\u001b[", coloured.ToString(), StringComparison.Ordinal);
        Assert.Contains("error", coloured.ToString(), StringComparison.Ordinal);
        // Captured output (not a terminal) never has colour, with or without --no-color.
        Assert.DoesNotContain("\u001b", Tool.Run("lint", Tool.Samples).Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void OutputGoesToAFileForEveryFormat(string format)
    {
        string folder = Tool.TempFolder();
        string file = Path.Combine(folder, "report." + format);
        var (code, output, _) = Tool.Run("lint", Tool.Samples, "--format", format, "--output", file);
        Assert.Equal(ExitCode.Findings, code);
        Assert.Equal("", output);
        Assert.Equal(Tool.Run("lint", Tool.Samples, "--format", format).Output, File.ReadAllText(file));
        Assert.Equal(new[] { file }, Directory.GetFiles(folder)); // no temporary file left
    }

    [Fact]
    public void AFailedRunLeavesThePreviousOutputFileAsItWas()
    {
        string folder = Tool.TempFolder();
        string file = Path.Combine(folder, "imrcite.sarif");
        File.WriteAllText(file, "previous");
        var (code, _, _) = Tool.Run("lint", Tool.Samples, "--format", "sarif", "--output", file, "--catalogue", Path.Combine(folder, "broken.imrcite.json"));
        Assert.Equal(ExitCode.UsageOrInput, code);
        Assert.Equal("previous", File.ReadAllText(file));
        Assert.Equal(ExitCode.UsageOrInput, Tool.Run("lint", Tool.Samples, "--output", Path.Combine(folder, "no", "such", "folder.txt")).Code);
        Assert.Equal(new[] { file }, Directory.GetFiles(folder));
    }

    [Fact]
    public void OutputWorksForTheOtherCommandsToo()
    {
        string folder = Tool.TempFolder();
        Assert.Equal(ExitCode.Clean, Tool.Run("catalogue", "check", "--format", "json", "--output", Path.Combine(folder, "check.json")).Code);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "check.json")));
        Assert.True(json.RootElement.GetProperty("files").GetInt32() > 0);
        Assert.Equal(ExitCode.Findings, Tool.Run("check", "MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96 of 112", "--output", Path.Combine(folder, "check.txt")).Code);
        Assert.Contains("error IMR0106", File.ReadAllText(Path.Combine(folder, "check.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void AMultiLetterRunEndsWithATotalAndASingleLetterDoesNot()
    {
        string all = Tool.Run("lint", Tool.Samples).Output;
        string last = all.TrimEnd('\n').Split('\n').Last();
        Assert.Equal("Total: 3 letter(s), 6 disputed item(s), 13 citation(s); 2 error(s), 5 warning(s), 1 note(s).", last);
        Assert.DoesNotContain("Total:", Tool.Run("lint", Path.Combine(Tool.Samples, "CM15-0000101.txt")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckReadsOneCitation()
    {
        var (code, output, _) = Tool.Run("check", "MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96 of 112", "--as-of", "2015-06-01");
        Assert.Equal(ExitCode.Findings, code);
        Assert.Contains("citation: MTUS Chronic Pain Medical Treatment Guidelines (2009), Opioids, pp. 74–96", output, StringComparison.Ordinal);
        Assert.Contains("citation(1,74): error IMR0106", output, StringComparison.Ordinal);
        Assert.Contains("\n    " + new string(' ', 73) + "^~~\n", output, StringComparison.Ordinal);

        var good = Tool.Run("check", "MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96", "--format", "json");
        Assert.Equal(ExitCode.Clean, good.Code);
        using var json = JsonDocument.Parse(good.Output);
        Assert.Equal("mtus.cpmtg.2009/opioids", json.RootElement.GetProperty("citations")[0].GetProperty("section").GetString());
        Assert.Equal(ExitCode.UsageOrInput, Tool.Run("check", "x", "--as-of", "June 2015").Code);
    }

    [Fact]
    public void GlobsUseDoubleStarAcrossFoldersAndStarWithinOne()
    {
        string root = Tool.TempFolder();
        foreach (string file in new[] { "a.txt", "sub/b.txt", "sub/deep/c.txt", "drafts/d.txt", "notes.md" })
        {
            string path = Path.Combine(root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "x");
        }
        string Select(string[]? include, string[]? exclude) =>
            string.Join(",", LetterFiles.Expand(new[] { root }, include, exclude, TextWriter.Null).Files.Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')));

        Assert.Equal("a.txt,drafts/d.txt,sub/b.txt,sub/deep/c.txt", Select(null, null));
        Assert.Equal("a.txt,sub/b.txt,sub/deep/c.txt", Select(null, new[] { "drafts/**" }));
        Assert.Equal("sub/b.txt", Select(new[] { "sub/*.txt" }, null));              // * does not cross '/'
        Assert.Equal("sub/b.txt,sub/deep/c.txt", Select(new[] { "sub/**/*.txt" }, null));
        Assert.Equal("drafts/d.txt", Select(new[] { "D*.TXT" }, null));              // no '/': a file name anywhere, any case
        Assert.Equal("notes.md", Select(new[] { "*.md" }, null));
    }

    [Fact]
    public void JsonIsWrittenByAJsonWriterThatEscapesWhatALetterHolds()
    {
        string folder = Tool.TempFolder();
        string letter = Path.Combine(folder, "quote\"and\u0001.txt");
        File.WriteAllText(letter, "IMR ISSUES, DECISIONS AND RATIONALES\n\nNorco \"10\"\u001b[31m: Upheld\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96.\nDecision rationale: Not supported.\n");
        var (_, output, _) = Tool.Run("lint", letter, "--format", "json");
        using var json = JsonDocument.Parse(output);
        var citation = json.RootElement.GetProperty("citations")[0];
        Assert.Equal(letter, citation.GetProperty("file").GetString());
        Assert.Equal("Norco \"10\"\u001b[31m", citation.GetProperty("disputedItem").GetString());
        Assert.Contains("\\u001B[31m", output, StringComparison.Ordinal);
        Assert.EndsWith("}\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void SarifHasInvocationsAutomationDetailsRuleMetadataAndHelp()
    {
        string folder = Tool.TempFolder();
        File.WriteAllText(Path.Combine(folder, "broken.pdf"), "not a PDF");
        File.Copy(Path.Combine(Tool.Samples, "CM15-0000102.txt"), Path.Combine(folder, "good.txt"));
        var (code, output, _) = Tool.Run("lint", folder, "--format", "sarif");
        Assert.Equal(ExitCode.UsageOrInput, code);
        using var sarif = JsonDocument.Parse(output);
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal("imrcite/lint/", run.GetProperty("automationDetails").GetProperty("id").GetString());
        var invocation = run.GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = invocation.GetProperty("toolExecutionNotifications")[0];
        Assert.Contains("broken.pdf: cannot read the letter", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "IMR0106");
        Assert.Equal("ImrCite.Citation", rule.GetProperty("properties").GetProperty("category").GetString());
        Assert.Contains("## Example", rule.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("docs/diagnostics/IMR0106.md", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        var result = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "IMR0106");
        int index = result.GetProperty("ruleIndex").GetInt32();
        Assert.Equal("IMR0106", run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[index].GetProperty("id").GetString());
    }

    [Fact]
    public void TerminalControlCharactersFromALetterAreEscapedInText()
    {
        string folder = Tool.TempFolder();
        string letter = Path.Combine(folder, "esc.txt");
        File.WriteAllText(letter, "IMR ISSUES, DECISIONS AND RATIONALES\n\nNorco\u001b]0;pwned\u0007 #90: Upheld\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96 of 112 \u001b[2J\u202e.\nDecision rationale: Not supported.\n");
        var (_, output, _) = Tool.Run("lint", letter);
        Assert.DoesNotContain("\u001b", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202e", output, StringComparison.Ordinal);
        Assert.Contains("\\x1B[2J\\u202E", output, StringComparison.Ordinal);
        Assert.Contains("warning IMR0201: The decision on 'Norco\\x1B]0;pwned\\x07 #90'", output, StringComparison.Ordinal);
    }
}
