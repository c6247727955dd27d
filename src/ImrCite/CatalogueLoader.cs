using System.IO;
using ImrCite.Catalogue;
using ImrCite.Diagnostics;

namespace ImrCite;

/// <summary>A catalogue read from files, with every diagnostic the files have.</summary>
public sealed class LoadedCatalogue
{
    internal LoadedCatalogue(IReadOnlyList<CatalogueFile> files, IReadOnlyList<ImrDiagnostic> diagnostics, GuidelineCatalogue catalogue)
    {
        Files = files;
        Diagnostics = diagnostics;
        Catalogue = catalogue;
    }

    /// <summary>The files read, in path order.</summary>
    internal IReadOnlyList<CatalogueFile> Files { get; }

    /// <summary>What reading and validation found.</summary>
    public IReadOnlyList<ImrDiagnostic> Diagnostics { get; }

    /// <summary>The catalogue built from what could be read.</summary>
    public GuidelineCatalogue Catalogue { get; }
}

/// <summary>Reads catalogue files (<c>*.imrcite.json</c>) from disk.</summary>
public static class CatalogueLoader
{
    /// <summary>
    /// Reads the catalogue files at <paramref name="paths"/> (files, or folders searched recursively),
    /// validates them together and builds the catalogue. Unreadable files become diagnostics.
    /// </summary>
    public static LoadedCatalogue Load(IEnumerable<string> paths)
    {
        var filePaths = ExpandPaths(paths);
        var files = new List<CatalogueFile>();
        var ioProblems = new List<ImrDiagnostic>();
        foreach (string path in filePaths)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                var location = new Text.LineMap(path, "").GetLocation(0, 0);
                ioProblems.Add(new ImrDiagnostic(Rules.CatalogueSyntaxError, location, new object?[] { "the file cannot be read (" + ex.Message.TrimEnd('.') + ")" }));
                continue;
            }
            // Decoded strictly: bytes that are not UTF-8 are IMR0019, never U+FFFD in a title.
            files.Add(CatalogueReader.Read(path, bytes));
        }
        var diagnostics = new List<ImrDiagnostic>(ioProblems);
        diagnostics.AddRange(CatalogueValidator.Validate(files));
        return new LoadedCatalogue(files, diagnostics, CatalogueBuilder.Build(files));
    }

    /// <summary>
    /// Every catalogue file (<c>*.imrcite.json</c>) named or under the folders named (recursively), sorted
    /// ordinally — the order that decides "first declaration" — without duplicates.
    /// </summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (string file in Directory.EnumerateFiles(path, "*.imrcite.json", SearchOption.AllDirectories))
                {
                    files.Add(file);
                }
            }
            else
            {
                files.Add(path);
            }
        }
        return new List<string>(files);
    }

    /// <summary>Reads catalogue text held in memory (tests, tools).</summary>
    public static LoadedCatalogue FromText(params (string Path, string Text)[] files)
    {
        var read = new List<CatalogueFile>();
        foreach (var (path, text) in files)
        {
            read.Add(CatalogueReader.Read(path, text));
        }
        return new LoadedCatalogue(read, CatalogueValidator.Validate(read), CatalogueBuilder.Build(read));
    }
}
