using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ImrCite.Tooling;

namespace ImrCite.Cli.Commands;

/// <summary>
/// The catalogue named by a <c>catalogue diff</c> argument: a file, a folder, <c>git:REVISION</c> (the
/// revision's guidelines/catalogue) or <c>git:REVISION:PATH</c> (any file or folder in it).
/// </summary>
internal static class CatalogueSources
{
    /// <summary>Reads the catalogue <paramref name="spec"/> names, or null with the problem written to <paramref name="error"/>.</summary>
    public static CatalogueSnapshot? Snapshot(string spec, TextWriter error)
    {
        if (spec.StartsWith("git:", StringComparison.Ordinal))
        {
            string rest = spec[4..];
            int colon = rest.IndexOf(':');
            string revision = colon < 0 ? rest : rest[..colon];
            string path = colon < 0 ? "guidelines/catalogue/" : rest[(colon + 1)..];
            var names = Git($"ls-tree -r --full-name --name-only {revision} -- \"{path}\"", error);
            if (names is null)
            {
                return null;
            }
            var texts = new List<(string Path, string Text)>();
            foreach (string name in names.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(n => n.EndsWith(".imrcite.json", StringComparison.Ordinal)))
            {
                string? text = Git($"show {revision}:{name}", error);
                if (text is null)
                {
                    return null;
                }
                texts.Add((name, text));
            }
            return CatalogueSnapshot.FromTexts(spec, texts.ToArray());
        }
        if (!File.Exists(spec) && !Directory.Exists(spec))
        {
            error.WriteLine($"imrcite: {spec}: no such file or folder.");
            return null;
        }
        return CatalogueSnapshot.FromPaths(spec, new[] { spec });
    }

    private static string? Git(string arguments, TextWriter error)
    {
        var start = new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start);
        if (process is null)
        {
            error.WriteLine("imrcite: git is not available.");
            return null;
        }
        string text = process.StandardOutput.ReadToEnd();
        string problem = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            error.WriteLine($"imrcite: git {arguments}: {problem.Trim()}");
            return null;
        }
        return text;
    }
}
