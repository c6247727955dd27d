using System;
using System.IO;
using System.Linq;
using ImrCite.Cli.Letters;
using ImrCite.Cli.Tests.Layout;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// A synthetic letter of our own printed to PDF by Debian's headless chromium with a browser's page furniture — a
/// letterhead's running head, "Case Number:", the page counter beside the case number — in the page margins and as
/// the head and foot of an in-page table, which the browser repeats on every page: whatever order the extraction gives them in, the PDF reads as the text letter does
/// (the same items, citations and findings, positions aside).
/// </summary>
public sealed class BrowserFurnitureTests
{
    /// <summary>Several short pages, so page breaks fall inside items and statements.</summary>
    private const string Letter = """
        Case Number:          CM26-9990202
        Date Assigned:        01/09/2017                      Date of Injury:      03/14/2012
        Decision Date:        02/06/2017                      UR Denial Date:      12/20/2016

                                    CLINICAL CASE SUMMARY
        The injured worker is a 51 year old warehouse clerk hurt on 03/14/2012 while lifting a crate onto a
        shelf. He reports chronic low back pain that radiates to the left leg, rated 7/10 without medication and
        4/10 with it, and bilateral knee pain that limits walking to two blocks. Examination shows tenderness of
        the lumbar paraspinal muscles, a positive straight leg raise on the left at 50 degrees and crepitus of
        both knees. Radiographs of the knees show advanced narrowing of the medial compartments. Treatment has
        included physical therapy, a home exercise program, anti-inflammatory medication and opioids since 2014.
        Utilization review on 12/20/2016 non-certified the requests below, and the injured worker asked for an
        independent review of each of them.

                          IMR ISSUES, DECISIONS AND RATIONALES
        The Final Determination was based on decisions for the disputed items/services set forth below:

        MRI of the lumbar spine without contrast: Upheld

        Claims Administrator guideline: Decision based on Non-MTUS Citation ODG Low Back - Lumbar &
        Thoracic (Acute & Chronic), MRIs (magnetic resonance imaging).

        MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.

        Decision rationale: The imaging is not supported without red flags or a progressive neurological
        deficit, and the file describes neither. The request is not medically necessary.

        Norco 10/325 mg #120: Upheld

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines
        Opioids, criteria for use Page(s): 76-80.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Opioids,
        specific drug list; Opioids, criteria for use Page(s): 76-80, 91.

        Decision rationale: Continued opioid treatment calls for documented functional improvement and
        monitoring for aberrant behavior. Neither is documented. The request is not medically necessary.

        Aquatic therapy 2 times a week for 6 weeks: Overturned

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines
        Aquatic therapy Page(s): 22.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Aquatic
        therapy; Physical Medicine Page(s): 22, 98-99.

        Decision rationale: Reduced weight bearing is desirable for this obese claimant with advanced
        degenerative disease of both knees. The request is medically necessary.
        """;

    /// <summary>A small page, and a letterhead in the top margin beside "Case Number:", the counter glued to the case number at the foot.</summary>
    private static readonly LetterPdf.PageStyle MarginFurniture = new(
        "browser-margins", "90mm 130mm", "16mm 8mm", "'DejaVu Serif', serif", "9pt",
        "@top-left { content: 'Northfield Review Partners'; font-size: 7pt; } @top-right { content: 'Case Number: {CASE}'; font-size: 7pt; } "
        + "@bottom-left { content: 'Page ' counter(page) ' of ' counter(pages); font-size: 7pt; } @bottom-right { content: '{CASE}'; font-size: 7pt; }");

    /// <summary>The same small page without margin boxes; the furniture is in the page, a table's head and foot that the browser repeats on every page.</summary>
    private static readonly LetterPdf.PageStyle InPageFurniture = new("browser-in-page", "90mm 130mm", "10mm 8mm", "'DejaVu Serif', serif", "9pt", "");

    private const string InPageHead =
        "<table style=\"width: 100%; table-layout: fixed; border-collapse: collapse;\"><thead><tr><td style=\"font-size: 7pt;\">Northfield Review Partners &#160; Case Number: CM26-9990202</td></tr></thead>"
        + "<tfoot><tr><td style=\"font-size: 7pt;\">CM26-9990202 &#160; Confidential review record</td></tr></tfoot><tbody><tr><td>\n";

    private const string InPageFoot = "</td></tr></tbody></table>\n</body>";

    [Theory]
    [InlineData("browser-margins")]
    [InlineData("browser-in-page")]
    public void ALetterPrintedByABrowserReadsAsItsText(string styleName)
    {
        string text = Letter.Replace("\r\n", "\n", StringComparison.Ordinal);
        var style = styleName == MarginFurniture.Name ? MarginFurniture : InPageFurniture;
        string html = LetterPdf.Html(LetterLayout.Parse(text), style);
        if (style == InPageFurniture)
        {
            html = html.Replace("<body>\n", "<body>\n" + InPageHead, StringComparison.Ordinal).Replace("</body>", InPageFoot, StringComparison.Ordinal);
        }
        string folder = Directory.CreateTempSubdirectory("imrcite-browser-furniture-").FullName;
        try
        {
            string htmlPath = Path.Combine(folder, "letter.html");
            string pdfPath = Path.Combine(folder, "letter.pdf");
            File.WriteAllText(htmlPath, html);
            LetterPdf.Print(htmlPath, pdfPath);
            var pdf = LetterDocument.FromPdf("CM26-9990202.pdf", File.ReadAllBytes(pdfPath));
            // The print has the furniture on several pages, so there is something to blank.
            Assert.True(pdf.Text.Split("=== page ").Length > 2, pdf.Text);
            Assert.Contains("Review Partners", pdf.Text, StringComparison.Ordinal);
            var expected = LayoutFindings.Of(LetterDocument.FromText("CM26-9990202.txt", text));
            var (lost, gained) = LayoutFindings.Differences(expected, LayoutFindings.Of(pdf));
            Assert.True(lost.Count + gained.Count == 0, $"lost\n  {string.Join("\n  ", lost)}\ngained\n  {string.Join("\n  ", gained)}\ntext\n{pdf.Text}");
            Assert.Equal(3, expected.Count(k => k.StartsWith("item", StringComparison.Ordinal)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
