using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using ImrCite.Testing;
using ImrCite.Tooling;
using Xunit;

namespace ImrCite.Generators.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions in Verify's layout (Verify itself is not available): the committed baseline is
/// <c>Snapshots/&lt;Class&gt;.&lt;Test&gt;[#part].verified.cs</c> beside the test's source file. A mismatch writes
/// <c>.received.cs</c> next to it (git-ignored) and fails with a line diff; <c>IMRCITE_ACCEPT_SNAPSHOTS=1</c>
/// overwrites the baseline instead. Line endings are normalised to \n on both sides.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "IMRCITE_ACCEPT_SNAPSHOTS";
    private const string Extension = ".cs";

    public static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true" or "TRUE" or "True";

    /// <summary>Compares <paramref name="actual"/> with the baseline of the calling test (and <paramref name="part"/>, when one test has several).</summary>
    public static void Verify(
        string actual,
        string? part = null,
        [CallerFilePath] string callerFile = "",
        [CallerMemberName] string callerMember = "")
    {
        string name = BaseName(callerFile, callerMember) + (part is null ? "" : "#" + Sanitize(part));
        string directory = Directory(callerFile);
        string verifiedPath = Path.Combine(directory, name + ".verified" + Extension);
        string receivedPath = Path.Combine(directory, name + ".received" + Extension);
        string received = Normalize(actual);

        if (Accepting)
        {
            System.IO.Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, received, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        string message = verified is null
            ? $"No snapshot {verifiedPath}.\nReceived output written to {receivedPath}; inspect it and rename it to .verified{Extension}, or run with {AcceptVariable}=1."
            : $"Snapshot mismatch: {verifiedPath}\nReceived output written to {receivedPath}. Run with {AcceptVariable}=1 to accept.\n{Diff(verified, received)}";
        Assert.Fail(message);
    }

    /// <summary>Fails when the test has baselines on disk that it did not verify (a generated file disappeared); accepting deletes them.</summary>
    public static void AssertNoOrphans(
        IEnumerable<string?> parts,
        [CallerFilePath] string callerFile = "",
        [CallerMemberName] string callerMember = "")
    {
        string prefix = BaseName(callerFile, callerMember);
        string directory = Directory(callerFile);
        var expected = new HashSet<string>(
            parts.Select(p => prefix + (p is null ? "" : "#" + Sanitize(p)) + ".verified" + Extension), StringComparer.Ordinal);
        if (!System.IO.Directory.Exists(directory))
        {
            return;
        }
        var orphans = System.IO.Directory.GetFiles(directory, prefix + "*.verified" + Extension)
            .Select(path => Path.GetFileName(path))
            .Where(f => (f.StartsWith(prefix + "#", StringComparison.Ordinal) || f == prefix + ".verified" + Extension) && !expected.Contains(f))
            .ToList();
        if (orphans.Count == 0)
        {
            return;
        }
        if (Accepting)
        {
            foreach (string orphan in orphans)
            {
                File.Delete(Path.Combine(directory, orphan));
            }
            return;
        }
        Assert.Fail($"Snapshots no longer produced by {prefix}: {string.Join(", ", orphans)}. Delete them or run with {AcceptVariable}=1.");
    }

    public static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    private static string BaseName(string callerFile, string callerMember) =>
        Path.GetFileNameWithoutExtension(callerFile) + "." + callerMember;

    // The caller's path as compiled may be mapped to /_/ by a deterministic build; baselines live in the checkout.
    private static string Directory(string callerFile) => Path.Combine(Path.GetDirectoryName(RepositoryPaths.SourceFile(callerFile))!, "Snapshots");

    private static string Sanitize(string part)
    {
        var builder = new StringBuilder();
        foreach (char c in part)
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }
        string result = builder.ToString();
        return result.EndsWith(".g.cs", StringComparison.Ordinal) ? result.Substring(0, result.Length - ".g.cs".Length) : result;
    }

    /// <summary>A unified diff from the baseline to the output (the tooling's <see cref="LineDiff"/>), capped for readability.</summary>
    public static string Diff(string expected, string actual, int maxLines = 120)
    {
        string[] lines = LineDiff.Unified(expected, actual, "verified", "received").Split('\n');
        return lines.Length <= maxLines
            ? string.Join("\n", lines)
            : string.Join("\n", lines.Take(maxLines)) + "\n(diff truncated)\n";
    }
}
