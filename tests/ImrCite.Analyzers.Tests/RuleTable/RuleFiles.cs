using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ImrCite.Diagnostics;
using ImrCite.Testing;

namespace ImrCite.Analyzers.Tests.RuleTable;

/// <summary>
/// Renders the repository files that list rules from the rule table (<see cref="Rules"/>): the docs index,
/// the README's table, release tracking, the header rows of each help page and the build rules' texts in the
/// package's MSBuild targets. Each file holds its rendered part between two marker comments, so the prose
/// around it stays hand-written. <see cref="RuleTableTests"/> compares the files with these renderings and,
/// with IMRCITE_ACCEPT_SNAPSHOTS=1, rewrites them.
/// </summary>
internal static class RuleFiles
{
    public const string Begin = "<!-- rule table: begin (generated from src/ImrCite.Core/Diagnostics/Rules.cs; do not edit) -->";
    public const string End = "<!-- rule table: end -->";

    /// <summary>A file with a generated region: its path under the repository and how to render the region.</summary>
    public sealed record Region(string[] Path, Func<IReadOnlyList<RuleDescriptor>, string> Render);

    public static IEnumerable<Region> Regions()
    {
        yield return new Region(new[] { "docs", "diagnostics", "README.md" }, DocsIndex);
        yield return new Region(new[] { "README.md" }, ReadmeTable);
        yield return new Region(RuleReleases, rules => ReleaseTable(rules.Where(r => !IsAnalyzerRule(r)), ShippedRows(Read(RuleReleases))));
        yield return new Region(new[] { "src", "ImrCite", "buildTransitive", "ImrCite.targets" }, BuildTexts);
    }

    public static string[] RuleReleases => new[] { "docs", "diagnostics", "RuleReleases.md" };

    public static string[] AnalyzerReleasesShipped => new[] { "generators", "ImrCite.Generators", "AnalyzerReleases.Shipped.md" };

    public static string[] AnalyzerReleasesUnshipped => new[] { "generators", "ImrCite.Generators", "AnalyzerReleases.Unshipped.md" };

    /// <summary>Catalogue and citation rules are compiler diagnostics, tracked in AnalyzerReleases.*.md; the others in RuleReleases.md.</summary>
    public static bool IsAnalyzerRule(RuleDescriptor rule) =>
        rule.Category is DiagnosticCategories.Catalogue or DiagnosticCategories.Citation;

    /// <summary>The severity as the docs and release files write it: the compiler's names (Info for a note).</summary>
    public static string SeverityName(ImrSeverity severity) => severity switch
    {
        ImrSeverity.Error => "Error",
        ImrSeverity.Warning => "Warning",
        ImrSeverity.Note => "Info",
        _ => "Hidden",
    };

    // ------------------------------------------------------------------ docs/diagnostics/README.md and README.md

    public static string DocsIndex(IReadOnlyList<RuleDescriptor> rules)
    {
        var text = new StringBuilder();
        void Table(string heading, string category, string severityColumn)
        {
            text.Append(heading).Append("\n\n");
            text.Append("| Id | Title | ").Append(severityColumn).Append(" |\n|---|---|---|\n");
            foreach (var rule in rules.Where(r => r.Category == category))
            {
                text.Append($"| [{rule.Id}]({rule.Id}.md) | {Cell(rule.Title)} | {SeverityName(rule.DefaultSeverity)} |\n");
            }
            text.Append('\n');
        }
        Table("## Catalogue rules", DiagnosticCategories.Catalogue, "Default severity");
        Table("## Citation rules", DiagnosticCategories.Citation, "Default severity");
        Table("Letter rules (`imrcite lint` only):", DiagnosticCategories.Letter, "Default");
        Table("Build rules (MSBuild warnings from the ImrCite package, before the compiler runs):", DiagnosticCategories.Build, "Default");
        return text.ToString().TrimEnd('\n') + "\n";
    }

    public static string ReadmeTable(IReadOnlyList<RuleDescriptor> rules)
    {
        var text = new StringBuilder("| Id | Title | Default |\n|---|---|---|\n");
        foreach (var rule in rules)
        {
            string host = rule.Category switch
            {
                DiagnosticCategories.Letter => " (`imrcite lint`)",
                DiagnosticCategories.Build => " (build)",
                _ => "",
            };
            text.Append($"| [{rule.Id}](docs/diagnostics/{rule.Id}.md) | {Cell(rule.Title)}{host} | {SeverityName(rule.DefaultSeverity)} |\n");
        }
        return text.ToString();
    }

