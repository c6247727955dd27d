using System;
using System.IO;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// The lint loads the catalogue beside the folder walk: what each says on standard error still comes in the order of a
/// run that does one after the other — the catalogue's problems first, and the walk's only when the catalogue is usable.
/// </summary>
public sealed class LintStartupTests
{
    [Fact]
    public void A_broken_catalogue_is_reported_and_the_walk_says_nothing()
    {
        string folder = Tool.TempFolder();
        string catalogue = Path.Combine(folder, "broken.imrcite.json");
        File.WriteAllText(catalogue, "{ \"documents\": [ ");

        var run = Tool.Run("lint", Path.Combine(folder, "no-such-letters"), "--catalogue", catalogue);

        Assert.Equal(ExitCode.UsageOrInput, run.Code);
        Assert.Contains("broken.imrcite.json", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file or folder", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void With_a_usable_catalogue_the_walk_reports_a_missing_path_and_the_letters_are_still_checked()
    {
        string missing = Path.Combine(Tool.TempFolder(), "no-such-letters");

        var run = Tool.Run("lint", missing, Tool.Samples, "--format", "json");

        Assert.Equal(ExitCode.UsageOrInput, run.Code);
        Assert.Equal($"imrcite: {missing}: no such file or folder.{Environment.NewLine}", run.Error);
        Assert.Contains("\"findings\"", run.Output, StringComparison.Ordinal);
    }
}
