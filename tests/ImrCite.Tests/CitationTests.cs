using System;
using System.Linq;
using ImrCite.Catalogue;
using ImrCite.Citations;
using ImrCite.Diagnostics;
using ImrCite.Tests.Support;
using Xunit;

namespace ImrCite.Tests;

/// <summary>Citations built in code: canonical text, value equality and the checks they run.</summary>
public sealed class CitationTests
{
    private readonly GuidelineCatalogue _catalogue = ResolverCatalogue.Load().Catalogue;

    private GuidelineDocument Document(string id) => _catalogue.FindDocument(id) ?? throw new InvalidOperationException(id);

    private GuidelineSection Section(string fullId) => _catalogue.FindSection(fullId) ?? throw new InvalidOperationException(fullId);

    private GuidelineSection Opioids => Section("mtus.cpmtg.2009/opioids");

    // ---- canonical text ------------------------------------------------------------------------

    [Fact]
    public void SectionPageRangeUsesPpAndAnEnDash()
    {
        Assert.Equal("MTUS Chronic Pain Medical Treatment Guidelines (2009), Opioids, pp. 74\u201396", Opioids.Pages(74, 96).ToString());
    }

    [Fact]
    public void SinglePageUsesP()
    {
        Assert.Equal("MTUS Chronic Pain Medical Treatment Guidelines (2009), Benzodiazepines, p. 24",
            Section("mtus.cpmtg.2009/benzodiazepines").Pages(24).ToString());
    }

    [Fact]
    public void PageListKeepsItsOrderWithEnDashes()
    {
        Assert.Equal("MTUS Chronic Pain Medical Treatment Guidelines (2009), Opioids, pp. 76, 80\u201382", Opioids.Pages("76, 80-82").ToString());
    }

    [Fact]
    public void AcoemChapterNamesSeriesEditionAndChapter()
    {
        Assert.Equal("MTUS ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12 Low Back Complaints, pp. 303\u2013304",
            Document("acoem.2004.ch12").Pages(303, 304).ToString());
    }

    [Fact]
    public void NonMtusSeriesDocumentHasNoMtusPrefix()
    {
        Assert.Equal("Official Disability Guidelines (ODG), Low Back - Lumbar & Thoracic (Acute & Chronic) (2016), MRIs (magnetic resonance imaging)",
            Section("odg.low-back.2016/mris").Cite().ToString());
    }

    [Fact]
    public void WholeDocumentIsItsCanonicalName()
    {
        Assert.Equal("MTUS Chronic Pain Medical Treatment Guidelines (2009)", Document("mtus.cpmtg.2009").Cite().ToString());
        Assert.Equal("MTUS Chronic Pain Medical Treatment Guidelines (2009), p. 1", Document("mtus.cpmtg.2009").Pages(1).ToString());
    }

    [Fact]
    public void RegulationRangeUsesDoubleSectionSignAndEnDash()
    {
        var regulations = Document("ccr.mtus");
        var citation = Citation.RegulationRange(regulations, Section("ccr.mtus/9792-20"), Section("ccr.mtus/9792-26"));
        Assert.Equal("8 C.C.R. \u00a7\u00a7 9792.20\u20139792.26", citation.ToString());
    }

    [Fact]
    public void SingleRegulationUsesOneSectionSign()
    {
        Assert.Equal("8 C.C.R. \u00a7 9792.24.2", Section("ccr.mtus/9792-24-2").Cite().ToString());
    }

    [Fact]
    public void StatedTotalIsCheckedButNotPrinted()
    {
        var citation = Opioids.Pages(74, 96);
        Assert.Equal(citation.ToString(), citation.WithStatedTotal(127).ToString());
    }

    // ---- value equality ------------------------------------------------------------------------

    [Fact]
    public void SameDocumentSectionAndPagesAreEqualWithEqualHashCodes()
    {
        var a = Opioids.Pages(74, 96);
        var b = Opioids.Pages("74-96");
        var fromAnotherLoad = ResolverCatalogue.Load().Catalogue.FindSection("mtus.cpmtg.2009/opioids")!.Pages(74, 96);
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(a, fromAnotherLoad);
        Assert.Equal(a.GetHashCode(), fromAnotherLoad.GetHashCode());
    }

    [Fact]
    public void DifferentPagesSectionDocumentOrTotalAreNotEqual()
    {
        var citation = Opioids.Pages(74, 96);
        Assert.NotEqual(citation, Opioids.Pages(74, 95));
        Assert.NotEqual(citation, Opioids.Pages(96, 74));
        Assert.NotEqual(citation, Opioids.Cite());
        Assert.NotEqual(citation, Section("mtus.cpmtg.2016/opioids").Pages(74, 96));
        Assert.NotEqual(citation, Document("mtus.cpmtg.2009").Pages(74, 96));
        Assert.NotEqual(citation, citation.WithStatedTotal(127));
        Assert.False(citation.Equals(null));
        Assert.False(citation == null);
        Assert.True((Citation?)null == null);
    }

