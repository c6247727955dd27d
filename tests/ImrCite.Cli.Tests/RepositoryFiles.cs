using System;
using System.IO;
using ImrCite.Testing;

namespace ImrCite.Cli.Tests;

/// <summary>Reads files of the repository the tests run from.</summary>
internal static class RepositoryFiles
{
    public static string Root => RepositoryPaths.Root;

    public static string Read(params string[] parts) => File.ReadAllText(RepositoryPaths.Combine(parts)).Replace("\r\n", "\n", StringComparison.Ordinal);
}
