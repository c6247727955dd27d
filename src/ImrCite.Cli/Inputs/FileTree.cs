namespace ImrCite.Cli.Inputs;

/// <summary>
/// Walks a folder tree for the commands that read folders (letters, catalogue files): every entry is examined
/// without being opened, and each folder is entered once, by device and inode (or real path), so a symbolic
/// link back into the tree ends the walk there instead of looping, and a folder linked twice is read once.
/// </summary>
public static class FileTree
{
    /// <summary>
    /// Collects the files under <paramref name="root"/> with their kinds (callers decide which to read, and which
    /// of the other kinds to report as skipped); a folder already entered is not entered again, and is noted.
    /// Iterative, so a deep tree cannot exhaust the stack.
    /// </summary>
    public static void Walk(string root, FileIdentity identity, HashSet<string> visited, List<(string Path, FileKindValue Kind)> found, List<SkippedPath> skipped)
    {
        var pending = new Stack<(string Folder, FileIdentity Identity)>();
        pending.Push((root, identity));
        while (pending.Count > 0)
        {
            var (folder, id) = pending.Pop();
            if (!visited.Add(Key(folder, id)))
            {
                skipped.Add(new SkippedPath(folder, "this is a folder already read (a symbolic link back into the tree, or to a folder read before); each folder is read once"));
                continue;
            }
            List<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(folder).OrderByDescending(e => e, StringComparer.Ordinal).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                skipped.Add(new SkippedPath(folder, $"the folder cannot be read ({ex.Message.TrimEnd('.')})"));
                continue;
            }
            foreach (string entry in entries)
            {
                var kind = FileKind.Of(entry);
                switch (kind.Kind)
                {
                    case FileKindValue.Directory:
                        pending.Push((entry, kind));
                        break;
                    case FileKindValue.Missing when entry.Contains('\uFFFD', StringComparison.Ordinal):
                        // Not gone: listed under a name that cannot be given back to the system. Reported, never dropped.
                        found.Add((entry, FileKindValue.UndecodableName));
                        break;
                    case FileKindValue.Missing:
                        break; // a dangling symbolic link, or gone since the listing
                    default:
                        found.Add((entry, kind.Kind));
                        break;
                }
            }
        }
    }

    /// <summary>A folder's identity: device and inode where known, else its real path.</summary>
    private static string Key(string folder, FileIdentity identity)
    {
        if (identity.HasInode)
        {
            return $"{identity.Device}:{identity.Inode}";
        }
        var info = new DirectoryInfo(folder);
        return (info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName : null) ?? info.FullName;
    }

    /// <summary>The catalogue files (<c>*.imrcite.json</c>) named or under the folders named, sorted ordinally, each once.</summary>
    public static List<string> CatalogueFiles(IEnumerable<string> paths, List<SkippedPath> skipped)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            var identity = FileKind.Of(path);
            if (identity.Kind != FileKindValue.Directory)
            {
                files.Add(path);
                continue;
            }
            var found = new List<(string Path, FileKindValue Kind)>();
            Walk(path, identity, visited, found, skipped);
            foreach (var (file, kind) in found)
            {
                if (file.EndsWith(".imrcite.json", StringComparison.Ordinal))
                {
                    if (kind == FileKindValue.Regular)
                    {
                        files.Add(file);
                    }
                    else
                    {
                        skipped.Add(new SkippedPath(file, FileKind.SkipReason(kind)));
                    }
                }
            }
        }
        return files.ToList();
    }
}
