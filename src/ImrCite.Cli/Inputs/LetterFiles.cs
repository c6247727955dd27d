using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ImrCite.Cli.Inputs;

/// <summary>
/// Turns the paths given to <c>lint</c> into the list of letters to read: files as given, "-" for standard
/// input, folders searched recursively for the files the include globs select and the exclude globs do not.
/// </summary>
public static class LetterFiles
{
    /// <summary>The file-name globs read within folders when no --include is given.</summary>
    public static IReadOnlyList<string> DefaultIncludes { get; } = new[] { "*.txt", "*.pdf" };

    /// <summary>
    /// The letters under <paramref name="paths"/>, each folder's in ordinal order. A path that is neither a
    /// file nor a folder is reported on <paramref name="error"/> and sets <paramref name="missing"/>.
    /// </summary>
    public static List<string> Expand(IEnumerable<string> paths, string[]? include, string[]? exclude, TextWriter error, out bool missing)
    {
        missing = false;
        var includes = include is { Length: > 0 } ? include : DefaultIncludes;
        var excludes = exclude ?? Array.Empty<string>();
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (path == "-" || File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => includes.Any(g => Glob(Path.GetFileName(f), g)) && !excludes.Any(g => Glob(Path.GetFileName(f), g) || Glob(Path.GetRelativePath(path, f), g)))
                    .OrderBy(f => f, StringComparer.Ordinal);
                files.AddRange(found);
            }
            else
            {
                error.WriteLine($"imrcite: {path}: no such file or folder.");
                missing = true;
            }
        }
        return files;
    }

    /// <summary>'*' and '?' globs, matched case-insensitively without regular expressions.</summary>
    public static bool Glob(string name, string pattern)
    {
        int n = 0, p = 0, star = -1, mark = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(name[n])))
            {
                n++;
                p++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = n;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++mark;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }
        return p == pattern.Length;
    }
}
