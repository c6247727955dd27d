using System;
using System.Linq;
using ImrCite.Cli.Letters;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// How a letter's page furniture — a running footer and head around a page break — and the layout that follows every
/// line with a blank one are read, on synthetic letters of our own: the furniture is blanked out of the text the checks
/// read, so a statement broken by a page break resolves as if wrapped, and nothing of the footer is read as a citation or
/// as pages; real content near a page break stays.
/// </summary>
public sealed class PageFurnitureTests
{
    private const string BrokenStatements = """
        Case Number:          CM17-9990777
        Decision Date:        03/02/2017

                          IMR ISSUES, DECISIONS AND RATIONALES
        The Final Determination was based on decisions for the disputed items/services set forth below:

        MRI of the lumbar spine without contrast: Upheld

        Claims Administrator guideline: Decision based on Non-MTUS Citation ODG Low Back - Lumbar &
        CM17-9990777                 Page 2 of 5
        {FF}Case Number: CM17-9990777

        Thoracic (Acute & Chronic), MRIs (magnetic resonance imaging).

        MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Special
        Studies.

        Decision rationale: The imaging is not supported without red flags or a progressive
        neurological deficit, and the file describes neither.
        CM17-9990777                 Page 3 of 5
        {FF}Case Number: CM17-9990777
        The request is not medically necessary.
        """;

    private static SyntheticLetter Letter(string name, string text) => new(name, text.Replace("{FF}", "\f", StringComparison.Ordinal));

