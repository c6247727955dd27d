using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// A command line the tool cannot act on is answered as docs/cli.md promises: one located line per problem on
/// standard error that says what is wrong and what to do, exit code 2, no stack trace, and no result written half.
/// </summary>
public sealed class CommandLineProblemTests
{
    [Fact]
    public void NoCommandIsAnsweredWithTheCommands()
    {
        var (code, output, error) = Tool.Run();
        Assert.Equal(ExitCode.UsageOrInput, code);
        Assert.Equal("", output);
        Assert.Contains("give a command: lint, merge, explain, check, stats, catalogue, config.", error, StringComparison.Ordinal);
        Assert.Contains("'imrcite --help'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownCommandIsNamedWithTheCommandsThereAre()
    {
        var (code, _, error) = Tool.Run("lnt", "letters");
        Assert.Equal(ExitCode.UsageOrInput, code);
        Assert.Contains("'lnt' is not a command of imrcite; its commands are lint,", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command", error, StringComparison.Ordinal);

        var group = Tool.Run("catalogue", "chek");
        Assert.Equal(ExitCode.UsageOrInput, group.Code);
        Assert.Contains("'chek' is not a command of imrcite catalogue; its commands are check, fmt, diff, verify, report.", group.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AGroupWithoutItsCommandSaysWhichItHas()
    {
        var (code, _, error) = Tool.Run("config");
        Assert.Equal(ExitCode.UsageOrInput, code);
        Assert.Contains("'imrcite config' needs a command: show.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lint", "--format", "xml", "--format: 'xml' is not one of text, json, sarif, html.")]
    [InlineData("stats", "--format", "sarif", "--format: 'sarif' is not one of text, json.")]
    [InlineData("lint", "--max-pdf-pages", "abc", "--max-pdf-pages: 'abc' is not a whole number from 1 (the default is 1000).")]
    [InlineData("lint", "--max-pdf-pages", "0", "--max-pdf-pages: '0' is not a whole number from 1 (the default is 1000).")]
    [InlineData("stats", "--top", "-1", "--top: '-1' is not a whole number from 0 (the default is 15).")]
    [InlineData("lint", "--max-letter-size", "12XB", "--max-letter-size: '12XB' is not a size (e.g. 20MB, 512KB, 1GiB).")]
    public void ABadOptionValueIsNamedWithWhatTheOptionTakes(string command, string option, string value, string message)
    {
        var (code, output, error) = Tool.Run(command, Tool.Samples, option, value);
        Assert.Equal(ExitCode.UsageOrInput, code);
        Assert.Equal("", output);
        Assert.Contains("imrcite: " + message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ABadFailOnValueIsNamedWithTheValuesItTakes()
    {
        var (code, _, error) = Tool.Run("catalogue", "diff", "a", "b", "--fail-on", "breakage");
        Assert.Equal(ExitCode.UsageOrInput, code);
        Assert.Contains("--fail-on: 'breakage' is not one of none, breaking, any.", error, StringComparison.Ordinal);
        Assert.Contains("'imrcite catalogue diff --help' lists the arguments and options.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lint", "LETTERS")]
    [InlineData("check", "MTUS Chronic Pain Medical Treatment Guidelines Opioids")]
    [InlineData("catalogue", "report")]
    public void AnEmptyOutputFileNameIsRefusedWithoutAStackTrace(string command, string argument)
    {
        var args = new[] { command, argument == "LETTERS" ? Tool.Samples : argument, "--output", "" };
        var (code, _, error) = Tool.Run(args);
        Assert.Equal(ExitCode.UsageOrInput, code);
        Assert.Contains("imrcite: --output: the file name is empty", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ABaselineThatCannotBeWrittenIsRefusedBeforeAnyLetterIsRead()
    {
        string folder = Tool.TempFolder();

        var intoFolder = Tool.Run("lint", Tool.Samples, "--write-baseline", folder);
        Assert.Equal(ExitCode.UsageOrInput, intoFolder.Code);
        Assert.Equal("", intoFolder.Output);
        Assert.Equal($"imrcite: --write-baseline {folder}: is a folder; --write-baseline names a file.{Environment.NewLine}", intoFolder.Error);

        var toStandardOutput = Tool.Run("lint", Tool.Samples, "--write-baseline", "-");
        Assert.Equal(ExitCode.UsageOrInput, toStandardOutput.Code);
        Assert.Equal("", toStandardOutput.Output);
        Assert.Contains("--write-baseline: '-' is not a file", toStandardOutput.Error, StringComparison.Ordinal);

        string missingFolder = Path.Combine(folder, "no-such-folder", "imrcite.baseline");
        var intoMissingFolder = Tool.Run("lint", Tool.Samples, "--write-baseline", missingFolder);
        Assert.Equal(ExitCode.UsageOrInput, intoMissingFolder.Code);
        Assert.Equal("", intoMissingFolder.Output);
        Assert.Contains($"--write-baseline {missingFolder}: the folder", intoMissingFolder.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("check")]
    public void ACatalogueThatIsNotThereIsNamedNotCalledInvalidJson(string command)
    {
        string folder = Tool.TempFolder();
        string missing = Path.Combine(folder, "mine.imrcite.json");
        string subject = command == "lint" ? Tool.Samples : "MTUS Chronic Pain Medical Treatment Guidelines Opioids";

        var (code, output, error) = Tool.Run(command, subject, "--catalogue", missing);
        Assert.Equal(ExitCode.UsageOrInput, code);
        Assert.Equal("", output);
        Assert.Contains($"imrcite: --catalogue {missing}: no such file or folder.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("IMR0001", error, StringComparison.Ordinal);
        Assert.Contains("so nothing was checked", error, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a catalogue");
        var empty = Tool.Run(command, subject, "--catalogue", folder);
        Assert.Equal(ExitCode.UsageOrInput, empty.Code);
        Assert.Contains($"imrcite: --catalogue {folder}: no catalogue file (*.imrcite.json) there.", empty.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderWithoutLettersIsAWarningNotASilentSuccess()
    {
        string folder = Tool.TempFolder();
        File.WriteAllText(Path.Combine(folder, "notes.md"), "not a letter");

        var (code, output, error) = Tool.Run("lint", folder);
        Assert.Equal(ExitCode.Clean, code);
        Assert.Equal("", output);
        Assert.Contains($"imrcite: warning: no letter found in {folder} (folders are searched for *.txt, *.pdf); nothing was checked.", error, StringComparison.Ordinal);

        var withGlobs = Tool.Run("lint", Tool.Samples, "--include", "*.doc");
        Assert.Contains("(folders are searched for *.doc); nothing was checked.", withGlobs.Error, StringComparison.Ordinal);

        // A folder with letters says nothing of the kind.
        Assert.DoesNotContain("no letter found", Tool.Run("lint", Tool.Samples).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyPathIsRefused()
    {
        var lint = Tool.Run("lint", "");
        Assert.Equal(ExitCode.UsageOrInput, lint.Code);
        Assert.Equal($"imrcite: lint: an empty path was given; name a letter, a folder, or - for standard input.{Environment.NewLine}", lint.Error);

        var config = Tool.Run("config", "show", "");
        Assert.Equal(ExitCode.UsageOrInput, config.Code);
        Assert.Contains("config show: the file name is empty", config.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void StatsSaysWhatItWasGivenInsteadOfLintJson()
    {
        string folder = Tool.TempFolder();
        string sarif = Path.Combine(folder, "lint.sarif");
        Assert.Equal(ExitCode.Findings, Tool.Run("lint", Tool.Samples, "--format", "sarif", "-o", sarif).Code);
        string other = Path.Combine(folder, "other.json");
        File.WriteAllText(other, "{\"a\": 1}");
        string text = Path.Combine(folder, "lint.txt");
        File.WriteAllText(text, "CM15-0000101.txt(1,1): error IMR0106: ...\n");
        string empty = Path.Combine(folder, "empty.json");
        File.WriteAllText(empty, "");

        Assert.Contains($"{sarif}: a SARIF file; stats reads the output of 'imrcite lint --format json'.", Tool.Run("stats", sarif).Error, StringComparison.Ordinal);
        Assert.Contains($"{other}: JSON, but not the output of 'imrcite lint --format json'", Tool.Run("stats", other).Error, StringComparison.Ordinal);
        Assert.Contains($"{text}: not JSON (line 1);", Tool.Run("stats", text).Error, StringComparison.Ordinal);
        Assert.Contains($"{empty}: empty;", Tool.Run("stats", empty).Error, StringComparison.Ordinal);
        var missing = Tool.Run("stats", Path.Combine(folder, "none.json"));
        Assert.Equal(ExitCode.UsageOrInput, missing.Code);
        Assert.Contains("none.json: no such file.", missing.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("dictionary", missing.Error + Tool.Run("stats", other).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFailureInsideACommandIsOneLineAndExitCode2NotAStackTraceAndExitCode1()
    {
        // Standard output that breaks (a closed pipe, a full disk) while the command writes.
        var error = new StringWriter();
        int code = CommandLine.Run(new[] { "explain", "IMR0106" }, new BrokenWriter(), error, new StringReader(""));

        Assert.Equal((int)ExitCode.UsageOrInput, code);
        string message = error.ToString();
        Assert.StartsWith("imrcite: the command failed: IOException: No space left on device.", message, StringComparison.Ordinal);
        Assert.Single(message.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpNamesWhatEachOptionTakes()
    {
        string help = Tool.Run("lint", "--help").Output;
        Assert.Contains("--files-from <FILE>", help, StringComparison.Ordinal);
        Assert.Contains("--shard <INDEX/COUNT>", help, StringComparison.Ordinal);
        Assert.Contains("--format <text|json|sarif|html>", help, StringComparison.Ordinal);
        Assert.Contains("--max-pdf-pages <N>", help, StringComparison.Ordinal);
        // Each default is stated once, by the help's own [default: ...].
        string formatLine = help.Split('\n').Single(l => l.TrimStart().StartsWith("--format", StringComparison.Ordinal));
        Assert.Equal(1, formatLine.Split("default", StringSplitOptions.None).Length - 1);
    }

    [Fact]
    public void ShellsAreStillOfferedTheFormats()
    {
        var (_, output, _) = Tool.Run("[suggest:16]", "lint x --format ");
        var suggestions = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("sarif", suggestions);
        Assert.Contains("html", suggestions);
    }

    [Fact]
    public void AnEmptyLetterIsReportedWithoutQuotingABlankLine()
    {
        string letter = Path.Combine(Tool.TempFolder(), "CM26-0000900.txt");
        File.WriteAllText(letter, "");

        var (code, output, _) = Tool.Run("lint", letter);

        Assert.Equal(ExitCode.Clean, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("(1,1): warning IMR0204: No text could be read from the letter", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("0 disputed item(s), 0 citation(s); 0 citation-like span(s), 0 resolved; 0 error(s), 1 warning(s).", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("106")]
    [InlineData("0106")]
    [InlineData("imr106")]
    [InlineData("IMR0106")]
    public void ExplainTakesARuleNumberWrittenShort(string id)
    {
        var (code, output, _) = Tool.Run("explain", id, "--path");
        Assert.Equal(ExitCode.Clean, code);
        Assert.Equal("docs/diagnostics/IMR0106.md\n", output);
    }

    [Fact]
    public void ExplainStillRefusesANumberThatIsNoRule()
    {
        var (code, _, error) = Tool.Run("explain", "999");
        Assert.Equal(ExitCode.UsageOrInput, code);
        Assert.Contains("'999' is not a rule id.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckRefusesAnEmptyCitation()
    {
        var (code, output, error) = Tool.Run("check", "  ");
        Assert.Equal(ExitCode.UsageOrInput, code);
        Assert.Equal("", output);
        Assert.Contains("check: the citation is empty", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ADiffWithAnUnreadableCatalogueFileIsNotAVerdict()
    {
        string folder = Tool.TempFolder();
        string good = Path.Combine(folder, "good.imrcite.json");
        File.WriteAllText(good, """
            {"sources":[{"id":"mine","name":"Mine","codeName":"Mine","tier":"other"}],
             "documents":[{"id":"mine.policy","source":"mine","title":"Policy","codeName":"Policy","edition":"1","effectiveFrom":"2014-01-01",
               "pages":"1-10","sourceNote":"A synthetic policy.","sections":[{"id":"refills","title":"Refills","pages":"1-2","provenance":"cited"}]}]}
            """);
        string broken = Path.Combine(folder, "broken.imrcite.json");
        File.WriteAllText(broken, "{ \"documents\": [ ");

        var (code, output, error) = Tool.Run("catalogue", "diff", good, broken, "--fail-on", "breaking");

        Assert.Equal(ExitCode.UsageOrInput, code);
        Assert.Contains("document removed: mine.policy", output, StringComparison.Ordinal);
        Assert.Contains("broken.imrcite.json(1,", error, StringComparison.Ordinal);
        Assert.Contains("error IMR0001", error, StringComparison.Ordinal);
        Assert.Contains("a catalogue file could not be read, so its documents show as removed", error, StringComparison.Ordinal);
        Assert.DoesNotContain("generated member(s) removed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatIsNotABaselineIsRefusedNotReadAsAcceptingNothing()
    {
        string folder = Tool.TempFolder();
        string notes = Path.Combine(folder, "notes.txt");
        File.WriteAllText(notes, "# accepted findings\nthe letters of March, reviewed by hand\n");

        var (code, output, error) = Tool.Run("lint", Tool.Samples, "--baseline", notes);
        Assert.Equal(ExitCode.UsageOrInput, code);
        Assert.Equal("", output);
        Assert.Contains($"--baseline {notes}(2): not a baseline entry", error, StringComparison.Ordinal);

        var intoFolder = Tool.Run("lint", Tool.Samples, "--baseline", folder);
        Assert.Equal(ExitCode.UsageOrInput, intoFolder.Code);
        Assert.Contains($"--baseline {folder}: is a folder", intoFolder.Error, StringComparison.Ordinal);

        // A baseline the tool wrote still reads, and accepts what it lists.
        string baseline = Path.Combine(folder, "imrcite.baseline");
        Assert.Equal(ExitCode.Clean, Tool.Run("lint", Tool.Samples, "--write-baseline", baseline).Code);
        Assert.Equal(ExitCode.Clean, Tool.Run("lint", Tool.Samples, "--baseline", baseline).Code);
    }

    [Fact]
    public void AFolderOrABinaryFileWhereAFileOfPathsOrSettingsIsExpectedIsNamedForWhatItIs()
    {
        string folder = Tool.TempFolder();
        var config = Tool.Run("lint", Tool.Samples, "--config", folder);
        Assert.Equal(ExitCode.UsageOrInput, config.Code);
        Assert.Contains($"--config {folder}: is a folder", config.Error, StringComparison.Ordinal);

        var list = Tool.Run("lint", "--files-from", folder);
        Assert.Equal(ExitCode.UsageOrInput, list.Code);
        Assert.Contains($"--files-from: {folder}: is a folder", list.Error, StringComparison.Ordinal);

        string binary = Path.Combine(folder, "letters.lst");
        File.WriteAllBytes(binary, new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00, 0x1B, 0x5B, 0x32, 0x4A, 0x0A, 0x00 });
        var garbage = Tool.Run("lint", "--files-from", binary);
        Assert.Equal(ExitCode.UsageOrInput, garbage.Code);
        Assert.Contains("binary data, not a list of paths", garbage.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", garbage.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderWithNoCatalogueFileIsAnErrorForEveryCatalogueCommand()
    {
        string folder = Tool.TempFolder();
        File.WriteAllText(Path.Combine(folder, "notes.json"), "{}");

        var (code, _, error) = Tool.Run("catalogue", "fmt", "--check", folder);

        Assert.Equal(ExitCode.UsageOrInput, code);
        Assert.Contains($"{folder}: no catalogue file (*.imrcite.json) there.", error, StringComparison.Ordinal);
        var check = Tool.Run("catalogue", "check", folder);
        Assert.Equal(ExitCode.UsageOrInput, check.Code);
        Assert.Equal("", check.Output);
        Assert.Contains($"{folder}: no catalogue file (*.imrcite.json) there.", check.Error, StringComparison.Ordinal);
        string report = Path.Combine(Tool.TempFolder(), "catalogue.html");
        Assert.Equal(ExitCode.UsageOrInput, Tool.Run("catalogue", "report", folder, "-o", report).Code);
        Assert.False(File.Exists(report));
    }

    [Fact]
    public void VerifyOnAFileThatIsNotAPdfSaysSoWithoutCallingItABug()
    {
        string notPdf = Path.Combine(Tool.TempFolder(), "guideline.pdf");
        File.WriteAllText(notPdf, "This is the guideline's text, saved as text, not a PDF.\n");

        var (code, output, error) = Tool.Run("catalogue", "verify", "--pdf", notPdf, "--document", "mtus.cpmtg.2009");

        Assert.Equal(ExitCode.UsageOrInput, code);
        Assert.Equal("", output);
        Assert.Contains($"imrcite: --pdf {notPdf}: cannot read the PDF (", error, StringComparison.Ordinal);
        Assert.DoesNotContain("bug", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheToolsOwnHelpEndsWithAnExampleToo()
    {
        var (code, output, _) = Tool.Run("--help");
        Assert.Equal(ExitCode.Clean, code);
        Assert.Contains("Example:\n  imrcite lint letters", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void MergeRefusesAnOutputGivenTwiceAndShardsThatOverlap()
    {
        string folder = Tool.TempFolder();
        string all = Path.Combine(folder, "all.json");
        string first = Path.Combine(folder, "first.json");
        Assert.Equal(ExitCode.Findings, Tool.Run("lint", Tool.Samples, "--format", "json", "-o", all).Code);
        Assert.Equal(ExitCode.Clean, Tool.Run("lint", Path.Combine(Tool.Samples, "CM15-0000101.txt"), "--format", "json", "-o", first).Code);

        var twice = Tool.Run("merge", all, all);
        Assert.Equal(ExitCode.UsageOrInput, twice.Code);
        Assert.Equal("", twice.Output);
        Assert.Contains($"{all}: given twice", twice.Error, StringComparison.Ordinal);

        var overlapping = Tool.Run("merge", all, first);
        Assert.Equal(ExitCode.UsageOrInput, overlapping.Code);
        Assert.Equal("", overlapping.Output);
        Assert.Contains("CM15-0000101.txt is in ", overlapping.Error, StringComparison.Ordinal);

        string sarif = Path.Combine(folder, "all.sarif");
        Tool.Run("lint", Tool.Samples, "--format", "sarif", "-o", sarif);
        var mixed = Tool.Run("merge", all, sarif);
        Assert.Contains($"{sarif}: SARIF, but {all} is imrcite lint JSON", mixed.Error, StringComparison.Ordinal);
    }

    private sealed class BrokenWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device.");

        public override void Write(string? value) => throw new IOException("No space left on device.");
    }
}
