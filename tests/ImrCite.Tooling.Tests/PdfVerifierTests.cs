using System;
using System.IO;
using System.Linq;
using ImrCite.Catalogue;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;
using Xunit.Abstractions;

namespace ImrCite.Tooling.Tests;

public class PdfVerifierTests
{
    private readonly ITestOutputHelper _output;

    public PdfVerifierTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// Five pages with "Page N of 5" footers: Introduction opens page 1, Opioids opens page 3 (the catalogue says 2:
    /// the deliberate disagreement), "NSAIDs and GI risk" stands mid-page 4, and an "Appendix A" the catalogue lacks mid-page 5.
    /// </summary>
    private static byte[] GuidelinePdf(bool footers = true)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (int n = 1; n <= 5; n++)
        {
            var page = builder.AddPage(612, 792);
            double y = 740;
            void Heading(string text)
            {
                page.AddText(text, 16, new PdfPoint(72, y), font);
                y -= 30;
            }
            void Body(int count)
            {
                for (int i = 0; i < count; i++)
                {
                    page.AddText($"Body text line {i + 1} of the guideline page {n}, discussing evidence.", 10, new PdfPoint(72, y), font);
                    y -= 14;
                }
            }
            switch (n)
            {
                case 1: Heading("Introduction"); Body(12); break;
                case 2: Body(20); break;
                case 3: Heading("Opioids"); Body(12); break;
                case 4: Body(6); Heading("NSAIDs and GI risk"); Body(6); break;
                case 5: Body(6); Heading("Appendix A"); Body(4); break;
            }
            if (footers)
            {
                page.AddText($"Page {n} of 5", 9, new PdfPoint(280, 30), font);
            }
        }
        return builder.Build();
    }

    private static GuidelineDocument Document(string catalogue) =>
        CatalogueLoader.FromText(("test.imrcite.json", catalogue)).Catalogue.FindDocument(Fixtures.DocumentId)!;

    [Fact]
    public void VerifyReportsTheDisagreementAndTheHeadingTheCatalogueLacks()
    {
        string folder = Fixtures.TempFolder();
        string pdfPath = Path.Combine(folder, "guide.pdf");
        File.WriteAllBytes(pdfPath, GuidelinePdf());
        var report = PdfVerifier.Verify(pdfPath, Document(Fixtures.Catalogue()));
        _output.WriteLine(report.ToText());

        Assert.Equal(5, report.PageCount);
        Assert.Equal(5, report.FooterTotal);
        Assert.Equal(10, report.BodyFontSize);
        var disagreement = Assert.Single(report.Findings, f => f.Kind == PdfFindingKind.FirstPageDisagrees);
        Assert.Equal(Fixtures.DocumentId + "/opioids", disagreement.SectionId);
        Assert.Equal("2-3", disagreement.CataloguePages);
        Assert.Equal("3-4", disagreement.FoundPages);
        var missing = Assert.Single(report.Findings, f => f.Kind == PdfFindingKind.HeadingNotInCatalogue);
        Assert.Contains("Appendix A", missing.Message);
        Assert.Equal(2, report.Findings.Count);

        Assert.Equal("1-2", report.VerifiedPages["intro"].ToString());
        Assert.Equal("3-4", report.VerifiedPages["opioids"].ToString());
        Assert.Equal("4-5", report.VerifiedPages["nsaids"].ToString());
        Assert.Contains("FirstPageDisagrees", report.ToJson());
    }

    [Fact]
    public void WithoutFootersThePdfPageIndexIsThePageNumber()
    {
        var report = PdfVerifier.Verify(GuidelinePdf(footers: false), Document(Fixtures.Catalogue()));
        Assert.Null(report.FooterTotal);
        Assert.Equal("3-4", report.VerifiedPages["opioids"].ToString());
    }

    [Fact]
    public void WriteRoundTripRecordsVerifiedPagesAndValidatesCleanly()
    {
        string folder = Fixtures.TempFolder();
        string cataloguePath = Path.Combine(folder, "test.imrcite.json");
        File.WriteAllText(cataloguePath, Fixtures.Catalogue());
        var report = PdfVerifier.Verify(GuidelinePdf(), Document(Fixtures.Catalogue()));

        string? written = PdfVerifier.WriteVerification(new[] { folder }, report);
        Assert.Equal(cataloguePath, written);
        string text = File.ReadAllText(cataloguePath);
        Assert.Equal(text, CatalogueFormatter.Format(text));

        var loaded = CatalogueLoader.Load(new[] { cataloguePath });
        Assert.Empty(loaded.Diagnostics);
        var document = loaded.Catalogue.FindDocument(Fixtures.DocumentId)!;
        var opioids = document.FindSection("opioids")!;
        Assert.Equal("3-4", opioids.PageSet!.ToString());
        Assert.Equal(Provenance.Verified, opioids.PagesProvenance);
        Assert.All(document.AllSections, s => Assert.Equal(Provenance.Verified, s.PagesProvenance));

        // Verifying the rewritten catalogue finds only the heading it still lacks.
        var again = PdfVerifier.Verify(GuidelinePdf(), document);
        Assert.Equal(PdfFindingKind.HeadingNotInCatalogue, Assert.Single(again.Findings).Kind);
    }

    [Fact]
    public void ApplyVerificationRefusesAFileWithoutTheDocument()
    {
        var report = PdfVerifier.Verify(GuidelinePdf(), Document(Fixtures.Catalogue()));
        Assert.Throws<InvalidOperationException>(() => PdfVerifier.ApplyVerification("{ \"documents\": [] }", report));
    }
}