    [Fact]
    public void AStatementBrokenByAFooterAndAHeadResolvesAsIfWrapped()
    {
        var report = Letter("CM17-9990777.txt", BrokenStatements).Report;
        var ca = report.Citations.Where(c => c.Role == CitationRole.ClaimsAdministrator).ToList();
        var mri = Assert.Single(ca);
        Assert.Equal("mris-magnetic-resonance-imaging", mri.Resolved?.Section?.Id);
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id is "IMR0101" or "IMR0102" or "IMR0113" or "IMR0105");
        Assert.DoesNotContain(report.Citations, c => c.Text.Contains("CM17", StringComparison.Ordinal) || c.Text.Contains("Page 2", StringComparison.Ordinal));
    }

    [Fact]
    public void TheFurnitureIsBlankedAndEverythingElseIsKeptInPlace()
    {
        string text = BrokenStatements.Replace("{FF}", "\f", StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal);
        var letter = LetterDocument.FromText("CM17-9990777.txt", text);
        Assert.Equal(text.Length, letter.ScanText.Length);
        Assert.Equal(text.Count(c => c is '\n' or '\f'), letter.ScanText.Count(c => c is '\n' or '\f'));
        Assert.DoesNotContain("Page 2 of 5", letter.ScanText, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 3 of 5", letter.ScanText, StringComparison.Ordinal);
        // The letter's own header stays; only the repeats go.
        Assert.StartsWith("Case Number:          CM17-9990777\n", letter.ScanText, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(letter.ScanText, "CM17-9990777"));
        Assert.Contains("Thoracic (Acute & Chronic), MRIs (magnetic resonance imaging).", letter.ScanText, StringComparison.Ordinal);
        Assert.Contains("The request is not medically necessary.", letter.ScanText, StringComparison.Ordinal);
    }

    [Theory]
    // A statement's pages, on the line before a page break: not a footer.
    [InlineData("Opioids Page(s): 74-96\n\fMore text.")]
    // "Page N of M" of another page than the one it stands on: a citation's pages, not the footer of page 1.
    [InlineData("Opioids\nPage 74 of 127\n\fMore text.")]
    // A footer line with words of content on it.
    [InlineData("See page 1 of 5 of the report\n\fMore text.")]
    // A case number of another shape, or content after a break.
    [InlineData("Reference 2017-0001\n\fCase Number: pending review")]
    public void ContentNearAPageBreakIsNotFurniture(string page)
    {
        string text = "Decision Date: 02/01/2017\n" + page + "\n";
        Assert.Equal(text, PageFurniture.Blank(text, isPdf: false));
    }

    [Theory]
    [InlineData("Page 1 of 3")]
    [InlineData("CM16-0000001     Page 1 of 3")]
    [InlineData("Final Determination Letter for IMR Case Number CM16-0000001   Page 1 of 3")]
    public void AFooterOfThePageItEndsIsFurniture(string footer)
    {
        string text = "Some rationale text that goes on\n\n" + footer + "\n\fand ends here.\n";
        string scan = PageFurniture.Blank(text, isPdf: false);
        Assert.Equal(text.Replace(footer, new string(' ', footer.Length), StringComparison.Ordinal), scan);
    }

    [Fact]
    public void APdfsRunningFooterAndHeadAroundItsPageMarkerAreFurnitureToo()
    {
        string text = "=== page 1 ===\nCase Number: CM17-0000002\nMAXIMUS guideline: Decision based on ODG Low Back -\nPage 1 of 2\n=== page 2 ===\nCM17-0000002\nLumbar & Thoracic (Acute & Chronic), MRIs.\n";
        string scan = PageFurniture.Blank(text, isPdf: true);
        Assert.Equal(text.Length, scan.Length);
        Assert.DoesNotContain("Page 1 of 2", scan, StringComparison.Ordinal);
        Assert.DoesNotContain("=== page", scan, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(scan, "CM17-0000002"));
        Assert.Contains("Lumbar & Thoracic (Acute & Chronic), MRIs.", scan, StringComparison.Ordinal);
    }

    [Fact]
    public void OnePassFindsAPdfsPageMarkersWithTheirLinesAndBlanksTheFurniture()
    {
        // A marker-like line inside a page (not at a line start, or not a number) starts no page.
        string text = "=== page 1 ===\nCase Number: CM17-0000004\nsee === page 9 === here\n=== page x ===\nPage 1 of 2\n=== page 2 ===\nCM17-0000004\nText.\n";
        var reading = PageFurniture.Read(text, isPdf: true);
        Assert.Equal(new[] { new PageStart(1, 1), new PageStart(6, 2) }, reading.PageStarts);
        Assert.Equal(PageFurniture.Blank(text, isPdf: true), reading.ScanText);
        Assert.DoesNotContain("Page 1 of 2", reading.ScanText, StringComparison.Ordinal);
        Assert.Empty(PageFurniture.Read(text, isPdf: false).PageStarts);
    }

    [Fact]
    public void TheFootersOfALetterPastedWithoutFormFeedsGoByItsOwnCaseNumber()
    {
        string text = "Case Number: CM17-0000003\nDecision based on ODG Low Back - Lumbar &\nCM17-0000003   Page 2 of 4\nCase Number: CM17-0000003\nThoracic (Acute & Chronic), MRIs.\nSee case CM17-0000003 for the history.\n";
        string scan = PageFurniture.Blank(text, isPdf: false);
        Assert.DoesNotContain("Page 2 of 4", scan, StringComparison.Ordinal);
        Assert.Contains("See case CM17-0000003 for the history.", scan, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(scan, "CM17-0000003"));
    }

    /// <summary>The 2014–15 layout: every line followed by a blank line, and a running footer on each page.</summary>
    private const string DoubleSpaced = """
         HOW THE IMR FINAL DETERMINATION WAS MADE 

        Decision Date: 04/20/2015 

        IMR ISSUES, DECISIONS AND RATIONALES 

        TENS unit rental for the low back: Upheld 

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines 

        Trans- 

        cutaneous electrotherapy Page(s): 114-121. 

        MAXIMUS guideline: Decision based on Non-MTUS Citation ODG Low Back- 

        Lumbar & Thoracic (Acute & Chronic), Lumbar supports. 

        Decision rationale: The trial is not documented. 

        Page 1 of 4 

        {FF} 

        The request is not medically necessary. 

        """;

    [Fact]
    public void AWordHyphenatedAcrossTheBlankLineOfTheDoubleSpacedLayoutIsJoined()
    {
        var report = Letter("double-spaced.txt", DoubleSpaced).Report;
        var ca = Assert.Single(report.Citations, c => c.Role == CitationRole.ClaimsAdministrator);
        Assert.Equal("Transcutaneous electrotherapy", ca.Resolved?.Section?.Title);
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id == "IMR0113" && f.Message.Contains("Trans", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id is "IMR0101" or "IMR0105");
    }

    [Fact]
    public void ARealHyphenAcrossTheBlankLineStaysTwoWordsWhenJoinedTheyNameNothing()
    {
        // "Low Back-" / blank / "Lumbar": joined, "BackLumbar" names nothing, so the halves are read as the two words they are.
        var report = Letter("double-spaced.txt", DoubleSpaced).Report;
        var maximus = Assert.Single(report.Citations, c => c.Role == CitationRole.Maximus);
        Assert.Equal("lumbar-supports", maximus.Resolved?.Section?.Id);
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id is "IMR0101" or "IMR0102");
    }

    [Fact]
    public void TwoBlankLinesAfterAHyphenEndAParagraphAndJoinNothing()
    {
        var report = Letter("paragraph.txt", DoubleSpaced.Replace("Trans- \n\n", "Trans- \n\n\n", StringComparison.Ordinal)).Report;
        Assert.DoesNotContain(report.Citations, c => c.Resolved?.Section?.Title == "Transcutaneous electrotherapy");
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
