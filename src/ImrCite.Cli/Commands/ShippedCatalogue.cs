using ImrCite.Cli.Inputs;

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
    /// Loads the shipped catalogue with <paramref name="extra"/> files or folders (<c>--catalogue</c>); catalogue
    /// errors, a path that does not exist and a folder with no <c>*.imrcite.json</c> file are written to
    /// <paramref name="error"/> and make <paramref name="broken"/> true, with a last line that says nothing was checked.
    /// </summary>
    internal static GuidelineCatalogue LoadWith(IEnumerable<string> extra, TextWriter error, out bool broken)
    {
        broken = false;
        var paths = new List<string> { Location() };
        foreach (string path in extra)
        {
            if (FileKind.Of(path).Kind == FileKindValue.Missing)
            {
                error.WriteLine($"imrcite: --catalogue {path}: no such file or folder.");
                broken = true;
            }
            else if (CatalogueSources.IsFolderWithoutCatalogue(path))
            {
                error.WriteLine($"imrcite: --catalogue {path}: no catalogue file (*.imrcite.json) there.");
                broken = true;
            }
            else
            {
                paths.Add(path);
            }
        }
        var loaded = CatalogueLoader.Load(paths);
        foreach (var diagnostic in loaded.Diagnostics.Where(d => d.Severity == ImrSeverity.Error))
        {
            error.WriteLine(diagnostic.ToString());
            broken = true;
        }
        if (broken)
        {
            error.WriteLine("imrcite: the catalogue could not be loaded (above), so nothing was checked; 'imrcite catalogue check --with-shipped PATH' checks a catalogue of your own.");
        }
        return loaded.Catalogue;
    }
}
