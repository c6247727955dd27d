using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ImrCite.Cli.Commands;
using ImrCite.Cli.Letters;
using ImrCite.Cli.Output;
using ImrCite.Cli.Output.Html;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// The HTML reports without a browser (tests/ImrCite.Browser.Tests opens them in one): escaping, one implementation of
/// the figures with <c>imrcite stats</c>, nothing that would be fetched, the same bytes for the same letters, and a
/// report folder that never replaces a folder of other files.
/// </summary>
public sealed class HtmlReportTests
{
    /// <summary>A synthetic letter citing an ODG topic the catalogue does not list: unverified citations.</summary>
    private const string UnverifiedLetter = """
        Case Number: CM15-9000001
        Decision Date: 03/10/2016

        IMR ISSUES, DECISIONS AND RATIONALES
        The Final Determination was based on decisions for the disputed items/services set forth below:

        Aquatic walking program x 6: Upheld

        Claims Administrator guideline: Decision based on Non-MTUS Official Disability Guidelines (ODG) Low Back Chapter, Tandem walking drills.

        MAXIMUS guideline: Decision based on Non-MTUS Official Disability Guidelines (ODG) Low Back Chapter, Tandem walking drills.

        Decision rationale: The records do not show a home program was tried first. The request is not medically necessary.
        """;

