using System;
using System.IO;

namespace ImrCite.Cli.Tests
{
    /// <summary>Paths into the repository the tests run from.</summary>
    internal static class RepositoryFiles
    {
        public static string Root { get; } = FindRoot();

        public static string Read(params string[] parts) => File.ReadAllText(Path.Combine(Root, Path.Combine(parts))).Replace("\r\n", "\n", StringComparison.Ordinal);

        private static string FindRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ImrCite.sln")))
                {
                    return directory.FullName;
                }
            }
            throw new DirectoryNotFoundException("ImrCite.sln not found above the test binaries.");
        }
    }
}
