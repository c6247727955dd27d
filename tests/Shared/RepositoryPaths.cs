using System;
using System.IO;

namespace ImrCite.Testing;

/// <summary>
/// Paths into the repository the tests run from. The root is found from the test binaries, never from
/// <c>[CallerFilePath]</c> alone: a deterministic CI build maps source paths to <c>/_/</c>, so a caller's path
/// must be mapped back onto the checkout before it is opened.
/// </summary>
internal static class RepositoryPaths
{
    /// <summary>The prefix a deterministic build (<c>ContinuousIntegrationBuild</c>) gives every source path.</summary>
    private const string MappedRoot = "/_/";

    /// <summary>The folder that holds ImrCite.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path under the root, from its parts.</summary>
    public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    /// <summary>
    /// A <c>[CallerFilePath]</c> value as a real path in this checkout: re-rooted onto <see cref="Root"/> when
    /// the build mapped it to <c>/_/</c>, otherwise unchanged.
    /// </summary>
    public static string SourceFile(string callerFilePath)
    {
        string normalized = callerFilePath.Replace('\\', '/');
        if (normalized.StartsWith(MappedRoot, StringComparison.Ordinal))
        {
            return Path.Combine(Root, normalized.Substring(MappedRoot.Length));
        }
        return callerFilePath;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ImrCite.sln")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException($"ImrCite.sln not found above the test binaries ({AppContext.BaseDirectory}).");
    }
}
