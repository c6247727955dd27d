using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ImrCite.Browser.Tests.Infrastructure;
using ImrCite.Catalogue;
using ImrCite.Testing;
using Xunit;

namespace ImrCite.Browser.Tests;

/// <summary>
/// The catalogue browser (<c>imrcite catalogue report</c>) of the shipped catalogue in Chromium: searching by an alias
/// finds the section that has it and hides what does not match; every document is on the timeline and in its table;
/// nothing is fetched and nothing is reported on the console.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CatalogueReportTests(BrowserFixture browser)
{
    private static GuidelineCatalogue Shipped { get; } = CatalogueLoader.Load(new[] { RepositoryPaths.Combine("guidelines", "catalogue") }).Catalogue;

    /// <summary>Sections with an alias that their title does not contain, so only the alias can find them; a few, spread over the catalogue.</summary>
    public static TheoryData<string, string> AliasesOnlyTheAliasFinds()
    {
        var found = Shipped.Documents.SelectMany(d => d.AllSections)
            .SelectMany(s => s.AliasEntries.Select(a => (Section: s, Alias: a.Name)))
            .Where(p => !p.Section.DisplayTitle.Contains(p.Alias, StringComparison.OrdinalIgnoreCase) && p.Alias.Length >= 4)
            .ToList();
        var data = new TheoryData<string, string>();
        for (int i = 0; i < found.Count && data.Count < 4; i += Math.Max(1, found.Count / 4))
        {
            data.Add(found[i].Section.FullId, found[i].Alias);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AliasesOnlyTheAliasFinds))]
    public async Task SearchingByAnAliasFindsItsSection(string sectionId, string alias)
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, Reports.CatalogueFile);
        var page = session.Page;
        var row = page.Locator($"tr[id=\"sec-{sectionId}\"]");
        Assert.Equal(1, await row.CountAsync());
        int allRows = await page.Locator("tr[data-filter-item]").CountAsync();

        await page.Locator("#catalogue-search").FillAsync(alias);
        Assert.True(await row.IsVisibleAsync(), $"searching '{alias}' does not show {sectionId}");
        var visible = await page.Locator("tr[data-filter-item]:visible").AllAsync();
        Assert.InRange(visible.Count, 1, allRows - 1);
        string[] words = alias.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var shown in visible)
        {
            // What is shown matches every word, in its own text or its document's.
            string text = ((await shown.GetAttributeAsync("data-search")) + " " +
                await shown.EvaluateAsync<string>("e => e.closest('[data-filter-group]').getAttribute('data-search')")).ToLowerInvariant();
            Assert.All(words, w => Assert.Contains(w, text, StringComparison.Ordinal));
        }
        Assert.Matches(@"^\d+ match(es)?$", await page.Locator("#catalogue-search-status").TextContentAsync());

        await page.Locator("#catalogue-search").FillAsync("");
        Assert.Equal(allRows, await page.Locator("tr[data-filter-item]:visible").CountAsync());
        session.AssertClean();
    }

    [Fact]
    public async Task ASearchThatMatchesNothingSaysSo()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, Reports.CatalogueFile);
        await session.Page.Locator("#catalogue-search").FillAsync("zzqx no such guideline");
        Assert.Equal(0, await session.Page.Locator("tr[data-filter-item]:visible").CountAsync());
        Assert.Equal("0 matches", await session.Page.Locator("#catalogue-search-status").TextContentAsync());
        session.AssertClean();
    }

    [Fact]
    public async Task EveryDocumentIsOnTheTimelineAndInItsTable()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, Reports.CatalogueFile);
        var page = session.Page;
        Assert.Equal(Shipped.Documents.Count, await page.Locator("section.doc").CountAsync());
        Assert.Equal(Shipped.Documents.Count, await page.Locator("#table-windows tbody tr").CountAsync());
        int drawn = await page.Locator("svg.timeline rect.window, svg.timeline rect.proposed").CountAsync();
        Assert.Equal(Shipped.Documents.Count(d => d.EffectiveFrom is not null || d.ProposedOn is not null), drawn);
        var proposed = Shipped.Documents.Where(d => d.IsProposed).ToList();
        foreach (var document in proposed)
        {
            Assert.Contains("proposed", await page.Locator($"section.doc[id=\"doc-{document.Id}\"] dl").InnerTextAsync(), StringComparison.Ordinal);
        }
        foreach (var document in Shipped.Documents.Where(d => d.SupersededBy is not null))
        {
            Assert.True(await page.Locator($"section[aria-labelledby=\"chains\"] a[href=\"#doc-{document.Id}\"]").CountAsync() >= 1, $"{document.Id} is in no supersession chain");
        }
        session.AssertClean();
    }

    [Fact]
    public void TheShippedCataloguePageInTheDocsIsFresh()
    {
        // docs/catalogue.html is `imrcite catalogue report -o docs/catalogue.html`; CI regenerates and compares it too.
        string written = Path.Combine(Reports.Folder, "catalogue-fresh.html");
        var (code, output) = Reports.Imrcite(null, "catalogue", "report", "-o", written);
        Assert.True(code == 0, output);
        string committed = RepositoryPaths.Combine("docs", "catalogue.html");
        if (Environment.GetEnvironmentVariable("IMRCITE_ACCEPT_SNAPSHOTS") == "1")
        {
            File.Copy(written, committed, overwrite: true);
        }
        Assert.True(File.Exists(committed) && File.ReadAllText(committed) == File.ReadAllText(written),
            "docs/catalogue.html is not the shipped catalogue's report: run `dotnet run --project src/ImrCite.Cli -- catalogue report -o docs/catalogue.html` (or the tests with IMRCITE_ACCEPT_SNAPSHOTS=1).");
    }
}
