using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ImrCite.Cli.Letters;
using ImrCite.Reliability.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using Xunit;
using Xunit.Abstractions;

namespace ImrCite.Reliability.Tests;

/// <summary>
/// Reading one PDF page costs memory bounded by the caps, not by the page: PdfPig holds a few hundred bytes per
/// character of the page it lays out, so a page that would show more than the per-page cap
/// (<see cref="LetterLimits.MaxPdfPageCharacters"/>) or than is left of the letter's text cap is refused (IMR0205)
/// before it is laid out. Before the bound, the three hostile shapes below took 1.5 GB, 935 MB and 800 MB; each
/// is now refused within <see cref="AllocationBound"/> bytes allocated (the bytes of the read, measured on this thread).
/// </summary>
public sealed class PdfPageMemory
{
    /// <summary>Several times below the smallest figure the hostile shapes took before (800 MB).</summary>
    private const long AllocationBound = 100_000_000;

    private readonly ITestOutputHelper _output;

    public PdfPageMemory(ITestOutputHelper output) => _output = output;

    [Fact]
    public void ACompressedPageOfMegabytesOfTextIsRefusedBeforeItIsLaidOut()
    {
        byte[] pdf = SyntheticPdf.OnePage(SyntheticPdf.ShowText(new string('a', 4_000_000)), compress: true);
        Assert.True(pdf.Length < 20_000, $"{pdf.Length} bytes");
        AssertRefusedWithinBound(pdf, LetterLimits.Default, "a PDF with a page of over 100,000 characters, over the cap of 100,000 characters on one PDF page");
    }

    [Fact]
    public void AnUncompressedPageOfMegabytesOfTextIsRefusedBeforeItIsLaidOut()
    {
        var content = new StringBuilder("BT /F1 10 Tf 20 700 Td 12 TL\n");
        while (content.Length < 2_700_000)
        {
            content.Append("(The reviewer read the medical records in full.) Tj T*\n");
        }
        content.Append("ET\n");
        byte[] pdf = SyntheticPdf.OnePage(SyntheticPdf.Ascii(content.ToString()), compress: false);
        AssertRefusedWithinBound(pdf, LetterLimits.Default, "a PDF with a page of over 100,000 characters");
    }

    [Fact]
    public void AFormDrawnThousandsOfTimesIsRefusedBeforeItIsLaidOut()
    {
        byte[] form = SyntheticPdf.ShowText(new string('b', 1_000));
        byte[] content = SyntheticPdf.Ascii(string.Concat(Enumerable.Repeat("q /Fm1 Do Q\n", 2_000)));
        byte[] pdf = SyntheticPdf.OnePage(content, compress: true, form);
        Assert.True(pdf.Length < 30_000, $"{pdf.Length} bytes");
        AssertRefusedWithinBound(pdf, LetterLimits.Default, "a PDF with a page of over 100,000 characters");
    }

    [Fact]
    public void FormsNestedToMultiplyAreCountedWithTheirDraws()
    {
        // Fm1 draws Fm2 40 times, Fm2 shows 100 characters, the page draws Fm1 40 times: 160,000 characters.
        byte[] inner = SyntheticPdf.ShowText(new string('c', 100));
        byte[] outer = SyntheticPdf.Ascii(string.Concat(Enumerable.Repeat("/Fm2 Do\n", 40)));
        byte[] content = SyntheticPdf.Ascii(string.Concat(Enumerable.Repeat("/Fm1 Do\n", 40)));
        AssertRefusedWithinBound(SyntheticPdf.OnePage(content, compress: true, outer, inner), LetterLimits.Default, "a page of over 100,000 characters");

        // The same forms drawn 20 times (80,000 characters) are within the cap, and read.
        byte[] fewer = SyntheticPdf.Ascii(string.Concat(Enumerable.Repeat("/Fm1 Do\n", 20)));
        var read = LetterDocument.FromPdf("nested.pdf", SyntheticPdf.OnePage(fewer, compress: true, outer, inner), LetterLimits.Default);
        Assert.NotNull(read.Letter);
        Assert.Equal(80_000, read.Letter.Text.Count(c => c == 'c'));
    }

    [Fact]
    public void AFormThatDrawsItselfIsRefused()
    {
        byte[] form = SyntheticPdf.Ascii("BT /F1 10 Tf (loop) Tj ET /Fm1 Do\n");
        byte[] pdf = SyntheticPdf.OnePage(SyntheticPdf.Ascii("/Fm1 Do\n"), compress: false, form);
        AssertRefusedWithinBound(pdf, LetterLimits.Default, "a page of over 100,000 characters");
    }

