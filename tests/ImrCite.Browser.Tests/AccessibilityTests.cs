using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ImrCite.Browser.Tests.Infrastructure;
using ImrCite.Testing;
using Xunit;

namespace ImrCite.Browser.Tests;

/// <summary>
/// axe-core (the npm package pinned in .ci/node) run inside each kind of page — the one-file lint report, the report
/// folder's summary, letter and rule pages, the catalogue browser — finds no serious or critical violation, with an
/// explanation open too; and the screenshots the README shows are taken here (artifacts/browser/, CI keeps them).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string> Pages() => new()
    {
        "report.html",
        "report/index.html",
        "report/letters/00002-CM15-0000102.html",
        "report/rules/IMR0106.html",
        "catalogue.html",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task AxeFindsNoSeriousViolation(string page)
    {
        // Bypassing the page's Content-Security-Policy lets the test inject axe; the pages allow only their own script.
        await using var session = await PageSession.OpenAsync(browser.Browser, Path.Combine(Reports.Folder, page), bypassCsp: true);
        var firstHighlight = session.Page.Locator("mark.hl[tabindex]").First;
        if (await firstHighlight.CountAsync() > 0)
        {
            await firstHighlight.FocusAsync(); // an explanation open: its text must be as readable as the rest
        }
        await session.Page.AddScriptTagAsync(new() { Content = browser.AxeScript });
        var result = await session.Page.EvaluateAsync<JsonElement>(
            "async () => { const r = await axe.run(document, { resultTypes: ['violations'], preload: false });" +
            " return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + n.failureSummary) })); }");
        var serious = result.EnumerateArray().Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page}: axe found {serious.Count} serious or critical violation(s):\n" +
            string.Join("\n", serious.Select(v => $"{v.GetProperty("id")} ({v.GetProperty("impact")}): {v.GetProperty("help")}\n    {string.Join("\n    ", v.GetProperty("nodes").EnumerateArray())}")));
        session.AssertClean();
    }

    [Fact]
    public async Task ScreenshotsOfBothReports()
    {
        string folder = Path.Combine(Reports.Folder, "screenshots");
        Directory.CreateDirectory(folder);
        var shots = new List<string>();

        await using (var summary = await PageSession.OpenAsync(browser.Browser, Path.Combine(Reports.LintFolder, "index.html"), width: 1200, height: 1000))
        {
            shots.Add(await Shoot(summary, folder, "lint-summary.png"));
            summary.AssertClean();
        }
        await using (var letter = await PageSession.OpenAsync(browser.Browser, Path.Combine(Reports.LintFolder, "letters", "00002-CM15-0000102.html"), width: 1200, height: 1000))
        {
            // The letter's text and its structure side by side, an error's explanation open as keyboard focus opens it.
            var error = letter.Page.Locator("mark.hl.error").First;
            await error.FocusAsync();
            await letter.Page.EvaluateAsync("() => window.scrollTo(0, document.querySelector('.letter-grid').getBoundingClientRect().top + window.scrollY - 8)");
            Assert.True(await letter.Page.Locator(".ann:focus-within > .tip").IsVisibleAsync());
            shots.Add(await Shoot(letter, folder, "lint-letter.png"));
            letter.AssertClean();
        }
        await using (var catalogue = await PageSession.OpenAsync(browser.Browser, Reports.CatalogueFile, width: 1200, height: 1000))
        {
            await catalogue.Page.Locator("#catalogue-search").FillAsync("Soma");
            await catalogue.Page.Locator("#catalogue-search").ScrollIntoViewIfNeededAsync();
            shots.Add(await Shoot(catalogue, folder, "catalogue.png"));
            catalogue.AssertClean();
        }
        foreach (string shot in shots)
        {
            Assert.True(new FileInfo(shot).Length > 10_000, $"{shot} is nearly empty");
            if (Environment.GetEnvironmentVariable("IMRCITE_ACCEPT_SNAPSHOTS") == "1")
            {
                File.Copy(shot, RepositoryPaths.Combine("docs", "images", Path.GetFileName(shot)), overwrite: true);
            }
        }
    }

    private static async Task<string> Shoot(PageSession session, string folder, string name)
    {
        string path = Path.Combine(folder, name);
        await session.Page.ScreenshotAsync(new() { Path = path, FullPage = false });
        return path;
    }

    [Fact]
    public void TheReadmeShowsAScreenshotOfEachReportAndTheCommandThatMadeIt()
    {
        string readme = File.ReadAllText(RepositoryPaths.Combine("README.md"));
        foreach (string image in new[] { "docs/images/lint-letter.png", "docs/images/lint-summary.png", "docs/images/catalogue.png" })
        {
            Assert.Contains($"({image})", readme, StringComparison.Ordinal);
            Assert.True(File.Exists(RepositoryPaths.Combine(image)), $"{image} is missing");
        }
        Assert.Contains("lint samples/letters --format html -o report.html", readme, StringComparison.Ordinal);
        Assert.Contains("catalogue report -o catalogue.html", readme, StringComparison.Ordinal);
    }
}
