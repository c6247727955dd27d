using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using ImrCite.Browser.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ImrCite.Browser.Tests;

/// <summary>
/// A corpus of 2,000 synthetic letters makes a report folder whose summary page — one page, whatever the corpus —
/// loads in the browser within a few seconds, lists every letter and finds one by name. The bound is a sanity check
/// against a page that grows with the letters' text, not a benchmark.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScaleTests(BrowserFixture browser, ITestOutputHelper log)
{
    private const int Letters = 2000;

    private static readonly (string Item, string Administrator, string Reviewer, string Rationale)[] Disputes =
    {
        ("Hydrocodone/APAP 10/325 mg #60", "MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96", "MTUS Chronic Pain Treatment Guidelines Opioids, criteria for use Page(s): 76-79",
            "Ongoing opioid use needs a documented gain in function, which the notes do not show."),
        ("Cyclobenzaprine 7.5 mg #30", "MTUS Chronic Pain Treatment Guidelines Muscle relaxants (for pain) Page(s): 63-66", "MTUS Chronic Pain Treatment Guidelines Cyclobenzaprine Page(s): 41-42",
            "Muscle relaxants are meant for short courses; this one has run for months."),
        ("Naproxen 550 mg #60", "MTUS Chronic Pain Treatment Guidelines NSAIDs Page(s): 67-73", "MTUS Chronic Pain Treatment Guidelines NSAIDs Page(s): 67-73 of 112",
            "The lowest dose for the shortest time is advised; the records support a short course."),
        ("Diazepam 5 mg #30", "MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96", "MTUS Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 24",
            "Benzodiazepines are not advised for long-term use."),
    };

    private static string SyntheticLetter(int number)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Case Number: CM20-{number:D7}\nDecision Date: 0{1 + number % 9}/1{number % 10}/2015\n\n");
        text.Append("IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n\n");
        for (int i = 0; i < 1 + number % 3; i++)
        {
            var (item, administrator, reviewer, rationale) = Disputes[(number + i) % Disputes.Length];
            text.Append(CultureInfo.InvariantCulture, $"{item}: {(number % 4 == 0 ? "Overturned" : "Upheld")}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"Claims Administrator guideline: Decision based on {administrator}.\n\n");
            text.Append(CultureInfo.InvariantCulture, $"MAXIMUS guideline: Decision based on {reviewer}.\n\n");
            text.Append(CultureInfo.InvariantCulture, $"Decision rationale: {rationale} The request is not medically necessary.\n\n");
        }
        return text.ToString();
    }

    [Fact]
    public async Task TheSummaryOfTwoThousandLettersLoadsWithinSeconds()
    {
        string root = Directory.CreateTempSubdirectory("imrcite-corpus-").FullName;
        string letters = Path.Combine(root, "letters");
        Directory.CreateDirectory(letters);
        for (int n = 1; n <= Letters; n++)
        {
            File.WriteAllText(Path.Combine(letters, $"CM20-{n:D7}.txt"), SyntheticLetter(n));
        }
        var lint = Stopwatch.StartNew();
        var (code, output) = Reports.Imrcite(root, "lint", "letters", "--format", "html", "-o", "report/");
        log.WriteLine($"lint of {Letters} letters to a report folder: {lint.Elapsed.TotalSeconds:0.0} s");
        Assert.True(code == 1, output); // the wrong totals are errors
        Assert.Equal(Letters, Directory.GetFiles(Path.Combine(root, "report", "letters")).Length);

        var load = Stopwatch.StartNew();
        await using var session = await PageSession.OpenAsync(browser.Browser, Path.Combine(root, "report", "index.html"));
        load.Stop();
        log.WriteLine($"summary page: {new FileInfo(Path.Combine(root, "report", "index.html")).Length / 1024} KiB, loaded in {load.Elapsed.TotalMilliseconds:0} ms");
        Assert.True(load.Elapsed < TimeSpan.FromSeconds(10), $"the summary of {Letters} letters took {load.Elapsed.TotalSeconds:0.0} s to load");
        var page = session.Page;
        Assert.Equal(Letters.ToString("N0", CultureInfo.InvariantCulture), await page.Locator("[data-figure=\"letters\"]").TextContentAsync());
        Assert.Equal(Letters, await page.Locator("#table-letters tbody tr").CountAsync());

        await page.Locator("#letter-filter").FillAsync("CM20-0001999");
        Assert.Equal(1, await page.Locator("#table-letters tbody tr:visible").CountAsync());
        await page.Locator("#table-letters tbody tr:visible a").ClickAsync();
        Assert.Equal("letters/CM20-0001999.txt", await page.Locator(".letter").GetAttributeAsync("data-file"));
        Assert.True(await page.Locator("mark.hl").CountAsync() > 0);
        session.AssertClean();
    }
}
