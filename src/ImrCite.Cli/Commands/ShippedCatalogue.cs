namespace ImrCite.Cli.Commands;

/// <summary>Where the shipped catalogue is, and loading it with a user's own catalogue files.</summary>
public static class ShippedCatalogue
{
    /// <summary>The catalogue copied beside the tool (guidelines/), or the repository's when run from a checkout.</summary>
    public static string Location()
    {
        string beside = Path.Combine(AppContext.BaseDirectory, "guidelines");
        if (Directory.Exists(beside))
        {
            return beside;
        }
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "guidelines", "catalogue");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return beside;
    }

    /// <summary>The given paths, or the shipped catalogue when none are given.</summary>
    internal static string[] OrShipped(string[]? paths) => paths is { Length: > 0 } ? paths : new[] { Location() };

    /// <summary>
    /// Loads the shipped catalogue with <paramref name="extra"/> files or folders; catalogue errors are written
    /// to <paramref name="error"/> and make <paramref name="broken"/> true.
    /// </summary>
    internal static GuidelineCatalogue LoadWith(IEnumerable<string> extra, TextWriter error, out bool broken)
    {
        var paths = new List<string> { Location() };
        paths.AddRange(extra);
        var loaded = CatalogueLoader.Load(paths);
        broken = false;
        foreach (var diagnostic in loaded.Diagnostics.Where(d => d.Severity == ImrSeverity.Error))
        {
            error.WriteLine(diagnostic.ToString());
            broken = true;
        }
        return loaded.Catalogue;
    }
}
