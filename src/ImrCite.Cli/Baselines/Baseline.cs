using System;
using System.Collections.Generic;
using System.IO;

namespace ImrCite.Cli.Baselines;

/// <summary>
/// A baseline: the fingerprints of accepted findings, one per line (<c>#</c> starts a comment). A run with a
/// baseline reports only findings whose fingerprint it does not list.
/// </summary>
public sealed class Baseline
{
    private readonly HashSet<string> _accepted;

    private Baseline(HashSet<string> accepted) => _accepted = accepted;

    /// <summary>The baseline that accepts nothing.</summary>
    public static Baseline None { get; } = new(new HashSet<string>(StringComparer.Ordinal));

    /// <summary>True when a finding with this fingerprint is accepted.</summary>
    public bool Accepts(string fingerprint) => _accepted.Contains(fingerprint);

    /// <summary>Reads a baseline file; null (the problem written to <paramref name="error"/>) when it does not exist.</summary>
    public static Baseline? Read(string path, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"imrcite: {path}: no such baseline file.");
            return null;
        }
        var accepted = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in File.ReadAllLines(path))
        {
            if (line.Trim().Length > 0 && !line.StartsWith('#'))
            {
                accepted.Add(line.Trim());
            }
        }
        return new Baseline(accepted);
    }

    /// <summary>Writes the fingerprints, one per line in ordinal order.</summary>
    public static void Write(string path, IEnumerable<string> fingerprints) => File.WriteAllLines(path, new SortedSet<string>(fingerprints, StringComparer.Ordinal));
}
