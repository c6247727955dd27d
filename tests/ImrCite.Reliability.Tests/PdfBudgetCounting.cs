using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using ImrCite.Cli.Letters;
using ImrCite.Reliability.Tests.Support;
using Xunit;

namespace ImrCite.Reliability.Tests;

/// <summary>
/// The decoded-bytes budget (eight times the text cap) counts what a PDF's streams decode to once each per page: the
/// glyph bound decodes a page's content before PdfPig lays the page out, and PdfPig decodes it again; those decodes are
/// one, shared, so a page costs its content's size, not twice it — while a stream a page uses many times still counts
/// each time, so the budget still stops a page that lists one inflating stream thousands of times.
/// </summary>
public sealed class PdfBudgetCounting
{
    [Fact]
    public void APageAndItsFormCountOnceTowardsTheDecodedBudget()
    {
        byte[] form = SyntheticPdf.ShowText("Form text");
        byte[] content = SyntheticPdf.Ascii("BT /F1 10 Tf 20 700 Td (Norco 10/325 mg #90: Upheld) Tj ET\n" + string.Concat(Enumerable.Repeat("q /Fm1 Do Q\n", 3)));
        byte[] pdf = SyntheticPdf.OnePage(content, compress: true, form);

        var cache = new PageTextCache(Path.Combine(Path.GetTempPath(), "imrcite-budget-" + Guid.NewGuid().ToString("N")), PageTextCache.DefaultMaxBytes);
        try
        {
            var read = LetterDocument.FromPdf("letter.pdf", pdf, LetterLimits.Default, cache);
            Assert.Equal(3, read.Letter!.Text.Split("Form text").Length - 1);
            long needed = cache.TryGet(PageTextCache.KeyOf(pdf), LetterLimits.Default)!.DecodedBytes;
            Assert.Equal(content.Length + form.Length, needed);
        }
        finally
        {
            if (Directory.Exists(cache.Folder))
            {
                Directory.Delete(cache.Folder, recursive: true);
            }
        }
    }

    [Fact]
    public void AStreamAPageListsThousandsOfTimesStillCountsEachTime()
    {
        // One content stream that inflates to 1 MB, listed 2,000 times in the page's /Contents: 2 GB if joined.
        byte[] content = SyntheticPdf.Ascii("% " + new string('x', 1_000_000) + "\n" + "BT /F1 10 Tf 20 700 Td (x) Tj ET\n");
        byte[] pdf = SyntheticPdf.OnePageListingOneStream(content, 2_000);
        Assert.True(pdf.Length < 20_000, $"{pdf.Length} bytes");
        var read = LetterDocument.FromPdf("listed.pdf", pdf, LetterLimits.Default);
        Assert.Null(read.Letter);
        Assert.Equal("IMR0205", read.Refusal!.Id);
        Assert.Contains("inflates past", read.Refusal.Format(read.Arguments), StringComparison.Ordinal);
    }

    [Fact]
    public void TwoPagesWithTheSameContentCountEach()
    {
        // Sharing is within a page: the same stream on two pages is decoded, and counted, for each.
        byte[] content = SyntheticPdf.ShowText("The same line on every page.");
        byte[] pdf = SyntheticPdf.Pages(compress: true, content, content);
        var budget = new PdfBudget(long.MaxValue / 2);
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf, new UglyToad.PdfPig.ParsingOptions { FilterProvider = budget.Filters }))
        {
            for (int number = 1; number <= document.NumberOfPages; number++)
            {
                budget.StartPage();
                UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(document.GetPage(number));
            }
        }
        Assert.Equal(2 * content.Length, budget.Needed);
    }
}
