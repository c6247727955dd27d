using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using ImrCite.Testing;
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

    /// <summary>A unified-style line diff (LCS), with three lines of context, capped for readability.</summary>
    public static string Diff(string expected, string actual, int context = 3, int maxLines = 120)
    {
        string[] a = expected.Split('\n');
        string[] b = actual.Split('\n');
        // LCS table over lines; generated files are a few hundred lines, so O(n*m) is fine.
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var ops = new List<(char Op, int Line, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                ops.Add((' ', x + 1, a[x]));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                ops.Add(('+', y + 1, b[y]));
                y++;
            }
            else
            {
                ops.Add(('-', x + 1, a[x]));
                x++;
            }
        }
        var show = new bool[ops.Count];
        for (int i = 0; i < ops.Count; i++)
        {
            if (ops[i].Op != ' ')
            {
                for (int k = Math.Max(0, i - context); k <= Math.Min(ops.Count - 1, i + context); k++)
                {
                    show[k] = true;
                }
            }
        }
        var output = new StringBuilder("--- verified\n+++ received\n");
        int written = 0;
        bool gap = false;
        for (int i = 0; i < ops.Count; i++)
        {
            if (!show[i])
            {
                gap = true;
                continue;
            }
            if (gap)
            {
                output.Append("  ...\n");
                gap = false;
            }
            if (++written > maxLines)
            {
                output.Append("  (diff truncated)\n");
                break;
            }
            output.Append(ops[i].Op).Append(' ').Append(ops[i].Line.ToString().PadLeft(4)).Append(" | ").Append(ops[i].Text).Append('\n');
        }
        return output.ToString();
    }
}