    [Fact]
    public void APageIsRefusedWhenItWouldTakeTheLetterPastItsTextCap()
    {
        var limits = new LetterLimits(50_000, 1_000);
        AssertRefusedWithinBound(SyntheticPdf.OnePage(SyntheticPdf.ShowText(new string('d', 60_000)), compress: true), limits,
            "a PDF of over 50 KB of text, over the cap of 50 KB");
        var read = LetterDocument.FromPdf("within.pdf", SyntheticPdf.OnePage(SyntheticPdf.ShowText(new string('d', 40_000)), compress: true), limits);
        Assert.NotNull(read.Letter);
    }

    [Fact]
    public void ThePageCapIsNamedWhenItIsNoLargerThanWhatIsLeftOfTheTextCap()
    {
        // 40 MB: 200,000 characters a page. With exactly that much left of the text cap both bounds are equal, and a page
        // over it is over the per-page cap (the message names the page); one character less left, and the text cap binds.
        var limits = new LetterLimits(40_000_000, 1_000);
        Assert.Equal(200_000, limits.MaxPdfPageCharacters);
        Assert.False(limits.TextCapBindsPage(40_000_000 - 200_000));
        Assert.True(limits.TextCapBindsPage(40_000_000 - 199_999));
        Assert.False(limits.TextCapBindsPage(0));
        Assert.Equal(limits.PdfPageCap(40_000_000 - 200_000), limits.PdfPageCap(40_000_000 - 199_999) + 1);
    }

    [Fact]
    public void APageWithinTheCapIsReadAsPdfPigLaysItOut()
    {
        byte[] form = SyntheticPdf.Ascii("BT /F1 10 Tf 20 600 Td (Form text drawn (nested) here) Tj ET\n");
        byte[] content = SyntheticPdf.Ascii(
            "BT /F1 10 Tf 20 700 Td (Norco 10/325 mg #90: Upheld) Tj 0 -12 Td [(MAXIMUS ) -250 (guideline:)] TJ ET\n" +
            "% a comment (not text) Tj\nBI /W 2 /H 1 /BPC 8 /CS /G ID \u00ff( EI\nq /Fm1 Do Q q 1 0 0 1 0 -40 cm /Fm1 Do Q\n");
        byte[] pdf = SyntheticPdf.OnePage(content, compress: true, form);
        var read = LetterDocument.FromPdf("letter.pdf", pdf, LetterLimits.Default);
        Assert.NotNull(read.Letter);
        using var document = PdfDocument.Open(pdf);
        string expected = PageFurniture.PdfMarkerPrefix + "1 ===\n" + ContentOrderTextExtractor.GetText(document.GetPage(1)).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
        Assert.Equal(expected, read.Letter.Text);
        Assert.Contains("Norco 10/325 mg #90: Upheld", read.Letter.Text, StringComparison.Ordinal);
        Assert.Equal(2, read.Letter.Text.Split("Form text drawn").Length - 1);
    }

    [Fact]
    public void TheContentScannerCountsTheStringsOfTextShowingOperators()
    {
        byte[] content = Encoding.Latin1.GetBytes(
            "BT /F1 12 Tf (a\\)b(c)d) Tj <414 2> Tj [(ab) -3 (c)] TJ 1 2 (xyz) \" ET\n" +
            "BI /W 4 /H 1 ID (hidden) Tj EIx EI % (comment) Tj\n(z) ' /Im0 Do << /K (v) >> BDC EMC (unterminated");
        var ops = new List<(string Operator, long Bytes, string Name)>();
        var scanner = new ContentScanner(content);
        while (scanner.Next(out var op))
        {
            ops.Add((Encoding.Latin1.GetString(op.Operator), op.StringBytes, Encoding.Latin1.GetString(op.Name)));
        }
        Assert.Equal(
            new (string, long, string)[]
            {
                ("BT", 0, ""), ("Tf", 0, "F1"), ("Tj", 8, ""), ("Tj", 2, ""), ("TJ", 3, ""), ("\"", 3, ""), ("ET", 0, ""),
                ("BI", 0, ""), ("'", 1, ""), ("Do", 0, "Im0"), ("BDC", 1, "K"), ("EMC", 0, ""),
            },
            ops);
    }

    private void AssertRefusedWithinBound(byte[] pdf, LetterLimits limits, string message)
    {
        GC.Collect();
        long before = GC.GetAllocatedBytesForCurrentThread();
        var read = LetterDocument.FromPdf("hostile.pdf", pdf, limits);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        _output.WriteLine($"{pdf.Length:N0}-byte PDF: {allocated:N0} bytes allocated");
        Assert.Null(read.Letter);
        Assert.Equal("IMR0205", read.Refusal!.Id);
        Assert.Contains(message, read.Refusal.Format(read.Arguments), StringComparison.Ordinal);
        Assert.True(allocated < AllocationBound, $"{allocated:N0} bytes allocated reading a PDF that is refused");
    }
}