    [Fact]
    public void RegulationRangesAreEqualByTheirEnds()
    {
        var regulations = Document("ccr.mtus");
        var a = Citation.RegulationRange(regulations, Section("ccr.mtus/9792-20"), Section("ccr.mtus/9792-26"));
        var b = Citation.RegulationRange(regulations, Section("ccr.mtus/9792-20"), Section("ccr.mtus/9792-26"));
        var shorter = Citation.RegulationRange(regulations, Section("ccr.mtus/9792-20"), Section("ccr.mtus/9792-25"));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, shorter);
        Assert.NotEqual(a, Section("ccr.mtus/9792-20").Cite());
    }

    [Fact]
    public void CitationsWorkAsDictionaryKeys()
    {
        var set = new System.Collections.Generic.HashSet<Citation> { Opioids.Pages(74, 96), Opioids.Pages("74-96"), Opioids.Pages(74, 80) };
        Assert.Equal(2, set.Count);
    }

    // ---- checks --------------------------------------------------------------------------------

    [Fact]
    public void ReversedPagesCheckReportsOnlyTheReversedRange()
    {
        var problems = Opioids.Pages(96, 74).Check();
        var problem = Assert.Single(problems);
        Assert.Equal("IMR0107", problem.Id);
        Assert.Equal(ImrSeverity.Error, problem.Severity);
        Assert.Equal("74-96", problem.Suggestion);
        Assert.Equal(-1, problem.Start);
        Assert.False(Opioids.Pages(96, 74).IsValid);
    }

    [Fact]
    public void PagesWithinTheSectionCheckClean()
    {
        Assert.Empty(Opioids.Pages(74, 96).Check());
        Assert.Empty(Opioids.Pages("76, 80-82").Check());
        Assert.Empty(Opioids.CiteAtOwnPages().Check());
        Assert.True(Opioids.Pages(74, 96).IsValid);
    }

    [Fact]
    public void PageOutsideAVerifiedSectionIsAnError()
    {
        var citation = Section("mtus.cpmtg.2009/benzodiazepines").Pages(30);
        Assert.Equal("IMR0103", Assert.Single(citation.Check()).Id);
        Assert.False(citation.IsValid);
    }

    [Fact]
    public void PageOutsideAnUnverifiedSectionIsAWarning()
    {
        var citation = Section("mtus.cpmtg.2009/carisoprodol").Pages(31);
        var problem = Assert.Single(citation.Check());
        Assert.Equal(("IMR0104", ImrSeverity.Warning), (problem.Id, problem.Severity));
        Assert.True(citation.IsValid);
    }

    [Fact]
    public void PageBeyondTheDocumentIsReportedOnce()
    {
        var problem = Assert.Single(Opioids.Pages(130).Check());
        Assert.Equal("IMR0105", problem.Id);
        Assert.Equal("IMR0105", Assert.Single(Document("acoem.2004.ch12").Pages(115).Check()).Id);
    }

    [Fact]
    public void WrongStatedTotalIsReportedWithTheRightTotal()
    {
        var problem = Assert.Single(Opioids.Pages(74, 96).WithStatedTotal(112).Check());
        Assert.Equal(("IMR0106", "127"), (problem.Id, problem.Suggestion));
        Assert.Empty(Opioids.Pages(74, 96).WithStatedTotal(127).Check());
    }

    [Fact]
    public void SupersededDocumentIsReportedOnlyFromTheSupersessionDate()
    {
        var citation = Opioids.Pages(74, 96);
        Assert.Empty(citation.Check(GuidelineDate.Parse("2016-07-27")));
        var problem = Assert.Single(citation.Check(GuidelineDate.Parse("2016-07-28")));
        Assert.Equal(("IMR0109", "mtus.cpmtg.2016"), (problem.Id, problem.Suggestion));
        Assert.Empty(citation.Check()); // no decision date, no supersession check
    }

    [Fact]
    public void PageSetTextThatIsNotAPageSetThrows()
    {
        Assert.Throws<FormatException>(() => Opioids.Pages("74-"));
    }

    // ---- catalogue look-ups that citations rely on ---------------------------------------------

    [Fact]
    public void SectionLookupByNameIgnoresCasePunctuationAndAmpersand()
    {
        var document = Document("mtus.cpmtg.2009");
        Assert.Equal("nsaids-gi", document.FindSectionByName("nsaids gi symptoms and cardiovascular risk")?.Id);
        Assert.Equal("carisoprodol", document.FindSectionByName("SOMA")?.Id);
        Assert.Equal("criteria-for-use", document.FindSectionByName("Criteria for use of Opioids")?.Id);
        Assert.Null(document.FindSectionByName("Opiods"));
        Assert.Equal("9792-24-2", Document("ccr.mtus").FindSectionByName("9792.24.2")?.Id);
    }

    [Fact]
    public void TreatmentsNamedInADisputedItemAreFoundWithTheirClasses()
    {
        var found = _catalogue.FindTreatmentsIn("Norco 10/325mg #60").Single();
        Assert.Equal("hydrocodone-acetaminophen", found.Id);
        Assert.Contains("opioids", _catalogue.ExpandClasses(found));
        Assert.True(_catalogue.Addresses(Opioids, found));
        Assert.False(_catalogue.Addresses(Section("mtus.cpmtg.2009/benzodiazepines"), found));
        Assert.Equal("carisoprodol", _catalogue.FindTreatmentsIn("Soma 350 mg").Single().Id);
        Assert.Empty(_catalogue.FindTreatmentsIn("Somatic dysfunction"));
    }
}
