namespace ImrCite.Cli.Help;

/// <summary>
/// The rule pages (docs/diagnostics/IMRxxxx.md), embedded in the tool so <c>imrcite explain</c> works with no
/// network and no checkout. Each page's resource name is its path in the repository.
/// </summary>
public static class RulePages
{
    private const string Folder = "docs/diagnostics/";

    /// <summary>The ids of every embedded page, in order.</summary>
    public static IReadOnlyList<string> Ids { get; } = typeof(RulePages).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Folder, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
        .Select(n => n[Folder.Length..^3])
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The rule's page (its <see cref="RuleDescriptor.HelpPath"/>) as Markdown, or null when the tool carries none.</summary>
    public static string? Read(RuleDescriptor rule)
    {
        using var stream = typeof(RulePages).Assembly.GetManifestResourceStream(rule.HelpPath);
        if (stream is null)
        {
            return null;
        }
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
