using System;
using System.IO;
using ImrCite.Generators.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace ImrCite.Generators.Tests;

/// <summary>The snapshot helper itself, run against a scratch directory (never the committed Snapshots/).</summary>
public sealed class SnapshotHelperTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "imrcite-snapshots-" + Guid.NewGuid().ToString("N"));

    private string FakeTestFile => Path.Combine(_root, "FakeTests.cs");

    private string Verified => Path.Combine(_root, "Snapshots", "FakeTests.Case.verified.cs");

    private string Received => Path.Combine(_root, "Snapshots", "FakeTests.Case.received.cs");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void AMissingBaselineFailsAndWritesReceived()
    {
        if (Snapshot.Accepting)
        {
            return; // accepting would write the baseline instead
        }
        var error = Assert.ThrowsAny<XunitException>(() => Snapshot.Verify("a\nb\n", callerFile: FakeTestFile, callerMember: "Case"));
        Assert.Contains("No snapshot", error.Message);
        Assert.Equal("a\nb\n", File.ReadAllText(Received));
    }

    [Fact]
    public void LineEndingsAreNormalisedAndAMatchRemovesReceived()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Verified)!);
        File.WriteAllText(Verified, "line one\r\nline two\r\n");
        File.WriteAllText(Received, "stale");
        Snapshot.Verify("line one\nline two\n", callerFile: FakeTestFile, callerMember: "Case");
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void AMismatchFailsWithALineDiff()
    {
        if (Snapshot.Accepting)
        {
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Verified)!);
        File.WriteAllText(Verified, "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n");
        var error = Assert.ThrowsAny<XunitException>(() =>
            Snapshot.Verify("1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n", callerFile: FakeTestFile, callerMember: "Case"));
        Assert.Contains("@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", error.Message);
        Assert.DoesNotContain("\n 10", error.Message); // only three lines of context
        Assert.Contains("five", File.ReadAllText(Received));
    }

    [Fact]
    public void DiffShowsInsertionsAndDeletions()
    {
        string diff = Snapshot.Diff("a\nb\nc\n", "a\nc\nd\n");
        Assert.Contains("\n-b\n", diff);
        Assert.Contains("\n+d\n", diff);
        Assert.StartsWith("--- verified\n+++ received\n", diff);
    }
}
