using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ImrCite.Cli.Output.Html;

/// <summary>
/// A rule's page (docs/diagnostics/IMRxxxx.md, embedded in the tool for <c>imrcite explain</c>) as HTML, so a report
/// explains its findings with no network and no checkout: headings moved below the report's own, links to other
/// rule pages sent where the report has them (<paramref name="ruleHref"/>), other relative links to the repository
/// online. Raw HTML in the Markdown is written as text.
/// </summary>
internal static class RulePageHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();
    private static readonly Regex RulePageLink = new(@"^(?:\./)?(?<id>IMR\d{4})\.md(?<anchor>#.*)?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The page's body as HTML, its headings starting at level <paramref name="headingLevel"/>; links to a rule page go to
    /// <paramref name="ruleHref"/>(id), or online when it returns null.
    /// </summary>
    public static string Render(RuleDescriptor rule, int headingLevel, Func<string, string?> ruleHref)
    {
        string markdown = RulePages.Read(rule) ?? $"# {rule.Id}: {rule.Title}\n\n{rule.MessageFormat}\n";
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + headingLevel - 1);
        }
        foreach (var link in document.Descendants<LinkInline>())
        {
            link.Url = Rewrite(link.Url ?? "", ruleHref);
        }
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static string Rewrite(string url, Func<string, string?> ruleHref)
    {
        if (url.Length == 0 || url.StartsWith('#') || url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal))
        {
            return url;
        }
        var match = RulePageLink.Match(url);
        if (match.Success && ruleHref(match.Groups["id"].Value) is { } local)
        {
            return local;
        }
        // A relative link in docs/diagnostics/: the same file in the repository online.
        return new Uri(new Uri(RuleDescriptor.HelpLinkBase), url).ToString();
    }
}
