using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace ImrCite.Generators;

/// <summary>
/// Catalogue files read by the core's reader once per content. The generator's parse step and the analyzers'
/// <see cref="Analyzers.SharedCatalogue"/> take the same <see cref="CatalogueFile"/> for the same path and text,
/// so a file is read once however many of them need it, and not again while it is unchanged: an edit to C#
/// code, or a new compilation over the same files (the compiler server, the IDE), re-reads nothing. Read files
/// are immutable, so sharing them is safe.
/// </summary>
internal static class CatalogueFiles
{
    // The most recently used files first. A project has a handful of catalogue files; the bound keeps a
    // long-lived compiler server or IDE from holding every version of every file it has seen.
    private const int Capacity = 64;
    private static readonly List<(string Path, SourceText Text, CatalogueFile File)> Recent = new List<(string, SourceText, CatalogueFile)>();
    private static int _reads;

    /// <summary>How many times a file has been read (not found in the cache) in this process; for tests.</summary>
    public static int Reads => Volatile.Read(ref _reads);

    /// <summary>The file at <paramref name="path"/> with <paramref name="text"/>, read once per content.</summary>
    public static CatalogueFile Read(string path, SourceText text)
    {
        lock (Recent)
        {
            for (int i = 0; i < Recent.Count; i++)
            {
                var entry = Recent[i];
                if (string.Equals(entry.Path, path, StringComparison.Ordinal) && (ReferenceEquals(entry.Text, text) || entry.Text.ContentEquals(text)))
                {
                    Recent.RemoveAt(i);
                    Recent.Insert(0, entry);
                    return entry.File;
                }
            }
        }
        // Read outside the lock: two callers may read one new file at once; both results are equal.
        var file = CatalogueReader.Read(path, text.ToString());
        Interlocked.Increment(ref _reads);
        lock (Recent)
        {
            Recent.Insert(0, (path, text, file));
            if (Recent.Count > Capacity)
            {
                Recent.RemoveAt(Recent.Count - 1);
            }
        }
        return file;
    }
}
