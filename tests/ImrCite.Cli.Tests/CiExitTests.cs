using System;
using System.IO;
using System.Linq;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// Honest CI exits: catalogue diff fails on what does not exist, reads git:REV:PATH from the repository that holds
/// PATH (inside or outside this one), fails on breaking changes when asked; baselines say what they did.
/// </summary>
public sealed class CiExitTests
{
    private const string Sources = """{ "sources": [ { "id": "test", "name": "Test guidelines", "codeName": "TestSource", "tier": "mtus" } ] }""";

    private static string Guide(string sections) => $$"""
        { "documents": [ { "id": "test.guide", "source": "test", "title": "Test Guide", "codeName": "Guide", "edition": "2020",
          "effectiveFrom": "2020-01-01", "pages": "1-5", "provenance": "verified", "sourceNote": "Test.", "sections": [ {{sections}} ] } ] }
        """;

    private const string TwoSections = """{ "id": "intro", "title": "Introduction", "pages": "1-2" }, { "id": "opioids", "title": "Opioids", "pages": "3-5" }""";
    private const string OneSection = """{ "id": "intro", "title": "Introduction", "pages": "1-2" }""";

    /// <summary>A repository outside this one, with a catalogue folder whose name has a space, committed with two sections.</summary>
    private static (string Repository, string Catalogue) Repository()
    {
        string repository = Tool.GitRepository();
        string catalogue = Path.Combine(repository, "team guidelines");
        Directory.CreateDirectory(catalogue);
        File.WriteAllText(Path.Combine(catalogue, "sources.imrcite.json"), Sources);
        File.WriteAllText(Path.Combine(catalogue, "guide.imrcite.json"), Guide(TwoSections));
        Tool.Git(repository, "add", "-A");
        Tool.Git(repository, "commit", "-q", "-m", "catalogue");
        return (repository, catalogue);
    }

