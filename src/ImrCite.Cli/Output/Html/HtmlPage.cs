namespace ImrCite.Cli.Output.Html;

/// <summary>
/// Where a page finds its style sheet and script: inline (a self-contained file) or in files beside it (the pages of
/// a report folder share one copy, <c>report.css</c> and <c>report.js</c> at <see cref="AssetPrefix"/>).
/// </summary>
internal sealed record PageAssets(bool Inline, string AssetPrefix)
{
    /// <summary>Style sheet and script written into the page.</summary>
    public static PageAssets InPage { get; } = new(true, "");

    /// <summary>Style sheet and script in files beside the pages, at <paramref name="prefix"/> ("", "../").</summary>
    public static PageAssets Beside(string prefix) => new(false, prefix);
}

/// <summary>
/// The frame of every report page: the document head (language, character set, viewport, title, a
/// Content-Security-Policy that allows the report's own style and script and no request to anywhere — inline
/// assets by hash, shared ones from the report's own folder), a skip link, and the end of the page.
/// </summary>
internal static class HtmlPage
{
    /// <summary>The style sheet's file name in a report folder.</summary>
    public const string CssFile = "report.css";

    /// <summary>The script's file name in a report folder.</summary>
    public const string ScriptFile = "report.js";

    /// <summary>Writes everything up to the start of <c>&lt;main&gt;</c>: head, skip link, page header.</summary>
    public static void Start(TextWriter output, string title, string heading, string? subtitle, PageAssets assets, string? navigation = null)
    {
        string styles = assets.Inline ? $"'{HtmlAssets.CssHash}'" : "'self'";
        string scripts = assets.Inline ? $"'{HtmlAssets.ScriptHash}'" : "'self'";
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        output.Write($"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src {styles}; script-src {scripts}; img-src data:; base-uri 'none'; form-action 'none'\">\n");
        output.Write("<meta name=\"generator\" content=\"imrcite\">\n");
        output.Write($"<title>{Html.Text(title)}</title>\n");
        if (assets.Inline)
        {
            output.Write("<style>");
            output.Write(HtmlAssets.InlineCss);
            output.Write("</style>\n");
        }
        else
        {
            output.Write($"<link rel=\"stylesheet\" href=\"{Html.Attribute(assets.AssetPrefix + CssFile)}\">\n");
        }
        output.Write("</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n<header class=\"page\">\n");
        if (navigation is not null)
        {
            output.Write($"<nav class=\"crumbs\" aria-label=\"Report\">{navigation}</nav>\n");
        }
        output.Write($"<h1>{Html.Text(heading)}</h1>\n");
        if (subtitle is not null)
        {
            output.Write($"<p>{Html.Text(subtitle)}</p>\n");
        }
        output.Write("</header>\n<main id=\"main\">\n");
    }

    /// <summary>Writes the end of <c>&lt;main&gt;</c>, the footer, the script and the end of the page.</summary>
    public static void End(TextWriter output, PageAssets assets, string footer)
    {
        output.Write($"</main>\n<footer class=\"page\"><p>{footer}</p></footer>\n");
        if (assets.Inline)
        {
            output.Write("<script>");
            output.Write(HtmlAssets.InlineScript);
            output.Write("</script>\n");
        }
        else
        {
            output.Write($"<script src=\"{Html.Attribute(assets.AssetPrefix + ScriptFile)}\"></script>\n");
        }
        output.Write("</body>\n</html>\n");
    }
}
