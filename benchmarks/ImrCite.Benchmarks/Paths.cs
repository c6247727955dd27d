using System;
using System.IO;

namespace ImrCite.Benchmarks;

internal static class Paths
{
    /// <summary>The repository's guidelines/catalogue, found by walking up from the working directory or the binary.</summary>
    public static string ShippedCatalogue()
    {
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                string candidate = Path.Combine(directory.FullName, "guidelines", "catalogue");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        throw new DirectoryNotFoundException("guidelines/catalogue not found above the working directory.");
    }

    /// <summary>A synthetic catalogue of <paramref name="sections"/> sections in the temp folder, written once.</summary>
    public static string SyntheticCatalogue(int sections)
    {
        string directory = Path.Combine(Path.GetTempPath(), "imrcite-synthetic-" + sections);
        if (!Directory.Exists(directory))
        {
            ImrCite.Benchmarks.SyntheticCatalogue.Write(directory, sections);
        }
        return directory;
    }
}
