using System;
using System.IO;
using System.Linq;
using ImrCite.Catalogue;
using ImrCite.Citations;
using ImrCite.Reliability.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace ImrCite.Reliability.Tests;

/// <summary>
/// A citation that lists thousands of pages gets one finding per rule, not one per page: the wrong pages named
/// compactly ("1–73, 97–10000"; "… and 9 more"), the span from the first wrong item to the last, the message a line
/// long; time linear in the list.
/// </summary>
public sealed class PageListFindings
{
    private const string Opioids = "MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): ";

    private static readonly Lazy<CitationResolver> Resolver = new(() =>
        new CitationResolver(CatalogueLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "guidelines") }).Catalogue));

    private readonly ITestOutputHelper _output;

    public PageListFindings(ITestOutputHelper output) => _output = output;

    private static string Pages(int n) => Opioids + string.Join(", ", Enumerable.Range(1, n));

    [Fact]
    public void TenThousandListedPagesGiveOneFindingPerRule()
    {
        string text = Pages(10_000);
        var problems = Resolver.Value.Analyze(text, new GuidelineDate(2015, 6, 1)).Problems;
        foreach (var problem in problems)
        {
            _output.WriteLine($"{problem.Id} [{problem.Start}, +{problem.Length}]: {problem.Message}");
        }
        Assert.InRange(problems.Count, 1, 4);
        Assert.Equal(problems.Count, problems.Select(p => p.Id).Distinct().Count());
        Assert.All(problems, p => Assert.True(p.Message.Length < 400, p.Message));

        // Pages 1–73 and 97–127 are outside the Opioids section (74–96): one finding, spanning page 1 to page 127.
        var outside = Assert.Single(problems, p => p.Id is "IMR0103" or "IMR0104");
        Assert.Contains("1\u201373, 97\u2013127 are outside 'Opioids'", outside.Message, StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("1, 2,", StringComparison.Ordinal), outside.Start);
        Assert.Equal("127", text.Substring(outside.Start + outside.Length - 3, 3));
        // Pages 128–10000 are beyond the document: one finding.
        var beyond = Assert.Single(problems, p => p.Id == "IMR0105");
        Assert.Contains("128\u201310000 are beyond", beyond.Message, StringComparison.Ordinal);
        Assert.Equal(text.Length, beyond.Start + beyond.Length);
    }

    [Fact]
    public void ManyScatteredWrongPagesAreNamedFirstFewAndHowManyMore()
    {
        // Every other page from 1 to 40 and from 100 to 126: 20 + 14 separate ranges outside the section, one finding.
        string text = Opioids + string.Join(", ", Enumerable.Range(0, 20).Select(i => 1 + (2 * i)).Concat(Enumerable.Range(0, 14).Select(i => 100 + (2 * i))));
        var problem = Assert.Single(Resolver.Value.Analyze(text, new GuidelineDate(2015, 6, 1)).Problems);
        Assert.Contains("Page(s) 1, 3, 5, 7, 9 and 29 more are outside 'Opioids'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyReversedRangesAndBadItemsInOneListAreOneFindingEach()
    {
        string text = Opioids + string.Join(", ", Enumerable.Range(0, 1_000).Select(i => i % 2 == 0 ? "80-75" : "0"));
        var problems = Resolver.Value.Analyze(text, new GuidelineDate(2015, 6, 1)).Problems;
        var reversed = Assert.Single(problems, p => p.Id == "IMR0107");
        Assert.Equal("Page range 80-75 (and 499 more in this page list: 80-75, 80-75, 80-75, 80-75, …) runs backwards. Write it as 75-80 (and the others the same way).", reversed.Message);
        var malformed = Assert.Single(problems, p => p.Id == "IMR0100");
        Assert.StartsWith("'0' is not a page number (and 499 more items of this page list: '0', '0', '0', '0', …)", malformed.Message, StringComparison.Ordinal);
        Assert.True(reversed.Start < malformed.Start);

        // One reversed range alone is reported as before, with its repair.
        var single = Assert.Single(Resolver.Value.Analyze(Opioids + "96-74", new GuidelineDate(2015, 6, 1)).Problems);
        Assert.Equal("Page range 96-74 runs backwards. Write it as 74-96.", single.Message);
        Assert.Equal("74-96", single.Suggestion);
    }

    [Fact]
    public void AnalyzeTakesLinearTimeOnALongPageListOutsideTheSection()
    {
        Scaling.AssertLinear(_output, "resolver, a list of n pages, most outside the section or the document",
            Pages, text => Resolver.Value.Analyze(text, new GuidelineDate(2015, 6, 1)), 1_000);
    }
}
