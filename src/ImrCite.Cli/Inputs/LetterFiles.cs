using Microsoft.Extensions.FileSystemGlobbing;

namespace ImrCite.Cli.Inputs;

/// <summary>A path the tool did not read, and why.</summary>
public sealed record SkippedPath(string Path, string Reason);

/// <summary>One input of a lint: a letter to read, or a path to report as skipped (IMR0207) with the reason.</summary>
public sealed record LetterInput(string Path, string? SkipReason = null);

/// <summary>The inputs in the order they are reported, and whether a named path was missing.</summary>
public sealed record LetterSet(List<LetterInput> Inputs, bool Missing)
{
    /// <summary>The letters to read.</summary>
    public IEnumerable<string> Files => Inputs.Where(i => i.SkipReason is null).Select(i => i.Path);

    /// <summary>The paths skipped.</summary>
    public IEnumerable<SkippedPath> Skipped => Inputs.Where(i => i.SkipReason is not null).Select(i => new SkippedPath(i.Path, i.SkipReason!));
}

/// <summary>
/// Turns the paths given to <c>lint</c> into the letters to read: files as given, "-" for standard input, folders
/// walked recursively for the files the include globs select and the exclude globs do not
/// (Microsoft.Extensions.FileSystemGlobbing: <c>**</c> crosses folders, <c>*</c> and <c>?</c> do not; a
/// pattern without <c>/</c> matches a file name in any folder). Only regular files are read: named pipes,
/// devices and sockets are skipped with a note, and each folder is entered once, by its device and inode (or
/// its real path), so symbolic-link cycles end and no letter is read twice.
/// </summary>
public static class LetterFiles
{
    /// <summary>The globs read within folders when no --include is given.</summary>
    public static IReadOnlyList<string> DefaultIncludes { get; } = new[] { "*.txt", "*.pdf" };

    /// <summary>Expands the paths; a path that is neither a file nor a folder is reported on <paramref name="error"/>.</summary>
    public static LetterSet Expand(IEnumerable<string> paths, string[]? include, string[]? exclude, TextWriter error)
    {
        var matcher = Matcher(include is { Length: > 0 } ? include : DefaultIncludes, exclude ?? Array.Empty<string>());
        var inputs = new List<LetterInput>();
        bool missing = false;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (path == "-")
            {
                inputs.Add(new LetterInput(path));
                continue;
            }
            var identity = FileKind.Of(path);
            switch (identity.Kind)
            {
                case FileKindValue.Regular:
                    inputs.Add(new LetterInput(path));
                    break;
                case FileKindValue.Directory:
                    var found = new List<(string Path, FileKindValue Kind)>();
                    var skipped = new List<SkippedPath>();
                    FileTree.Walk(path, identity, visited, found, skipped);
                    // Each file's path relative to the folder, worked out once (each costs a look-up of the working folder).
                    var relative = found.ConvertAll(f => Path.GetRelativePath(path, f.Path));
                    var selected = new HashSet<string>(matcher.Match(Path.GetFullPath(path), relative).Files.Select(m => m.Path), StringComparer.Ordinal);
                    var folder = new List<LetterInput>();
                    for (int i = 0; i < found.Count; i++)
                    {
                        var (file, kind) = found[i];
                        if (selected.Contains(relative[i].Replace('\\', '/')))
                        {
                            folder.Add(kind == FileKindValue.Regular ? new LetterInput(file) : new LetterInput(file, FileKind.SkipReason(kind)));
                        }
                    }
                    folder.AddRange(skipped.Select(s => new LetterInput(s.Path, s.Reason)));
                    inputs.AddRange(folder.OrderBy(i => i.Path, StringComparer.Ordinal));
                    break;
                case FileKindValue.Missing:
                    // A name with U+FFFD most likely held bytes that are not UTF-8, which .NET cannot give back to the system.
                    error.WriteLine($"imrcite: {TerminalText.Escape(path)}: no such file or folder" +
                        (path.Contains('\uFFFD', StringComparison.Ordinal) ? " (if its name is not valid UTF-8, rename it: the tool cannot open it by that name)." : "."));
                    missing = true;
                    break;
                default:
                    inputs.Add(new LetterInput(path, FileKind.SkipReason(identity.Kind)));
                    break;
            }
        }
        return new LetterSet(inputs, missing);
    }

    /// <summary>A matcher for the globs: a pattern without '/' matches a file name in any folder.</summary>
    public static Matcher Matcher(IEnumerable<string> include, IEnumerable<string> exclude)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        foreach (string pattern in include)
        {
            matcher.AddInclude(Anywhere(pattern));
        }
        foreach (string pattern in exclude)
        {
            matcher.AddExclude(Anywhere(pattern));
        }
        return matcher;
    }

    private static string Anywhere(string pattern)
    {
        string normalized = pattern.Replace('\\', '/');
        return normalized.Contains('/', StringComparison.Ordinal) ? normalized.TrimStart('/') : "**/" + normalized;
    }
}
