using System;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// The README's quick start is what CI's consumer test (tests/consumer/run.sh) does: the files it shows
/// are the files the test writes into the new project, and its commands are the test's commands. The
/// output lines it shows are checked by run.sh itself, against a real build.
/// </summary>
public sealed class ReadmeQuickStartTests
{
    private static readonly string Readme = RepositoryFiles.Read("README.md");
    private static readonly string Script = RepositoryFiles.Read("tests", "consumer", "run.sh");

    private static string QuickStart()
    {
        int start = Readme.IndexOf("## Quick start", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '## Quick start' section");
        int end = Readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? Readme[start..] : Readme[start..end];
    }

    [Theory]
    [InlineData("Program.cs")]
    [InlineData("OwnCatalogue.lines.cs")]
    [InlineData("guidelines/contoso.imrcite.json")]
    public void TheQuickStartShowsTheFileTheConsumerTestWrites(string file)
    {
        string content = RepositoryFiles.Read("tests", "consumer", file);
        Assert.Contains(content, QuickStart(), StringComparison.Ordinal);
        Assert.Contains("$here/" + file, Script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dotnet add package ImrCite --prerelease --source ")]
    [InlineData("<ImrCiteCatalogue Include=\"guidelines/*.imrcite.json\" />")]
    [InlineData("dotnet_diagnostic.IMR0104.severity = error")]
    [InlineData("ImrCiteUseDefaultCatalogue")]
    [InlineData("dotnet tool install ImrCite.Cli --tool-path tools --prerelease --add-source ")]
    [InlineData("tools/imrcite lint letters")]
    [InlineData("tools/imrcite lint letters --catalogue guidelines")]
    public void TheQuickStartAndTheConsumerTestRunTheSameCommand(string command)
    {
        Assert.Contains(command, QuickStart(), StringComparison.Ordinal);
        Assert.Contains(command, Script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Program.cs(10,105): warning IMR0104")]
    [InlineData("letters/CM26-0000001.txt(10,27): error IMR0106")]
    [InlineData("MTUS Chronic Pain Medical Treatment Guidelines (2009), Opioids, pp. 74")]
    [InlineData("Medication Review Policy (2014), Opioid Refills, pp. 4")]
    public void EveryOutputTheQuickStartShowsIsCheckedByTheConsumerTest(string output)
    {
        Assert.Contains(output, QuickStart(), StringComparison.Ordinal);
        Assert.Contains("expect_readme \"$work/", Script, StringComparison.Ordinal);
        Assert.Contains("'" + output + "'", Script, StringComparison.Ordinal);
    }

    [Fact]
    public void CiRunsTheConsumerTest()
    {
        Assert.Contains("bash tests/consumer/run.sh", RepositoryFiles.Read(".ci", "run"), StringComparison.Ordinal);
    }
}
