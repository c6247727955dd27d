using System.Diagnostics;
using ImrCite.Cli.Inputs;
using ImrCite.Tooling;

namespace ImrCite.Cli.Commands;

/// <summary>
/// The catalogue a command argument names, in the same forms for every <c>catalogue</c> command:
/// <list type="bullet">
/// <item><c>PATH</c>: a catalogue file, or a folder searched recursively for <c>*.imrcite.json</c>;</item>
/// <item><c>git:REV:PATH</c>: the same path as it was in revision REV of the git repository that holds PATH
/// (PATH is a path on disk, relative to the working directory or absolute, inside or outside this repository);</item>
/// <item><c>git:REV</c>: the other argument's path, in revision REV (for <c>diff</c>).</item>
/// </list>
/// A path that does not exist, a revision that does not, or a place with no catalogue file is an error (exit 2),
/// never an empty catalogue.
/// </summary>
internal static class CatalogueSources
{
    private const string GitPrefix = "git:";

    /// <summary>True when <paramref name="path"/> is a folder with no <c>*.imrcite.json</c> file in it (or below it).</summary>
    public static bool IsFolderWithoutCatalogue(string path) =>
        Directory.Exists(path) && FileTree.CatalogueFiles(new[] { path }, new List<SkippedPath>()).Count == 0;

    /// <summary>True when <paramref name="spec"/> names a git revision.</summary>
    public static bool IsGit(string spec) => spec.StartsWith(GitPrefix, StringComparison.Ordinal);

    /// <summary>The path part of a spec: PATH of git:REV:PATH, the spec itself for a path, null for git:REV.</summary>
    public static string? PathOf(string spec)
    {
        if (!IsGit(spec))
        {
            return spec;
        }
        string rest = spec[GitPrefix.Length..];
        int colon = rest.IndexOf(':');
        return colon < 0 ? null : rest[(colon + 1)..];
    }

    /// <summary>
    /// Reads the catalogue <paramref name="spec"/> names; <paramref name="otherSide"/> lends its path to a bare
    /// <c>git:REV</c>. Null, the problem written to <paramref name="error"/>, when it cannot.
    /// </summary>
    public static CatalogueSnapshot? Snapshot(string spec, string? otherSide, TextWriter error)
    {
        if (!IsGit(spec))
        {
            var skipped = new List<SkippedPath>();
            if (FileKind.Of(spec).Kind == FileKindValue.Missing)
            {
                error.WriteLine($"imrcite: {spec}: no such file or folder.");
                return null;
            }
            var files = FileTree.CatalogueFiles(new[] { spec }, skipped);
            foreach (var skip in skipped)
            {
                error.WriteLine($"imrcite: note: {skip.Path}: skipped: {skip.Reason}.");
            }
            if (files.Count == 0)
            {
                error.WriteLine($"imrcite: {spec}: no catalogue file (*.imrcite.json) there.");
                return null;
            }
            return CatalogueSnapshot.FromPaths(spec, files);
        }
        string rest = spec[GitPrefix.Length..];
        int colon = rest.IndexOf(':');
        string revision = colon < 0 ? rest : rest[..colon];
        string? path = colon < 0 ? (otherSide is null ? null : PathOf(otherSide)) : rest[(colon + 1)..];
        if (revision.Length == 0)
        {
            error.WriteLine($"imrcite: {spec}: no revision: write git:REVISION:PATH (e.g. git:HEAD:guidelines).");
            return null;
        }
        if (string.IsNullOrEmpty(path))
        {
            error.WriteLine($"imrcite: {spec}: which path? Write git:{revision}:PATH, or give a path as the other catalogue.");
            return null;
        }
        return FromGit(spec, revision, path, error);
    }

    private static CatalogueSnapshot? FromGit(string spec, string revision, string path, TextWriter error)
    {
        string full = Path.GetFullPath(path);
        // The repository is the one that holds PATH: found from PATH itself, or its nearest folder that exists now.
        string anchor = full;
        while (!Directory.Exists(anchor))
        {
            string? parent = Path.GetDirectoryName(anchor);
            if (parent is null)
            {
                error.WriteLine($"imrcite: {spec}: no folder of {path} exists to find its repository from.");
                return null;
            }
            anchor = parent;
        }
        var top = Git(anchor, TextWriter.Null, "rev-parse", "--show-toplevel");
        if (top is null)
        {
            error.WriteLine($"imrcite: {spec}: {path} is not in a git repository.");
            return null;
        }
        string root = top.Trim();
        var prefix = Git(anchor, error, "rev-parse", "--show-prefix");
        string inRepository = ((prefix ?? "").Trim() + Path.GetRelativePath(anchor, full).Replace('\\', '/')).TrimEnd('/');
        if (inRepository is "." or "")
        {
            inRepository = ".";
        }
        else if (inRepository.EndsWith("/.", StringComparison.Ordinal))
        {
            inRepository = inRepository[..^2];
        }
        if (Git(root, TextWriter.Null, "rev-parse", "--verify", "--quiet", revision + "^{commit}") is null)
        {
            error.WriteLine($"imrcite: {spec}: the repository at {root} has no revision '{revision}'.");
            return null;
        }
        var listing = Git(root, error, "ls-tree", "-r", "-z", "--full-name", "--name-only", revision, "--", inRepository);
        if (listing is null)
        {
            return null;
        }
        var names = listing.Split('\0', StringSplitOptions.RemoveEmptyEntries).Where(n => n.EndsWith(".imrcite.json", StringComparison.Ordinal)).ToList();
        if (names.Count == 0)
        {
            error.WriteLine($"imrcite: {spec}: no catalogue file (*.imrcite.json) at '{inRepository}' in revision {revision} of {root}.");
            return null;
        }
        var texts = new List<(string Path, string Text)>();
        foreach (string name in names)
        {
            string? text = Git(root, error, "cat-file", "blob", $"{revision}:{name}");
            if (text is null)
            {
                return null;
            }
            texts.Add((name, text));
        }
        return CatalogueSnapshot.FromTexts(spec, texts.ToArray());
    }

    /// <summary>Runs git in <paramref name="folder"/> with each argument passed as is (no shell, no quoting); null on failure.</summary>
    internal static string? Git(string folder, TextWriter error, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            process = null;
        }
        if (process is null)
        {
            error.WriteLine("imrcite: git is not available.");
            return null;
        }
        using (process)
        {
            var problem = process.StandardError.ReadToEndAsync();
            string text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                error.WriteLine($"imrcite: git {string.Join(' ', arguments)}: {problem.Result.Trim()}");
                return null;
            }
            return text;
        }
    }
}