    [Fact]
    public void StringsAreEscapedForTextAndForAttributes()
    {
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"it's\"", Html.Text("<script>alert(1)</script> & \"it's\""));
        Assert.Equal("&quot;&gt;&lt;img src=x onerror=&#39;a&#39;&gt;", Html.Attribute("\"><img src=x onerror='a'>"));
        // Control characters (not allowed in HTML) and bidirectional overrides are shown, not passed on.
        Assert.Equal("a\\x1B[31mb\\u202Ec\\x00", Html.Text("a\u001b[31mb\u202ec\0"));
        Assert.Equal("one two", Html.Text("one\ntwo"));
        var kept = new StringWriter();
        Html.WriteText(kept, "x\r\ny\rz<", 0, 7, keepLineBreaks: true);
        Assert.Equal("x\n\ny\nz&lt;", kept.ToString());
    }

    [Fact]
    public void TheSummaryFiguresAreThoseOfStatsOnTheJsonOutput()
    {
        // The same letters, once through the JSON output and `stats`, once straight from the reports as the HTML sink
        // takes them: every figure is equal, because both are LintStats fed the same rows.
        string folder = Tool.TempFolder();
        File.WriteAllText(Path.Combine(folder, "CM15-9000001.txt"), UnverifiedLetter);
        File.Copy(Path.Combine(Tool.Samples, "CM15-0000103.txt"), Path.Combine(folder, "CM15-0000103.txt"));
        File.WriteAllBytes(Path.Combine(folder, "binary.txt"), new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D }); // not read (IMR0206)
        var fromJson = new LintStats();
        var (_, json, _) = Tool.Run("lint", folder, Tool.Samples, "--format", "json");
        fromJson.Add(JsonDocument.Parse(json).RootElement);

        var fromReports = new LintStats();
        var linter = new LetterLinter(ShippedCatalogue.LoadWith(Array.Empty<string>(), TextWriter.Null, out _));
        foreach (string file in Directory.GetFiles(folder).Concat(Directory.GetFiles(Tool.Samples)).OrderBy(f => f, StringComparer.Ordinal))
        {
            var read = LetterDocument.Read(file, LetterLimits.Default);
            var report = read.Letter is { } letter ? linter.Lint(letter)
                : InputRules.Refusal(file, read.Refusal!, read.Arguments, read.Key);
            fromReports.Add(report, read.Letter is not null);
        }
        var a = new StringWriter();
        var b = new StringWriter();
        fromJson.WriteJson(a, 50);
        fromReports.WriteJson(b, 50);
        Assert.Equal(a.ToString(), b.ToString());
        Assert.Equal(fromJson.LettersRead, fromReports.LettersRead);
        Assert.Equal(5, fromJson.LettersRead); // three samples and two of the folder's, not the binary file
        Assert.True(fromJson.Citations.Unverified > 0);
        Assert.True(fromJson.MostCitedDocuments(3).Count > 0);
    }

    [Fact]
    public void TheOneFileReportFetchesNothingAndIsTheSameEveryTime()
    {
        var (code, first, _) = Tool.Run("lint", Tool.Samples, "--format", "html");
        Assert.Equal(ExitCode.Findings, code);
        Assert.Equal(first, Tool.Run("lint", Tool.Samples, "--format", "html").Output);
        // No element loads anything: no src, no stylesheet link.
        Assert.DoesNotMatch(@"\ssrc\s*=", first);
        Assert.DoesNotContain("<link", first, StringComparison.Ordinal);
        foreach (Match href in Regex.Matches(first, "href=\"([^\"]*)\""))
        {
            string target = href.Groups[1].Value;
            // Within the page, or the project's documentation online (a rule page's links to the rest of the docs).
            Assert.True(target.StartsWith('#') || target.StartsWith("https://github.com/imrcite/imrcite/", StringComparison.Ordinal), target);
        }
        Assert.Contains("Content-Security-Policy", first, StringComparison.Ordinal);
        // Every letter, every rule reported and the figures are there.
        foreach (string file in Directory.GetFiles(Tool.Samples).Select(f => Path.GetFileName(f)))
        {
            Assert.Contains(file, first, StringComparison.Ordinal);
        }
        Assert.Contains("id=\"rule-IMR0106\"", first, StringComparison.Ordinal);
        Assert.Contains("data-figure=\"letters\">3<", first, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOneFilePolicyAllowsExactlyTheInlineStyleAndScript()
    {
        var (_, page, _) = Tool.Run("lint", Tool.Samples, "--format", "html");
        string policy = Regex.Match(page, "Content-Security-Policy\" content=\"([^\"]*)\"").Groups[1].Value;
        string style = Regex.Match(page, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        string script = Regex.Match(page, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains($"style-src '{Sha256(style)}'", policy, StringComparison.Ordinal);
        Assert.Contains($"script-src '{Sha256(script)}'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', style);
        Assert.DoesNotContain('\n', script);
    }

    [Fact]
    public void TheScriptSurvivesBeingPutOnOneLine()
    {
        // The inline page joins the script's lines: no statement may end at a line break without its own terminator,
        // and only whole-line comments may be used (they are dropped).
        foreach (string raw in HtmlAssets.Script.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }
            Assert.DoesNotContain("//", line.Replace("://", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("/*", line, StringComparison.Ordinal);
            Assert.Contains(line[^1], ";{},(");
        }
        Assert.DoesNotContain("/*", HtmlAssets.Css, StringComparison.Ordinal);
    }

    private static string Sha256(string text) =>
        "sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void AFolderReportHasASummaryAPagePerLetterAndTheRulePages()
    {
        string folder = Tool.TempFolder();
        string report = Path.Combine(folder, "report");
        var (code, output, error) = Tool.Run("lint", Tool.Samples, "--format", "html", "-o", report + "/");
        Assert.Equal(ExitCode.Findings, code);
        Assert.Equal("", output);
        Assert.True(File.Exists(Path.Combine(report, "index.html")), error);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(report, "letters")).Length);
        Assert.True(File.Exists(Path.Combine(report, "rules", "IMR0106.html")));
        Assert.True(File.Exists(Path.Combine(report, HtmlPage.CssFile)));
        Assert.Equal(new[] { "report" }, Directory.GetFileSystemEntries(folder).Select(Path.GetFileName)); // nothing temporary left
        string index = File.ReadAllText(Path.Combine(report, "index.html"));
        Assert.Contains("href=\"letters/00001-CM15-0000101.html\"", index, StringComparison.Ordinal);

        // Written again over an earlier report: replaced.
        File.WriteAllText(Path.Combine(report, "letters", "stale.html"), "old");
        Assert.Equal(ExitCode.Findings, Tool.Run("lint", Tool.Samples, "--format", "html", "-o", report).Code);
        Assert.False(File.Exists(Path.Combine(report, "letters", "stale.html")));
    }

    [Fact]
    public void AFolderOfOtherFilesIsNeverReplaced()
    {
        string folder = Tool.TempFolder();
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");
        var (code, _, error) = Tool.Run("lint", Tool.Samples, "--format", "html", "-o", folder + "/");
        Assert.Equal(ExitCode.UsageOrInput, code);
        Assert.Contains("not an imrcite report", error, StringComparison.Ordinal);
        Assert.Equal(new[] { "notes.txt" }, Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
        Assert.Equal(ExitCode.UsageOrInput, Tool.Run("lint", Tool.Samples, "--format", "html", "-o", Path.Combine(folder, "missing", "report") + "/").Code);
    }

    [Fact]
    public void ALetterPageNameIsSafeAndNumbered()
    {
        Assert.Equal("letters/00007-CM15-0000101.html", HtmlLintSink.LetterPage(7, "samples/letters/CM15-0000101.txt"));
        Assert.Equal("letters/00012-x___svg_onload__a__.html", HtmlLintSink.LetterPage(12, "dir\\x\"><svg onload=\"a\">.pdf"));
    }

    [Fact]
    public void TheCatalogueReportIsTheSameEveryTimeAndHasEveryDocument()
    {
        var (code, page, error) = Tool.Run("catalogue", "report");
        Assert.True(code == ExitCode.Clean, error);
        Assert.Equal(page, Tool.Run("catalogue", "report").Output);
        var catalogue = ShippedCatalogue.LoadWith(Array.Empty<string>(), TextWriter.Null, out _);
        foreach (var document in catalogue.Documents)
        {
            Assert.Contains($"id=\"doc-{document.Id}\"", page, StringComparison.Ordinal);
        }
        Assert.DoesNotMatch(@"\ssrc\s*=", page);
        Assert.Contains("imrcite catalogue report -o catalogue.html", Tool.Run("catalogue", "report", "--help").Output, StringComparison.Ordinal);
    }
}