    [Fact]
    public void DiffOfAMissingPathOrRevisionExits2WithAMessage()
    {
        var (repository, catalogue) = Repository();
        var missing = Tool.Run("catalogue", "diff", $"git:HEAD:{Path.Combine(repository, "guidelines", "missing")}", catalogue);
        Assert.Equal(ExitCode.UsageOrInput, missing.Code);
        Assert.Contains("no catalogue file (*.imrcite.json) at 'guidelines/missing' in revision HEAD", missing.Error, StringComparison.Ordinal);

        var revision = Tool.Run("catalogue", "diff", $"git:no-such-branch:{catalogue}", catalogue);
        Assert.Equal(ExitCode.UsageOrInput, revision.Code);
        Assert.Contains("has no revision 'no-such-branch'", revision.Error, StringComparison.Ordinal);

        var disk = Tool.Run("catalogue", "diff", Path.Combine(repository, "nothing-here"), catalogue);
        Assert.Equal(ExitCode.UsageOrInput, disk.Code);
        Assert.Contains("no such file or folder", disk.Error, StringComparison.Ordinal);

        string empty = Directory.CreateDirectory(Path.Combine(repository, "empty")).FullName;
        var nothing = Tool.Run("catalogue", "diff", empty, catalogue);
        Assert.Equal(ExitCode.UsageOrInput, nothing.Code);
        Assert.Contains("no catalogue file", nothing.Error, StringComparison.Ordinal);

        string outside = Tool.TempFolder();
        var notRepository = Tool.Run("catalogue", "diff", $"git:HEAD:{outside}", catalogue);
        Assert.Equal(ExitCode.UsageOrInput, notRepository.Code);
        Assert.Contains("is not in a git repository", notRepository.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void GitPathsResolveInTheRepositoryThatHoldsThemInAnyForm()
    {
        var (repository, catalogue) = Repository();
        File.WriteAllText(Path.Combine(catalogue, "guide.imrcite.json"), Guide(OneSection));

        // git:REV:PATH with an absolute path, and git:REV borrowing the other side's path: the same diff.
        var full = Tool.Run("catalogue", "diff", $"git:HEAD:{catalogue}", catalogue);
        var bare = Tool.Run("catalogue", "diff", "git:HEAD", catalogue);
        var file = Tool.Run("catalogue", "diff", $"git:HEAD:{Path.Combine(catalogue, "guide.imrcite.json")}", Path.Combine(catalogue, "guide.imrcite.json"));
        Assert.True(full.Code == ExitCode.Clean, full.Error);
        Assert.True(bare.Code == ExitCode.Clean, bare.Error);
        Assert.True(file.Code == ExitCode.Clean, file.Error);
        foreach (string output in new[] { full.Output, bare.Output, file.Output })
        {
            Assert.Contains("section removed: test.guide/opioids", output, StringComparison.Ordinal);
            Assert.DoesNotContain("document added", output, StringComparison.Ordinal);
        }

        // catalogue check reads a revision the same way.
        var check = Tool.Run("catalogue", "check", $"git:HEAD:{catalogue}");
        Assert.True(check.Code == ExitCode.Clean, check.Output + check.Error);
        Assert.Contains("2 catalogue file(s), 1 document(s)", check.Output, StringComparison.Ordinal);

        // Both sides a bare revision name no path.
        Assert.Equal(ExitCode.UsageOrInput, Tool.Run("catalogue", "diff", "git:HEAD", "git:HEAD").Code);
    }

    [Fact]
    public void ABreakingDiffFailsOnlyWhenAsked()
    {
        var (_, catalogue) = Repository();
        File.WriteAllText(Path.Combine(catalogue, "guide.imrcite.json"), Guide(OneSection));
        Assert.Equal(ExitCode.Clean, Tool.Run("catalogue", "diff", "git:HEAD", catalogue).Code);
        var breaking = Tool.Run("catalogue", "diff", "git:HEAD", catalogue, "--fail-on", "breaking");
        Assert.Equal(ExitCode.Findings, breaking.Code);
        Assert.Contains("generated member(s) removed", breaking.Error, StringComparison.Ordinal);

        // Adding a section is a change, not a breaking one.
        File.WriteAllText(Path.Combine(catalogue, "guide.imrcite.json"), Guide(TwoSections + """, { "id": "nsaids", "title": "NSAIDs", "pages": "5" }""").Replace("\"3-5\"", "\"3-4\"", StringComparison.Ordinal));
        Assert.Equal(ExitCode.Clean, Tool.Run("catalogue", "diff", "git:HEAD", catalogue, "--fail-on", "breaking").Code);
        Assert.Equal(ExitCode.Findings, Tool.Run("catalogue", "diff", "git:HEAD", catalogue, "--fail-on", "any").Code);
    }

    [Fact]
    public void WritingABaselineExits0AndSaysHowManyFindingsItWrote()
    {
        string baseline = Path.Combine(Tool.TempFolder(), "imrcite.baseline");
        var (code, _, error) = Tool.Run("lint", Tool.Samples, "--write-baseline", baseline);
        Assert.Equal(ExitCode.Clean, code);
        int entries = File.ReadAllLines(baseline).Count(l => !l.StartsWith('#'));
        Assert.True(entries > 0);
        Assert.Contains($"wrote {entries} finding(s) to the baseline {baseline}", error, StringComparison.Ordinal);

        // Each entry: fingerprint, rule id, letter and a readable summary.
        string entry = File.ReadAllLines(baseline).First(l => l.Contains("\tIMR0106\t", StringComparison.Ordinal));
        string[] fields = entry.Split('\t');
        Assert.Equal(24, fields[0].Length);
        Assert.Equal("CM15-0000102", fields[2]);
        Assert.StartsWith("The citation says 'of 112'", fields[3], StringComparison.Ordinal);
    }

    [Fact]
    public void ARunWithABaselineCountsWhatItAcceptedAndWhatNoLongerMatches()
    {
        string baseline = Path.Combine(Tool.TempFolder(), "imrcite.baseline");
        Tool.Run("lint", Tool.Samples, "--write-baseline", baseline);
        int entries = File.ReadAllLines(baseline).Count(l => !l.StartsWith('#'));
        File.AppendAllText(baseline, "0123456789abcdef01234567\tIMR0106\tCM15-0000101\tfixed since\n");

        var (code, output, error) = Tool.Run("lint", Tool.Samples, "--baseline", baseline);
        Assert.Equal(ExitCode.Clean, code);
        Assert.DoesNotContain("IMR01", output, StringComparison.Ordinal);
        Assert.Contains($"{entries} finding(s) accepted, 1 of its {entries + 1} entries no longer match a finding", error, StringComparison.Ordinal);
        Assert.Contains($"{entries} finding(s) accepted by the baseline", output, StringComparison.Ordinal);

        // A new defect in a letter the baseline does not know fails again.
        string folder = Tool.TempFolder();
        File.WriteAllText(Path.Combine(folder, "new.txt"), File.ReadAllText(Path.Combine(Tool.Samples, "CM15-0000101.txt")).Replace("Page(s): 24.", "Page(s): 24 of 99.", StringComparison.Ordinal));
        Assert.Equal(ExitCode.Findings, Tool.Run("lint", folder, "--baseline", baseline).Code);
    }

    [Fact]
    public void AnOldBaselineOfBareFingerprintsStillReads()
    {
        string folder = Tool.TempFolder();
        string baseline = Path.Combine(folder, "new.baseline");
        Tool.Run("lint", Tool.Samples, "--write-baseline", baseline);
        string old = Path.Combine(folder, "old.baseline");
        File.WriteAllLines(old, File.ReadAllLines(baseline).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')[0]).Prepend("# fingerprints"));
        var (code, _, error) = Tool.Run("lint", Tool.Samples, "--baseline", old);
        Assert.Equal(ExitCode.Clean, code);
        Assert.Contains(", 0 of its", error, StringComparison.Ordinal);
    }
}
