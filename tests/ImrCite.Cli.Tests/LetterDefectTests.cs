using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// A defect of the tool on one letter (an exception no reader or check expects) fails that letter by name; the other
/// letters are still checked and reported, and the run exits 2 as one that could not check everything.
/// </summary>
public sealed class LetterDefectTests
{
    /// <summary>Standard input that fails as a defect would, not as a read error the tool expects.</summary>
    private sealed class DefectiveInput : TextReader
    {
        public override int Read(char[] buffer, int index, int count) => throw new InvalidOperationException("synthetic defect");

        public override int Read(Span<char> buffer) => throw new InvalidOperationException("synthetic defect");

        public override int Peek() => throw new InvalidOperationException("synthetic defect");

        public override string ReadToEnd() => throw new InvalidOperationException("synthetic defect");
    }

    private static (ExitCode Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = (ExitCode)CommandLine.Run(args, output, error, new DefectiveInput());
        return (code, output.ToString(), error.ToString());
    }

    private static string Letter() => Path.Combine(Tool.Samples, "CM15-0000101.txt");

    [Fact]
    public void TheFailingLetterIsNamedTheOthersAreCheckedAndTheRunExits2()
    {
        var alone = Tool.Run("lint", Letter());
        Assert.Contains("IMR", alone.Output, StringComparison.Ordinal); // the other letter has findings to keep

        var run = Run("lint", "-", Letter());
        Assert.Equal(ExitCode.UsageOrInput, run.Code);
        Assert.Contains("-: internal error while checking this letter (InvalidOperationException: synthetic defect); the other letters were checked.",
            run.Error, StringComparison.Ordinal);
        foreach (string line in alone.Output.Split('\n').Where(l => l.Contains(": error IMR", StringComparison.Ordinal) || l.Contains(": warning IMR", StringComparison.Ordinal)))
        {
            Assert.Contains(line, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SarifSaysTheRunWasNotSuccessfulAndNamesTheLetter()
    {
        var run = Run("lint", "-", Letter(), "--format", "sarif");
        Assert.Equal(ExitCode.UsageOrInput, run.Code);
        using var log = JsonDocument.Parse(run.Output);
        var sarifRun = log.RootElement.GetProperty("runs")[0];
        var invocation = sarifRun.GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Contains("internal error while checking this letter", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("stdin", notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.NotEmpty(sarifRun.GetProperty("results").EnumerateArray()); // the other letter's findings
    }
}
