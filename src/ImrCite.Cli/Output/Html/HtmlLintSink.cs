namespace ImrCite.Cli.Output.Html;

/// <summary>
/// <c>imrcite lint --format html</c>: the letters with their citations highlighted and the corpus summary, readable
/// offline. Written as one self-contained file (<c>-o report.html</c>, or standard output): each letter's section is
/// streamed to a temporary file as it is checked and copied after the summary at the end; or as a folder
/// (<c>-o report/</c>): each letter's page is written as it is checked, then the summary page (<c>index.html</c>),
/// the rule pages and the shared style sheet and script. Either way the sink keeps only small rows per letter
/// (<see cref="LintStats"/>, a link, the names of cited guidelines), never a letter's text.
/// </summary>
internal sealed class HtmlLintSink : LintSink, IDisposable
{
    private const string Title = "ImrCite lint report";
    private const string Footer = "Written by <code>imrcite lint --format html</code>. Nothing on this page is fetched from the network: it works offline.";

    private readonly TextWriter? _file;
    private readonly ReportFolder? _folder;
    private readonly FileStream? _buffer;
    private readonly StreamWriter? _letters;
    private readonly LintStats _stats = new();
    private readonly Dictionary<string, string> _letterHrefs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _documentNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sectionNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _notRead = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _rulesUsed = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>A report in one file, written to <paramref name="file"/> at the end.</summary>
    public HtmlLintSink(TextWriter file)
    {
        _file = file;
        _buffer = new FileStream(Path.Combine(Path.GetTempPath(), $"imrcite-report-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _letters = new StreamWriter(_buffer, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
    }

    /// <summary>A report folder: a page per letter, the summary in <c>index.html</c>.</summary>
    public HtmlLintSink(ReportFolder folder)
    {
        _folder = folder;
    }

    /// <inheritdoc />
    public override bool WantsLetterText => true;

    /// <summary>The path of a letter's page in a report folder: its number and its file name, made safe for any file system.</summary>
    internal static string LetterPage(int number, string file)
    {
        string name = Path.GetFileNameWithoutExtension(file.Replace('\\', '/').Split('/')[^1]);
        var safe = new StringBuilder(Math.Min(name.Length, 60));
        foreach (char c in name.Take(60))
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }
        return $"letters/{number.ToString("D5", CultureInfo.InvariantCulture)}-{safe}.html";
    }

    protected override void Write(LetterReport report)
    {
        _stats.Add(report, IsLetter);
        _count++;
        if (!IsLetter)
        {
            _notRead.Add(report.File);
        }
        foreach (var citation in report.Citations)
        {
            if (citation.Resolved is { } resolved)
            {
                _documentNames.TryAdd(resolved.Document.Id, resolved.Document.CanonicalName);
                if (resolved.Section is { } section)
                {
                    _sectionNames.TryAdd(section.FullId, $"{section.DisplayTitle} ({resolved.Document.CanonicalName})");
                }
            }
        }
        foreach (var finding in report.Findings)
        {
            _rulesUsed.Add(finding.Rule.Id);
        }
        string prefix = $"l{_count.ToString(CultureInfo.InvariantCulture)}-";
        if (_folder is not null)
        {
            string page = LetterPage(_count, report.File);
            _letterHrefs[report.File] = page;
            using var writer = _folder.Create(page);
            HtmlPage.Start(writer, $"{report.File} – {Title}", report.File, Title, PageAssets.Beside("../"), "<a href=\"../index.html\">Summary of the report</a>");
            LetterView.WriteLegend(writer);
            new LetterView(report, Letter, prefix, rule => $"../rules/{rule.Id}.html").Write(writer, IsLetter, 2, withHeading: false);
            HtmlPage.End(writer, PageAssets.Beside("../"), Footer);
        }
        else
        {
            _letterHrefs[report.File] = "#" + prefix.TrimEnd('-');
            new LetterView(report, Letter, prefix, rule => $"#rule-{rule.Id}").Write(_letters!, IsLetter, 3, withHeading: true);
        }
    }

    private SummaryLinks Links(string ruleFolder) => new(
        file => _letterHrefs.TryGetValue(file, out var href) ? href : null,
        rule => ruleFolder.Length == 0 ? $"#rule-{rule.Id}" : $"{ruleFolder}{rule.Id}.html",
        _documentNames, _sectionNames, _notRead);

    private string Subtitle() =>
        $"{LetterView.Count(Totals.Letters, "letter")} checked against the guideline catalogue" +
        (_notRead.Count + Totals.Failures.Count > 0 ? $"; {LetterView.Count(_notRead.Count + Totals.Failures.Count, "file")} not read" : "") + ".";

    public override void Complete()
    {
        if (_folder is not null)
        {
            CompleteFolder(_folder);
        }
        else
        {
            CompleteFile(_file!);
        }
    }

    private void CompleteFile(TextWriter output)
    {
        const string navigation = "<a href=\"#figures\">Figures</a> · <a href=\"#letters\">Letters</a> · <a href=\"#letter-reports\">Letter reports</a> · <a href=\"#rule-pages\">Rule pages</a>";
        HtmlPage.Start(output, Title, Title, Subtitle(), PageAssets.InPage, navigation);
        SummaryView.Write(output, _stats, Totals, Links(""));
        output.Write("<section aria-labelledby=\"letter-reports\"><h2 id=\"letter-reports\">Letter reports</h2>\n");
        LetterView.WriteLegend(output);
        _letters!.Flush();
        _buffer!.Position = 0;
        using (var reader = new StreamReader(_buffer, Encoding.UTF8, false, 1 << 16, leaveOpen: true))
        {
            char[] block = new char[1 << 16];
            int read;
            while ((read = reader.Read(block, 0, block.Length)) > 0)
            {
                output.Write(block, 0, read);
            }
        }
        output.Write("</section>\n<section aria-labelledby=\"rule-pages\"><h2 id=\"rule-pages\">Rule pages</h2>\n");
        if (_rulesUsed.Count == 0)
        {
            output.Write("<p>No rule was reported.</p>\n");
        }
        foreach (string id in _rulesUsed)
        {
            if (Rules.Find(id) is not { } rule)
            {
                continue;
            }
            output.Write($"<section class=\"rule-page\" id=\"rule-{rule.Id}\">\n");
            output.Write(RulePageHtml.Render(rule, 3, other => _rulesUsed.Contains(other) ? $"#rule-{other}" : null));
            output.Write($"<p>Online: <a href=\"{Html.Attribute(rule.HelpLink)}\">{Html.Text(rule.HelpLink)}</a></p>\n</section>\n");
        }
        output.Write("</section>\n");
        HtmlPage.End(output, PageAssets.InPage, Footer);
        output.Flush();
    }

    private void CompleteFolder(ReportFolder folder)
    {
        using (var css = folder.Create(HtmlPage.CssFile))
        {
            css.Write(HtmlAssets.Css);
        }
        using (var script = folder.Create(HtmlPage.ScriptFile))
        {
            script.Write(HtmlAssets.Script);
        }
        using (var index = folder.Create("index.html"))
        {
            const string navigation = "<a href=\"#figures\">Figures</a> · <a href=\"#letters\">Letters</a>";
            HtmlPage.Start(index, Title, Title, Subtitle(), PageAssets.Beside(""), navigation);
            SummaryView.Write(index, _stats, Totals, Links("rules/"));
            HtmlPage.End(index, PageAssets.Beside(""), Footer);
        }
        foreach (var rule in Rules.All)
        {
            using var page = folder.Create($"rules/{rule.Id}.html");
            HtmlPage.Start(page, $"{rule.Id}: {rule.Title} – {Title}", $"Rule {rule.Id}", null, PageAssets.Beside("../"), "<a href=\"../index.html\">Summary of the report</a>");
            page.Write(RulePageHtml.Render(rule, 2, other => $"{other}.html"));
            page.Write($"<p>Online: <a href=\"{Html.Attribute(rule.HelpLink)}\">{Html.Text(rule.HelpLink)}</a></p>\n");
            HtmlPage.End(page, PageAssets.Beside("../"), Footer);
        }
    }

    /// <summary>Removes the temporary file of a one-file report.</summary>
    public void Dispose()
    {
        _letters?.Dispose();
        _buffer?.Dispose();
    }
}
