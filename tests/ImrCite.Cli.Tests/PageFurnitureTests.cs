using System;
using System.Linq;
using ImrCite.Cli.Letters;
using ImrCite.Cli.Tests.Layout;
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

    /// <summary>
    /// A letter of three pages as a browser prints it (our own words): each page's text begins with a letterhead's running
    /// head and then the running footer, its page counter glued to the case number, so an item opens page 2 and a
    /// statement runs from page 2 onto page 3. {HEAD} and {FOOT} stand for the furniture, {FF} for a page break.
    /// </summary>
    private const string BrowserLetter = """
        {HEAD}Northfield Review Partners   Case Number: CM26-9990101
        {FOOT}Page {N} of 3CM26-9990101
        Northfield Review Partners
        Case Number: CM26-9990101 Date of Injury: 03/14/2012
        Decision Date: 03/02/2017 Priority: Standard
        IMR ISSUES, DECISIONS AND RATIONALES
        The Final Determination was based on decisions for the disputed items/services set
        forth below:
        {FF}{HEAD}Northfield Review Partners   Case Number: CM26-9990101
        {FOOT}Page {N} of 3CM26-9990101
        MRI of the lumbar spine without contrast: Upheld
        Claims Administrator guideline: Decision based on Non-MTUS Citation ODG Low Back - Lumbar &
        Thoracic (Acute & Chronic), MRIs (magnetic resonance imaging).
        MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Special
        {FF}{HEAD}Northfield Review Partners   Case Number: CM26-9990101
        {FOOT}Page {N} of 3CM26-9990101
        Studies.
        Decision rationale: The imaging is not supported without red flags or a progressive
        neurological deficit, and the file describes neither. The request is not medically necessary.
        """;

    /// <summary>
    /// <see cref="BrowserLetter"/> with its furniture placed: both lines at each page's top (as a browser's print gives
    /// them), both at its bottom, or none (the letter as text).
    /// </summary>
    private static string Furnished(string placement, string? head = null, string? foot = null)
    {
        string letter = BrowserLetter;
        if (head is not null)
        {
            letter = letter.Replace("{HEAD}Northfield Review Partners   Case Number: CM26-9990101", "{HEAD}" + head, StringComparison.Ordinal);
        }
        if (foot is not null)
        {
            letter = letter.Replace("{FOOT}Page {N} of 3CM26-9990101", "{FOOT}" + foot, StringComparison.Ordinal);
        }
        var pages = letter.Replace("\r\n", "\n", StringComparison.Ordinal).Split("{FF}");
        var text = new System.Text.StringBuilder();
        for (int page = 1; page <= pages.Length; page++)
        {
            var lines = pages[page - 1].TrimEnd('\n').Split('\n');
            var furniture = lines.Where(l => l.StartsWith('{')).Select(l => l[(l.IndexOf('}') + 1)..].Replace("{N}", page.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)).ToList();
            var content = lines.Where(l => !l.StartsWith('{'));
            var ordered = placement switch
            {
                "top" => furniture.Concat(content),
                "bottom" => content.Concat(furniture),
                _ => content,
            };
            text.Append(page > 1 ? "\f" : "").Append(string.Join('\n', ordered)).Append('\n');
        }
        return text.ToString();
    }

    [Theory]
    [InlineData("top")]
    [InlineData("bottom")]
    public void ARunningHeadAndAGluedPageCounterOfEveryPageReadAsTheLetterWithoutThem(string placement)
    {
        string furnished = Furnished(placement);
        var report = new SyntheticLetter("CM26-9990101.txt", furnished).Report;
        Assert.Equal("MRI of the lumbar spine without contrast", Assert.Single(report.Items).Text);
        Assert.Equal("mris-magnetic-resonance-imaging", Assert.Single(report.Citations, c => c.Role == CitationRole.ClaimsAdministrator).Resolved?.Section?.Id);
        Assert.DoesNotContain(report.Citations, c => c.Text.Contains("Northfield", StringComparison.Ordinal) || c.Text.Contains("Page", StringComparison.Ordinal) || c.Text.Contains("CM26", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id is "IMR0101" or "IMR0102" or "IMR0105" or "IMR0113");
        // Everything the letter says, read the same as without its furniture.
        var plain = LayoutFindings.Of(LetterDocument.FromText("CM26-9990101.txt", Furnished("none")));
        Assert.Equal(plain, LayoutFindings.Of(LetterDocument.FromText("CM26-9990101.txt", furnished)));
        Assert.Contains(plain, k => k.StartsWith("citation", StringComparison.Ordinal) && k.Contains("Special Studies", StringComparison.Ordinal));
    }

    [Theory]
    // Running lines that hold another small number besides the page's: on one page that number is the page's own.
    [InlineData("top", "Northfield Review Partners, Suite 2   Case Number: CM26-9990101", "Version 1   Page {N} of 3")]
    [InlineData("bottom", "Northfield Review Partners, 3 Harbor Plaza", "Form 1 rev. 2   Page {N} of 3   CM26-9990101")]
    public void ARunningLineWithAnotherNumberEqualToAPageIsStillRunning(string placement, string head, string foot)
    {
        string furnished = Furnished(placement, head, foot);
        string scan = PageFurniture.Blank(furnished, isPdf: false);
        Assert.DoesNotContain("Page 2 of 3", scan, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 3 of 3", scan, StringComparison.Ordinal);
        var plain = LayoutFindings.Of(LetterDocument.FromText("CM26-9990101.txt", Furnished("none")));
        Assert.Equal(plain, LayoutFindings.Of(LetterDocument.FromText("CM26-9990101.txt", furnished)));
    }

    [Fact]
    public void APdfsRunningHeadAndGluedCounterAfterItsMarkersAreBlankedAndTheFirstPagesHeadStays()
    {
        string furnished = Furnished("top");
        var pages = furnished.Split('\f');
        string pdf = string.Concat(pages.Select((page, i) => $"=== page {i + 1} ===\n" + page));
        string scan = PageFurniture.Blank(pdf, isPdf: true);
        Assert.Equal(pdf.Length, scan.Length);
        Assert.DoesNotContain("Page 2 of 3", scan, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 3 of 3", scan, StringComparison.Ordinal);
        // The first page's head is the letter's own; its later repeats are furniture.
        Assert.StartsWith("              \nNorthfield Review Partners   Case Number: CM26-9990101\n", scan, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(scan, "Northfield Review Partners"));
        Assert.Contains("\nMRI of the lumbar spine without contrast: Upheld\n", scan, StringComparison.Ordinal);
        Assert.Contains("\nStudies.\n", scan, StringComparison.Ordinal);
    }

    [Theory]
    // The footer's page counter glued to the case number, either way round, on the page it numbers.
    [InlineData("Page 2 of 3CM17-0000001")]
    [InlineData("CM17-0000001Page 2 of 3")]
    [InlineData("Page 2 of 3 CM17-0000001")]
    public void APageCounterGluedToACaseNumberIsStillAPageCounter(string footer)
    {
        string text = "Decision Date: 02/01/2017\n\fSome rationale text that goes on\n" + footer + "\n\fand ends here.\n";
        Assert.Equal(text.Replace(footer, new string(' ', footer.Length), StringComparison.Ordinal), PageFurniture.Blank(text, isPdf: false));
    }

    [Theory]
    // The counter of another page, or glued to a word of content.
    [InlineData("Page 1 of 3CM17-0000001")]
    [InlineData("Page 2 of 3mg daily")]
    [InlineData("Page 2 of 3CM17-00000012")]
    public void AGluedCounterOfAnotherPageOrOnContentIsNotFurniture(string footer)
    {
        string text = "Decision Date: 02/01/2017\n\fSome rationale text that goes on\n" + footer + "\n\fand ends here.\n";
        Assert.Equal(text, PageFurniture.Blank(text, isPdf: false));
    }

    [Fact]
    public void ALineThatRecursNearFewPageBreaksOnlyIsContent()
    {
        // Five pages; "Therefore, the request is not medically necessary." ends two of them and "Norco 10/325 mg #120"
        // begins two: content that happens to recur, not a running line. A line on one page edge only is content too.
        string[] pages =
        {
            "Case Number: CM17-0000005\nDecision Date: 02/01/2017\nrationale one.\nTherefore, the request is not medically necessary.\n",
            "Norco 10/325 mg #120\nmore text.\nTherefore, the request is not medically necessary.\n",
            "Norco 10/325 mg #120\nmore text.\nOnce: a short line at a page's foot\n",
            "Tramadol 50 mg #60\nmore text.\nfor its decision.\n",
            "Gabapentin 600 mg #90\nthe end.\n",
        };
        string text = string.Join('\f', pages);
        Assert.Equal(text, PageFurniture.Blank(text, isPdf: false));
    }

    [Fact]
    public void ALetterheadOfAnyWordsIsARunningHeadOnlyWhenEveryPageHasIt()
    {
        string[] words = { "first", "second", "third" };
        string Pages(int count, int without = 0) => string.Join('\f', words.Take(count).Select((word, i) => (i + 1 == without ? "" : "Northfield Review Partners\n") + $"the {word} page's content goes on here\n"));
        foreach (int count in new[] { 2, 3 })
        {
            string scan = PageFurniture.Blank(Pages(count), isPdf: false);
            // Its repeats are blanked; the first page's head is the letter's own and stays.
            Assert.Equal(1, CountOf(scan, "Northfield Review Partners"));
            Assert.StartsWith("Northfield Review Partners\n", scan, StringComparison.Ordinal);
            Assert.Equal(count, CountOf(scan, "goes on here"));
        }
        // On two pages of three: content.
        Assert.Equal(Pages(3, without: 3), PageFurniture.Blank(Pages(3, without: 3), isPdf: false));
    }

    [Fact]
    public void AFooterOfATwoPageLetterRunsWhenItHoldsANumber()
    {
        string Letter(string footer) => $"Decision Date: 02/01/2017\nthe first page's rationale ends\n{footer}\n\fthe second page's text ends\n{footer}\n";
        string numbered = Letter("CM26-9990303   Confidential review record");
        Assert.Equal(0, CountOf(PageFurniture.Blank(numbered, isPdf: false), "Confidential"));
        // Without a number, the same last line of both pages is content: a rationale's "necessary." may end either.
        string wrapped = Letter("necessary.");
        Assert.Equal(wrapped, PageFurniture.Blank(wrapped, isPdf: false));
    }

    [Fact]
    public void AOnePageLetterKeepsItsHeadAndFoot()
    {
        string text = "Northfield Review Partners   Case Number: CM26-9990101\nDecision Date: 03/02/2017\nThe request is not medically necessary.\nNorthfield Review Partners   Case Number: CM26-9990101\n";
        Assert.Equal(text, PageFurniture.Blank(text, isPdf: false));
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