    // ------------------------------------------------------------------ release tracking

    /// <summary>One row of a release-tracking table.</summary>
    public sealed record ReleaseRow(string Id, string Category, string Severity, string Notes);

    /// <summary>The rows of every "Rule ID | Category | Severity | Notes" table in a release-tracking file.</summary>
    public static List<ReleaseRow> ReadRows(string text)
    {
        var rows = new List<ReleaseRow>();
        foreach (string line in text.Split('\n'))
        {
            string[] cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length >= 4 && cells[0].StartsWith("IMR", StringComparison.Ordinal))
            {
                rows.Add(new ReleaseRow(cells[0], cells[1], cells[2], cells[3]));
            }
        }
        return rows;
    }

    /// <summary>The rows of a file's shipped releases: everything outside its generated (unshipped) region.</summary>
    public static List<ReleaseRow> ShippedRows(string text)
    {
        string? region = ReadRegion(text);
        return ReadRows(region is null ? text : text.Replace(region, ""));
    }

    /// <summary>
    /// The unshipped release's tables: rules not yet shipped ("New Rules"), shipped rules whose category or
    /// severity changed ("Changed Rules"), shipped rules no longer in the table ("Removed Rules").
    /// </summary>
    public static string ReleaseTable(IEnumerable<RuleDescriptor> rules, IReadOnlyList<ReleaseRow> shipped)
    {
        var last = new Dictionary<string, ReleaseRow>(StringComparer.Ordinal);
        foreach (var row in shipped)
        {
            last[row.Id] = row; // later releases come later in the file
        }
        var list = rules.ToList();
        var added = list.Where(r => !last.ContainsKey(r.Id)).ToList();
        var changed = list.Where(r => last.TryGetValue(r.Id, out var row) && (row.Category != r.Category || row.Severity != SeverityName(r.DefaultSeverity))).ToList();
        var removed = last.Values.Where(row => list.All(r => r.Id != row.Id) && row.Notes != "Removed").OrderBy(row => row.Id, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        if (added.Count > 0)
        {
            text.Append("### New Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\n");
            foreach (var rule in added)
            {
                text.Append($"{rule.Id} | {rule.Category} | {SeverityName(rule.DefaultSeverity)} | {rule.Title}\n");
            }
        }
        if (changed.Count > 0)
        {
            text.Append(text.Length > 0 ? "\n" : "").Append("### Changed Rules\n\nRule ID | New Category | New Severity | Old Category | Old Severity | Notes\n--------|--------------|--------------|--------------|--------------|-------\n");
            foreach (var rule in changed)
            {
                var old = last[rule.Id];
                text.Append($"{rule.Id} | {rule.Category} | {SeverityName(rule.DefaultSeverity)} | {old.Category} | {old.Severity} | {rule.Title}\n");
            }
        }
        if (removed.Count > 0)
        {
            text.Append(text.Length > 0 ? "\n" : "").Append("### Removed Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\n");
            foreach (var row in removed)
            {
                text.Append($"{row.Id} | {row.Category} | {row.Severity} | {row.Notes}\n");
            }
        }
        return text.ToString();
    }

    /// <summary>AnalyzerReleases.Unshipped.md: its usual header, then the analyzer rules the shipped file does not hold.</summary>
    public static string AnalyzerUnshipped(IReadOnlyList<RuleDescriptor> rules, string shippedText) =>
        "; Unshipped analyzer release\n"
        + "; https://github.com/dotnet/roslyn-analyzers/blob/main/src/Microsoft.CodeAnalysis.Analyzers/ReleaseTrackingAnalyzers.Help.md\n"
        + "; Generated from the rule table (src/ImrCite.Core/Diagnostics/Rules.cs): do not edit; see docs/diagnostics/README.md.\n\n"
        + ReleaseTable(rules.Where(IsAnalyzerRule), ReadRows(shippedText));

    // ------------------------------------------------------------------ help pages

    /// <summary>The rows of a help page's header that come from the table, each the whole line.</summary>
    public static IEnumerable<string> PageHeaderLines(RuleDescriptor rule)
    {
        yield return $"# {rule.Id}: {rule.Title}";
        yield return $"| Rule id | `{rule.Id}` |";
        yield return $"| Title | {Cell(rule.Title)} |";
        yield return $"| Category | `{rule.Category}` |";
        yield return $"| Default severity | {SeverityName(rule.DefaultSeverity)} |";
        yield return $"| Message | `{Cell(rule.MessageFormat)}` |";
    }

    /// <summary>The page with its header rows replaced by the table's (each row found by its first cell).</summary>
    public static string WithHeader(string page, RuleDescriptor rule)
    {
        var lines = page.Split('\n').ToList();
        foreach (string wanted in PageHeaderLines(rule))
        {
            string key = wanted.StartsWith("# ", StringComparison.Ordinal) ? "# " + rule.Id + ":" : wanted.Substring(0, wanted.IndexOf(" | ", 2, StringComparison.Ordinal) + 3);
            int index = lines.FindIndex(l => l.StartsWith(key, StringComparison.Ordinal));
            if (index >= 0)
            {
                lines[index] = wanted;
            }
        }
        return string.Join("\n", lines);
    }

    // ------------------------------------------------------------------ src/ImrCite/buildTransitive/ImrCite.targets

    /// <summary>
    /// MSBuild properties with each build rule's message split around its one placeholder, {0} (the catalogue
    /// item), and its help link; the Warning tasks write Before + item + After. Splitting, rather than
    /// formatting in MSBuild, keeps an item whose path holds a quote or a brace from breaking the build.
    /// </summary>
    public static string BuildTexts(IReadOnlyList<RuleDescriptor> rules)
    {
        var text = new StringBuilder("  <PropertyGroup>\n");
        foreach (var rule in rules.Where(r => r.Category == DiagnosticCategories.Build))
        {
            int hole = rule.MessageFormat.IndexOf("{0}", StringComparison.Ordinal);
            string before = hole < 0 ? rule.MessageFormat : rule.MessageFormat.Substring(0, hole);
            string after = hole < 0 ? "" : rule.MessageFormat.Substring(hole + 3);
            text.Append($"    <_ImrCite{rule.Id}Before>{MsBuildText(before)}</_ImrCite{rule.Id}Before>\n");
            text.Append($"    <_ImrCite{rule.Id}After>{MsBuildText(after)}</_ImrCite{rule.Id}After>\n");
            text.Append($"    <_ImrCite{rule.Id}HelpLink>{MsBuildText(rule.HelpLink)}</_ImrCite{rule.Id}HelpLink>\n");
        }
        return text.Append("  </PropertyGroup>\n").ToString();
    }

    private static string MsBuildText(string value)
    {
        var text = new StringBuilder();
        foreach (char c in value)
        {
            text.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '%' => "%25",
                '$' => "%24",
                '@' => "%40",
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }

    // ------------------------------------------------------------------ regions

    /// <summary>The text between the markers (without them), or null when the file has no region.</summary>
    public static string? ReadRegion(string text)
    {
        int begin = text.IndexOf(Begin, StringComparison.Ordinal);
        int end = text.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            return null;
        }
        int start = text.IndexOf('\n', begin) + 1;
        int stop = text.LastIndexOf('\n', end) + 1;
        return stop >= start ? text.Substring(start, stop - start) : "";
    }

    /// <summary>The text with the region between the markers replaced.</summary>
    public static string WriteRegion(string text, string region)
    {
        int begin = text.IndexOf(Begin, StringComparison.Ordinal);
        int end = text.IndexOf(End, StringComparison.Ordinal);
        int start = text.IndexOf('\n', begin) + 1;
        int stop = text.LastIndexOf('\n', end) + 1;
        return text.Substring(0, start) + region + text.Substring(stop);
    }

    public static string Read(string[] path) => File.ReadAllText(RepositoryPaths.Combine(path)).Replace("\r\n", "\n");

    public static void Write(string[] path, string text) => File.WriteAllText(RepositoryPaths.Combine(path), text, new UTF8Encoding(false));

    private static string Cell(string text) => text.Replace("|", "\\|");
}
