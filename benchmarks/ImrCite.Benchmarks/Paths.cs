namespace ImrCite.Benchmarks;

/// <summary>Where the benchmarks' catalogues are.</summary>
internal static class Paths
{
    /// <summary>
    /// The repository's guidelines/catalogue, found by walking up from the working directory or the binary
    /// (BenchmarkDotNet runs each case from a generated project under bin/, below the repository).
    /// </summary>
    public static string? FindShippedCatalogue() =>
        FindRepositoryFolder(Path.Combine("guidelines", "catalogue"), folder => Directory.EnumerateFiles(folder, "*.imrcite.json").Any());

    /// <summary>The first folder named <paramref name="relative"/> above the working directory or the binary.</summary>
    public static string? FindRepositoryFolder(string relative, Func<string, bool>? accept = null)
    {
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                string candidate = Path.Combine(directory.FullName, relative);
                if (Directory.Exists(candidate) && (accept is null || accept(candidate)))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    /// <summary>The shipped catalogue, or (should it be missing) a small synthetic stand-in of 600 sections, which the console says.</summary>
    public static TempCatalogue ShippedCatalogueOrFallback()
    {
        if (FindShippedCatalogue() is { } shipped)
        {
            return new TempCatalogue(shipped, owned: false);
        }
        Console.WriteLine("// guidelines/catalogue not found or empty: using a synthetic 600-section catalogue instead.");
        return SyntheticCatalogue(600);
    }

    /// <summary>A fresh synthetic catalogue of <paramref name="sections"/> sections in a folder of its own under the temp folder.</summary>
    public static TempCatalogue SyntheticCatalogue(int sections)
    {
        string directory = Path.Combine(Path.GetTempPath(), $"imrcite-bench-{sections}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        ImrCite.Benchmarks.SyntheticCatalogue.Write(directory, sections);
        int read = ImrCite.Benchmarks.SyntheticCatalogue.Validate(directory);
        if (read != sections)
        {
            throw new InvalidOperationException($"The synthetic catalogue has {read} sections, not {sections}.");
        }
        return new TempCatalogue(directory, owned: true);
    }
}

/// <summary>A catalogue folder; a synthetic one is deleted on dispose.</summary>
internal sealed class TempCatalogue : IDisposable
{
    private readonly bool _owned;

    public TempCatalogue(string directory, bool owned)
    {
        Directory = directory;
        _owned = owned;
    }

    public string Directory { get; }

    public void Dispose()
    {
        if (_owned && System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
