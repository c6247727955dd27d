using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// Every relative link in the repository's Markdown (README, docs/, guidelines/, CHANGELOG, …) leads somewhere: the
/// file or folder exists, and a <c>#fragment</c> into a Markdown file names one of its headings as GitHub renders
/// them. Links to the web are not fetched.
/// </summary>
public sealed class DocumentationLinkTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAutoIdentifiers(AutoIdentifierOptions.GitHub).UsePreciseSourceLocation().Build();

    [Fact]
    public void EveryRelativeLinkInTheMarkdownLeadsSomewhere()
    {
        var files = MarkdownFiles();
        Assert.Contains("README.md", files);
        Assert.Contains("docs/cli.md", files);
        var (checkedLinks, broken) = BrokenLinks(RepositoryFiles.Root, files);
        Assert.True(checkedLinks > 100, $"only {checkedLinks} links were checked: the Markdown files were not read");
        Assert.True(broken.Count == 0, "Broken links:\n" + string.Join('\n', broken));
    }

    [Fact]
    public void TheCheckFindsAMissingFileAndAMissingHeadingAndSkipsTheWeb()
    {
        string root = Tool.TempFolder();
        Directory.CreateDirectory(Path.Combine(root, "docs"));
        File.WriteAllText(Path.Combine(root, "docs", "cli.md"), "# The `imrcite` command line\n\n## Shards and merge\n");
        File.WriteAllText(Path.Combine(root, "README.md"), string.Join('\n',
            "[ok](docs/cli.md#shards-and-merge) [ok too](docs/cli.md#the-imrcite-command-line) [folder](docs/)",
            "[web](https://github.com/dotnet/roslyn/issues/31916) [mail](mailto:someone@example.invalid)",
            "[no file](docs/gone.md) [no heading](docs/cli.md#shards)",
            "[reference][ref]",
            "",
            "[ref]: docs/missing-too.md"));

        var (checkedLinks, broken) = BrokenLinks(root, new[] { "README.md", "docs/cli.md" });

        Assert.Equal(6, checkedLinks);
        Assert.Equal(3, broken.Count);
        Assert.Contains(broken, b => b.StartsWith("README.md(3): docs/gone.md: docs/gone.md does not exist", StringComparison.Ordinal));
        Assert.Contains(broken, b => b.StartsWith("README.md(3): docs/cli.md#shards: docs/cli.md has no heading #shards", StringComparison.Ordinal));
        Assert.Contains(broken, b => b.Contains("docs/missing-too.md does not exist", StringComparison.Ordinal));
    }

    /// <summary>How many relative links the files hold, and the ones that lead nowhere, located.</summary>
    private static (int Checked, List<string> Broken) BrokenLinks(string root, IEnumerable<string> files)
    {
        var anchors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var broken = new List<string>();
        int checkedLinks = 0;
        foreach (string file in files)
        {
            string text = File.ReadAllText(Path.Combine(root, file));
            var document = Markdown.Parse(text, Pipeline);
            foreach (var link in document.Descendants<LinkInline>())
            {
                int line = 1 + text.AsSpan(0, Math.Clamp(link.Span.Start, 0, text.Length)).Count('\n');
                string? url = link.GetDynamicUrl?.Invoke() ?? link.Url;
                if (string.IsNullOrEmpty(url) || IsExternal(url))
                {
                    continue;
                }
                checkedLinks++;
                int hash = url.IndexOf('#', StringComparison.Ordinal);
                string target = hash < 0 ? url : url[..hash];
                string? fragment = hash < 0 ? null : url[(hash + 1)..];
                string targetFile = target.Length == 0
                    ? file
                    : Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(root, Path.GetDirectoryName(file)!, Uri.UnescapeDataString(target)))).Replace('\\', '/');
                string full = Path.Combine(root, targetFile);
                if (!File.Exists(full) && !Directory.Exists(full))
                {
                    broken.Add($"{file}({line}): {url}: {targetFile} does not exist");
                    continue;
                }
                if (fragment is { Length: > 0 } && targetFile.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                {
                    if (!anchors.TryGetValue(targetFile, out var ids))
                    {
                        ids = Headings(full);
                        anchors[targetFile] = ids;
                    }
                    if (!ids.Contains(fragment))
                    {
                        broken.Add($"{file}({line}): {url}: {targetFile} has no heading #{fragment}");
                    }
                }
            }
        }
        return (checkedLinks, broken);
    }

    private static bool IsExternal(string url) => url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal);

    private static HashSet<string> Headings(string path)
    {
        var document = Markdown.Parse(File.ReadAllText(path), Pipeline);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.GetAttributes().Id is { } id)
            {
                ids.Add(id);
            }
        }
        foreach (var html in document.Descendants<HtmlBlock>())
        {
            // <a id="..."></a> anchors written by hand.
            string text = html.Lines.ToString();
            int at = 0;
            while ((at = text.IndexOf("id=\"", at, StringComparison.Ordinal)) >= 0)
            {
                int end = text.IndexOf('"', at + 4);
                if (end < 0)
                {
                    break;
                }
                ids.Add(text[(at + 4)..end]);
                at = end;
            }
        }
        return ids;
    }

    /// <summary>The Markdown files git tracks (or, outside a git checkout, those under the root but not in build output).</summary>
    private static List<string> MarkdownFiles()
    {
        var (code, output) = Tool.Exec(RepositoryFiles.Root, "git", "ls-files", "-z", "--", "*.md");
        if (code == 0)
        {
            return output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Where(f => File.Exists(Path.Combine(RepositoryFiles.Root, f))).ToList();
        }
        return Directory.EnumerateFiles(RepositoryFiles.Root, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryFiles.Root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj" or "node_modules" or "artifacts" or ".git"))
            .ToList();
    }
}
