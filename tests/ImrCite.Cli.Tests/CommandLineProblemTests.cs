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
        Assert.Contains($"imrcite: --catalogue {folder}: no catalogue file (*.imrcite.json) in this folder.", empty.Error, StringComparison.Ordinal);
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

    private sealed class BrokenWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device.");

        public override void Write(string? value) => throw new IOException("No space left on device.");
    }
}
