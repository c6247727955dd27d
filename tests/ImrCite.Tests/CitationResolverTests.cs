using System;
using System.Linq;
using System.Text;
using ImrCite.Catalogue;
using ImrCite.Citations;
using ImrCite.Diagnostics;
using ImrCite.Tests.Support;
using Xunit;
using static ImrCite.Tests.Support.Analyses;

namespace ImrCite.Tests;

/// <summary>Citation text, as IMR letters write it, resolved against <see cref="ResolverCatalogue"/>.</summary>
public sealed class CitationResolverTests
{
    private readonly CitationResolver _resolver = new(ResolverCatalogue.Load().Catalogue);

    private CitationAnalysis Analyze(string text, string? asOf = null) =>
        _resolver.Analyze(text, asOf is null ? null : GuidelineDate.Parse(asOf));

    private static void AssertCitation(Citation citation, string documentId, string? sectionId, string? pages)
    {
        Assert.Equal(documentId, citation.Document.Id);
        Assert.Equal(sectionId, citation.Section?.Id);
        Assert.Equal(pages, citation.Pages?.ToString());
    }

    // ---- well-formed citations -----------------------------------------------------------------

    [Fact]
    public void MtusChronicPainOpioidsResolvesToTheSectionWithNoProblems()
    {
        var analysis = Analyze("MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96");
        AssertNoProblems(analysis);
        var (match, citation) = AssertResolved(analysis, 1).Single();
        AssertCitation(citation, "mtus.cpmtg.2009", "opioids", "74-96");
        AssertSpan(analysis, match, "Opioids");
        Assert.True(analysis.IsValid);
    }

    [Fact]
    public void BenzodiazepinesSinglePageResolves()
    {
        var analysis = Analyze("Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 24");
        AssertNoProblems(analysis);
        AssertCitation(AssertResolved(analysis, 1).Single().Citation, "mtus.cpmtg.2009", "benzodiazepines", "24");
    }

    [Fact]
    public void SectionAliasAfterTheDocumentNameResolvesToTheSection()
    {
        var analysis = Analyze("Chronic Pain Treatment Guidelines Soma Page(s): 29");
        AssertNoProblems(analysis);
        var (match, citation) = AssertResolved(analysis, 1).Single();
        AssertCitation(citation, "mtus.cpmtg.2009", "carisoprodol", "29");
        AssertSpan(analysis, match, "Soma");
    }

    [Fact]
    public void SectionTitleWithAmpersandWrittenAsAndResolves()
    {
        var analysis = Analyze("Chronic Pain Treatment Guidelines NSAIDs GI symptoms and cardiovascular risk Page(s): 68-69");
        AssertNoProblems(analysis);
        AssertCitation(AssertResolved(analysis, 1).Single().Citation, "mtus.cpmtg.2009", "nsaids-gi", "68-69");
    }

    [Theory]
    [InlineData("Chronic Pain Treatment Guidelines Opioids Pages 74-96")]
    [InlineData("Chronic Pain Treatment Guidelines Opioids pp. 74-96")]
    [InlineData("Chronic Pain Treatment Guidelines Opioids Page 74 - 96")]
    [InlineData("Chronic Pain Treatment Guidelines Opioids Page(s): 74\u201396")]
    [InlineData("Chronic Pain Treatment Guidelines Opioids Page(s): 74-96 of 127")]
    public void PageMarkerVariantsAllReadTheSamePages(string text)
    {
        var analysis = Analyze(text);
        AssertNoProblems(analysis);
        AssertCitation(AssertResolved(analysis, 1).Single().Citation, "mtus.cpmtg.2009", "opioids", "74-96");
    }

    [Fact]
    public void PageListIsReadWhole()
    {
        var analysis = Analyze("Chronic Pain Treatment Guidelines Opioids Page(s): 74-80, 88, 91");
        AssertNoProblems(analysis);
        AssertCitation(AssertResolved(analysis, 1).Single().Citation, "mtus.cpmtg.2009", "opioids", "74-80, 88, 91");
    }

    [Fact]
    public void AcoemChapter12IsADocumentLevelCitationWithPages()
    {
        var analysis = Analyze("MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304");
        AssertNoProblems(analysis);
        var (match, citation) = AssertResolved(analysis, 1).Single();
        AssertCitation(citation, "acoem.2004.ch12", null, "303-304");
        Assert.Equal(EvidenceTier.Mtus, citation.Document.Tier);
        AssertSpan(analysis, match, "Chapter 12 Low Back Complaints");
    }

    // ---- page problems -------------------------------------------------------------------------

    [Fact]
    public void AcoemChapter12PageBeforeTheChapterIsBeyondTheDocument()
    {
        var analysis = Analyze("MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 115");
        AssertProblemIds(analysis, "IMR0105");
        var problem = analysis.Problems[0];
        AssertSpan(analysis, problem, "115");
        Assert.Equal(ImrSeverity.Error, problem.Severity);
        Assert.Contains("286\u2013326", problem.Message, StringComparison.Ordinal);
        Assert.False(analysis.IsValid);
    }

    [Fact]
    public void PageBeyondTheDocumentIsReportedOnceNotAlsoAsOutsideTheSection()
    {
        var analysis = Analyze("Chronic Pain Treatment Guidelines Opioids Page(s): 130");
        AssertProblemIds(analysis, "IMR0105");
        AssertSpan(analysis, analysis.Problems[0], "130");
    }

    [Fact]
    public void StatedTotalThatContradictsTheDocumentIsReportedAtTheTotal()
    {
        var analysis = Analyze("Chronic Pain Treatment Guidelines Opioids Page(s): 74-96 of 112");
        AssertProblemIds(analysis, "IMR0106");
        var problem = analysis.Problems[0];
        AssertSpan(analysis, problem, "112");
        Assert.Equal("127", problem.Suggestion);
        Assert.Equal(ImrSeverity.Error, problem.Severity);
        Assert.Equal(112, AssertResolved(analysis, 1).Single().Citation.StatedTotal);
    }

    [Fact]
    public void ReversedPageRangeIsReportedAtTheRange()
    {
        var analysis = Analyze("Chronic Pain Treatment Guidelines Opioids Page(s): 96-74");
        AssertProblemIds(analysis, "IMR0107");
        var problem = analysis.Problems[0];
        AssertSpan(analysis, problem, "96-74");
        Assert.Equal("74-96", problem.Suggestion);
    }

    [Fact]
    public void PageOutsideAVerifiedSectionIsAnErrorNamingTheSection()
    {
        var analysis = Analyze("Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 30");
        AssertProblemIds(analysis, "IMR0103");
        var problem = analysis.Problems[0];
        AssertSpan(analysis, problem, "30");
        Assert.Equal(ImrSeverity.Error, problem.Severity);
        Assert.Contains("'Benzodiazepines'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("24", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>The section's pages are written as a citation writes them: "on p. 24" for one page, "on pp. 74–96" for more, never "on pages 24".</summary>
    [Fact]
    public void TheSectionsPagesAreWrittenAsACitationWritesThem()
    {
        var onePage = Analyze("Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 30").Problems.Single();
        Assert.Contains("'Benzodiazepines', which is on p. 24 ", onePage.Message, StringComparison.Ordinal);
        var range = Analyze("Chronic Pain Treatment Guidelines Opioids Page(s): 110").Problems.Single(p => p.Rule.Id is "IMR0103" or "IMR0104");
        Assert.Contains("'Opioids', which is on pp. 74–96 ", range.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PageOutsideAnUnverifiedSectionIsAWarningNamingTheSection()
    {
        var analysis = Analyze("Chronic Pain Treatment Guidelines Soma Page(s): 31");
        AssertProblemIds(analysis, "IMR0104");
        var problem = analysis.Problems[0];
        AssertSpan(analysis, problem, "31");
        Assert.Equal(ImrSeverity.Warning, problem.Severity);
        Assert.Contains("'Carisoprodol (Soma)'", problem.Message, StringComparison.Ordinal);
        Assert.True(analysis.IsValid); // warnings only
    }

    [Fact]
    public void TwoSectionsWithOnePageListFlagsTheSectionNoneOfWhosePagesIsCited()
    {
        const string text = "Chronic Pain Treatment Guidelines When to Continue Opioids; Weaning of Medications Page(s): 80-81";
        var analysis = Analyze(text);
        var resolved = AssertResolved(analysis, 2);
        AssertCitation(resolved[0].Citation, "mtus.cpmtg.2009", "when-to-continue", "80-81");
        AssertCitation(resolved[1].Citation, "mtus.cpmtg.2009", "weaning", "80-81");
        AssertSpan(analysis, resolved[0].Match, "When to Continue Opioids");
        AssertSpan(analysis, resolved[1].Match, "Weaning of Medications");

        // Weaning (p. 124) has none of pages 80-81; page 81 belongs to neither section (it is in Opioids).
        AssertProblemIds(analysis, "IMR0104", "IMR0104");
        AssertSpan(analysis, analysis.Problems[0], "Weaning of Medications");
        Assert.Contains("'Weaning of Medications'", analysis.Problems[0].Message, StringComparison.Ordinal);
        AssertSpan(analysis, analysis.Problems[1], "80-81");
        Assert.Contains("81", analysis.Problems[1].Message, StringComparison.Ordinal);
    }

    // ---- regulations ---------------------------------------------------------------------------

    [Fact]
    public void RegulationRangeResolvesAsOneCitation()
    {
        const string text = "8 C.C.R. 9792.20 - 9792.26";
        var analysis = Analyze(text);
        AssertNoProblems(analysis);
        var (match, citation) = AssertResolved(analysis, 1).Single();
        Assert.Equal("ccr.mtus", citation.Document.Id);
        Assert.Equal("9792-20", citation.Section?.Id);
        Assert.Equal("9792-26", citation.ThroughSection?.Id);
        AssertSpan(analysis, match, text);
    }

    [Theory]
    [InlineData("8 C.C.R. 9792.24.2")]
    [InlineData("8 CCR 9792.24.2")]
    [InlineData("Title 8 CCR 9792.24.2")]
    [InlineData("\u00a7 9792.24.2")]
    public void SingleRegulationResolvesToTheNumberedSection(string text)
    {
        var analysis = Analyze(text);
        AssertNoProblems(analysis);
        var (match, citation) = AssertResolved(analysis, 1).Single();
        Assert.Equal("9792-24-2", citation.Section?.Id);
        Assert.Null(citation.ThroughSection);
        AssertSpan(analysis, match, text);
    }

    [Fact]
    public void CaliforniaCodeOfRegulationsCitationFormResolvesAsOneCitation()
    {
        // "cal. code regs" is a listed marker and "tit. 8" a listed filler; the Bluebook form writes "Regs." with a period.
        const string text = "Cal. Code Regs. tit. 8, \u00a7 9792.24.2";
        var analysis = Analyze(text);
        AssertNoProblems(analysis);
        var (match, citation) = AssertResolved(analysis, 1).Single();
        Assert.Equal("9792-24-2", citation.Section?.Id);
        AssertSpan(analysis, match, text);
    }

    [Fact]
    public void RegulationRangeEndMissingADigitIsMalformedWithTheRepairSuggested()
    {
        var analysis = Analyze("8 C.C.R. 9792.20 - 972.26");
        AssertProblemIds(analysis, "IMR0108");
        AssertSpan(analysis, analysis.Problems[0], "972.26");
        Assert.Equal("9792.26", analysis.Problems[0].Suggestion);
    }

    [Fact]
    public void RegulationRangeMalformedEndWithoutTitleNumberIsReportedAtTheEnd()
    {
        var analysis = Analyze("\u00a7\u00a7 9792.20 - 972.26");
        AssertProblemIds(analysis, "IMR0108");
        AssertSpan(analysis, analysis.Problems[0], "972.26");
        Assert.Equal("9792.26", analysis.Problems[0].Suggestion);
    }

    [Fact]
    public void ReversedRegulationRangeIsMalformed()
    {
        var analysis = Analyze("8 C.C.R. 9792.26 - 9792.20");
        AssertProblemIds(analysis, "IMR0108");
        AssertSpan(analysis, analysis.Problems[0], "9792.26 - 9792.20");
        Assert.Equal("9792.20 - 9792.26", analysis.Problems[0].Suggestion);
    }

    [Fact]
    public void OcrNoiseInARegulationNumberIsMalformedWithTheRepairSuggested()
    {
        var analysis = Analyze("8 CCR 9792:24.2");
        AssertProblemIds(analysis, "IMR0108");
        AssertSpan(analysis, analysis.Problems[0], "9792:24.2");
        Assert.Equal("9792.24.2", analysis.Problems[0].Suggestion);
        Assert.Contains("':'", analysis.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownRegulationNumberIsAnUnknownSectionAtTheNumber()
    {
        var analysis = Analyze("\u00a7 9792.99");
        AssertProblemIds(analysis, "IMR0102");
        AssertSpan(analysis, analysis.Problems[0], "9792.99");
    }

    // ---- malformed text ------------------------------------------------------------------------

    [Fact]
    public void PageMarkerWithoutPagesIsMalformedAtTheMarker()
    {
        var analysis = Analyze("Chronic Pain Treatment Guidelines Opioids Page(s):");
        AssertProblemIds(analysis, "IMR0100");
        AssertSpan(analysis, analysis.Problems[0], "Page(s):");
        AssertCitation(AssertResolved(analysis, 1).Single().Citation, "mtus.cpmtg.2009", "opioids", null);
    }

    [Fact]
    public void RangeWithoutALastPageIsMalformed()
    {
        var analysis = Analyze("Chronic Pain Treatment Guidelines Opioids Page(s): 74-");
        AssertProblemIds(analysis, "IMR0100");
        AssertSpan(analysis, analysis.Problems[0], "74-");
    }

    [Theory]
    [InlineData("ACOEM Chapter 12 Low Back Complaints, page 303 to the effect that imaging is indicated", "303")]
    [InlineData("ACOEM Chapter 12 Low Back Complaints, pages 303 to 304", "303-304")]
    [InlineData("ACOEM Chapter 12 Low Back Complaints, pages 303 through 304", "303-304")]
    public void ToAndThroughJoinPagesOnlyWhenAPageFollows(string text, string pages)
    {
        var analysis = Analyze(text);
        Assert.DoesNotContain(analysis.Problems, p => p.Id == "IMR0100");
        AssertCitation(analysis.Matches.First(m => m.Citation is not null).Citation!, "acoem.2004.ch12", null, pages);
    }

    [Fact]
    public void UnclosedParenthesisIsMalformedAtTheParenthesis()
    {
        var analysis = Analyze("Chronic Pain Treatment Guidelines Carisoprodol (Soma Page(s): 29");
        AssertProblemIds(analysis, "IMR0100");
        AssertSpan(analysis, analysis.Problems[0], "(");
        AssertCitation(AssertResolved(analysis, 1).Single().Citation, "mtus.cpmtg.2009", "carisoprodol", "29");
    }

    [Fact]
    public void UnopenedParenthesisIsMalformedAtTheParenthesis()
    {
        var analysis = Analyze("Chronic Pain Treatment Guidelines Carisoprodol Soma) Page(s): 29");
        AssertProblemIds(analysis, "IMR0100");
        AssertSpan(analysis, analysis.Problems[0], ")");
    }

    [Fact]
    public void ManyUnbalancedParenthesesAreOneProblemEachWayNotOnePerParenthesis()
    {
        // A hostile or garbled citation with 100,000 stray parentheses is one malformed structure: one problem at the
        // first ')' without a '(' and one at the outermost '(' never closed, counting the others in the message.
        string text = "Chronic Pain Treatment Guidelines Opioids )) " + new string('(', 100_000) + " Page(s): 74-96";
        var analysis = Analyze(text);
        Assert.Equal(2, analysis.Problems.Count(p => p.Id == "IMR0100"));
        var unopened = analysis.Problems.Single(p => p.Message.Contains("has no matching '('", StringComparison.Ordinal));
        Assert.Equal(text.IndexOf(')', StringComparison.Ordinal), unopened.Start);
        Assert.Contains("(one more ')' has no '(')", unopened.Message, StringComparison.Ordinal);
        var unclosed = analysis.Problems.Single(p => p.Message.Contains("is never closed", StringComparison.Ordinal));
        Assert.Equal(text.IndexOf('(', StringComparison.Ordinal), unclosed.Start);
        Assert.Contains("(99,999 more '(' after it are never closed)", unclosed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AClosedParenthesisBeforeAnUnclosedOneIsNotReported()
    {
        var analysis = Analyze("Chronic Pain Treatment Guidelines Carisoprodol (Soma) (Page(s): 29");
        AssertProblemIds(analysis, "IMR0100");
        Assert.Equal("Chronic Pain Treatment Guidelines Carisoprodol (Soma) (".Length - 1, analysis.Problems[0].Start);
        Assert.DoesNotContain("more", analysis.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedPageMarkerStillReadsThePagesAndReportsTheParenthesis()
    {
        // "Page(s" is the common truncation (see CitationSyntax.CheckParentheses); the pages after it are still pages.
        var analysis = Analyze("Chronic Pain Treatment Guidelines Opioids Page(s 74-96");
        AssertProblemIds(analysis, "IMR0100");
        AssertSpan(analysis, analysis.Problems[0], "(");
        AssertCitation(AssertResolved(analysis, 1).Single().Citation, "mtus.cpmtg.2009", "opioids", "74-96");
    }

    // ---- unknown names -------------------------------------------------------------------------

    [Fact]
    public void MisspelledSectionIsUnknownWithTheClosestTitleSuggested()
    {
        var analysis = Analyze("Chronic Pain Treatment Guidelines Opiods Page(s): 74-96");
        AssertProblemIds(analysis, "IMR0102");
        var problem = analysis.Problems[0];
        AssertSpan(analysis, problem, "Opiods");
        Assert.Equal("Opioids", problem.Suggestion);
        Assert.Contains("did you mean 'Opioids'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownDocumentIsReportedAtTheName()
    {
        var analysis = Analyze("Made Up Guidelines Opioids Page(s): 74");
        AssertProblemIds(analysis, "IMR0101");
        AssertSpan(analysis, analysis.Problems[0], "Made Up Guidelines Opioids");
        Assert.Null(Assert.Single(analysis.Matches).Citation);
    }

    [Fact]
    public void PagesWithoutAnyNameAreMalformed()
    {
        var analysis = Analyze("Page(s): 74-96");
        AssertProblemIds(analysis, "IMR0100");
        Assert.Equal(0, analysis.Problems[0].Start);
    }

    // ---- dates and versions --------------------------------------------------------------------

    [Theory]
    [InlineData("2015-01-01", "mtus.cpmtg.2009")]
    [InlineData("2016-07-27", "mtus.cpmtg.2009")]
    [InlineData("2016-07-28", "mtus.cpmtg.2016")]
    [InlineData("2017-01-01", "mtus.cpmtg.2016")]
    public void SharedTitleResolvesToTheVersionInForceOnTheDecisionDate(string asOf, string documentId)
    {
        var analysis = Analyze("Chronic Pain Medical Treatment Guidelines Opioids", asOf);
        AssertNoProblems(analysis);
        AssertCitation(AssertResolved(analysis, 1).Single().Citation, documentId, "opioids", null);
    }

    [Fact]
    public void SharedTitleWithoutADecisionDateResolvesToTheEarliestVersion()
    {
        var analysis = Analyze("Chronic Pain Medical Treatment Guidelines Opioids");
        AssertCitation(AssertResolved(analysis, 1).Single().Citation, "mtus.cpmtg.2009", "opioids", null);
    }

    [Fact]
    public void SupersededDocumentCitedAfterItsSuccessorTookEffectIsReportedAtItsName()
    {
        const string text = "Chronic Pain Medical Treatment 2009";
        var analysis = Analyze(text, asOf: "2017-01-01");
        AssertProblemIds(analysis, "IMR0109");
        var problem = analysis.Problems[0];
        AssertSpan(analysis, problem, text);
        Assert.Equal("mtus.cpmtg.2016", problem.Suggestion);
        Assert.Equal(ImrSeverity.Warning, problem.Severity);
        Assert.Contains("2016-07-28", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SupersededDocumentCitedBeforeItsSuccessorTookEffectIsFine()
    {
        AssertNoProblems(Analyze("Chronic Pain Medical Treatment 2009 Opioids Page(s): 74-96", asOf: "2016-07-27"));
    }

    [Fact]
    public void SupersededDocumentWithSectionsIsReportedOnceAtTheDocumentName()
    {
        const string text = "Chronic Pain Medical Treatment 2009, Section(s): Opioids, Weaning of Medications";
        var analysis = Analyze(text, asOf: "2017-01-01");
        Assert.Equal(2, AssertResolved(analysis, 2).Count);
        AssertProblemIds(analysis, "IMR0109");
        AssertSpan(analysis, analysis.Problems[0], "Chronic Pain Medical Treatment 2009");
    }

    [Theory]
    [InlineData("2019-12-31", false)]
    [InlineData("2020-01-01", true)]
    public void SupersededSectionIsReportedAtTheSectionFromItsSupersessionDate(string asOf, bool superseded)
    {
        const string json = """
            {
              "sources": [ { "id": "mtus", "name": "MTUS", "tier": "mtus" } ],
              "documents": [
                { "id": "mtus.opioids", "source": "mtus", "title": "Opioids Treatment Guidelines", "edition": "2017",
                  "effectiveFrom": "2017-12-01", "sourceNote": "n",
                  "sections": [
                    { "id": "screening", "title": "Screening", "supersededBy": "mtus.opioids/screening-2020", "supersededOn": "2020-01-01" },
                    { "id": "screening-2020", "title": "Screening for misuse" }
                  ] }
              ]
            }
            """;
        var loaded = ImrCite.CatalogueLoader.FromText(("opioids.imrcite.json", json));
        Catalogues.AssertClean(loaded);
        var analysis = new CitationResolver(loaded.Catalogue).Analyze("MTUS Opioids Treatment Guidelines, Screening", GuidelineDate.Parse(asOf));
        AssertCitation(AssertResolved(analysis, 1).Single().Citation, "mtus.opioids", "screening", null);
        if (!superseded)
        {
            AssertNoProblems(analysis);
            return;
        }
        AssertProblemIds(analysis, "IMR0109");
        AssertSpan(analysis, analysis.Problems[0], "Screening");
        Assert.Equal("mtus.opioids/screening-2020", analysis.Problems[0].Suggestion);
    }

    // ---- evidence hierarchy --------------------------------------------------------------------

    [Fact]
    public void NonMtusSectionOnATopicTheMtusAddressesGetsANotePointingAtTheMtusSection()
    {
        const string text = "Non-MTUS Citation: ODG Low Back - Lumbar & Thoracic (Acute & Chronic), MRIs";
        var analysis = Analyze(text);
        var (match, citation) = AssertResolved(analysis, 1).Single();
        AssertCitation(citation, "odg.low-back.2016", "mris", null);
        Assert.True(match.IsMarkedNonMtus);
        AssertProblemIds(analysis, "IMR0110");
        var problem = analysis.Problems[0];
        Assert.Equal(ImrSeverity.Note, problem.Severity);
        AssertSpan(analysis, problem, "MRIs");
        Assert.Equal("acoem.2004.ch12/special-studies", problem.Suggestion);
        Assert.True(analysis.IsValid);
    }

    [Fact]
    public void NonMtusNoteSpansTheWholeSectionTitleIncludingItsClosingParenthesis()
    {
        var analysis = Analyze("ODG Low Back - Lumbar & Thoracic (Acute & Chronic) MRIs (magnetic resonance imaging)");
        AssertProblemIds(analysis, "IMR0110");
        AssertSpan(analysis, analysis.Problems[0], "MRIs (magnetic resonance imaging)");
    }

    [Theory]
    [InlineData(null, "mtus.cpmtg.2009/opioids")]
    [InlineData("2017-01-01", "mtus.cpmtg.2016/opioids")]
    public void NonMtusNoteFollowsTreatmentClassesAndTheDecisionDate(string? asOf, string mtusSection)
    {
        var analysis = Analyze("ODG Pain (Chronic), Norco", asOf);
        AssertProblemIds(analysis, "IMR0110");
        Assert.Equal(mtusSection, analysis.Problems[0].Suggestion);
    }

    [Fact]
    public void MtusCitationGetsNoHierarchyNote()
    {
        AssertNoProblems(Analyze("MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304"));
    }

    // ---- statements with several citations -----------------------------------------------------

    [Fact]
    public void StatementWithTwoCitationsResolvesEach()
    {
        const string text = "MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304,Chronic Pain Treatment Guidelines Opioids Page(s): 80-81;.";
        var analysis = Analyze(text);
        AssertNoProblems(analysis);
        Assert.Equal(2, analysis.Segments.Count);
        var resolved = AssertResolved(analysis, 2);
        AssertCitation(resolved[0].Citation, "acoem.2004.ch12", null, "303-304");
        AssertCitation(resolved[1].Citation, "mtus.cpmtg.2009", "opioids", "80-81");
        AssertSpan(analysis, resolved[1].Match, "Opioids");
    }

    [Fact]
    public void SectionsStatementFormResolvesEverySectionListed()
    {
        const string text = "Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Criteria for use of opioids, Weaning of Medications";
        var analysis = Analyze(text);
        AssertNoProblems(analysis);
        var resolved = AssertResolved(analysis, 2);
        AssertCitation(resolved[0].Citation, "mtus.cpmtg.2009", "criteria-for-use", null);
        AssertCitation(resolved[1].Citation, "mtus.cpmtg.2009", "weaning", null);
        AssertSpan(analysis, resolved[0].Match, "Criteria for use of opioids");
        AssertSpan(analysis, resolved[1].Match, "Weaning of Medications");
    }

    [Fact]
    public void SecondDecisionBasedOnStartsANewCitation()
    {
        const string text = "Chronic Pain Treatment Guidelines Opioids Page(s): 74-96 Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303";
        var analysis = Analyze(text);
        AssertNoProblems(analysis);
        var resolved = AssertResolved(analysis, 2);
        AssertCitation(resolved[0].Citation, "mtus.cpmtg.2009", "opioids", "74-96");
        AssertCitation(resolved[1].Citation, "acoem.2004.ch12", null, "303");
    }

    [Theory]
    [InlineData("Decision based on Chronic Pain Treatment Guidelines Opioids.  Decision based\non Non-MTUS Citation ODG Low Back - Lumbar & Thoracic (Acute & Chronic)")]
    [InlineData("Decision based on Chronic Pain Treatment Guidelines Opioids. Decision\nbased on Non MTUS\nCitation ODG Low Back - Lumbar & Thoracic (Acute & Chronic)")]
    [InlineData("Decision based on Chronic Pain Treatment Guidelines Opioids. DECISION BASED ON NON-MTUS CITATION: ODG Low Back - Lumbar & Thoracic (Acute & Chronic)")]
    public void DecisionBasedOnWrappedAcrossLinesStillStartsANewNonMtusCitation(string text)
    {
        var analysis = _resolver.Analyze(text, GuidelineDate.Parse("2015-06-01"));
        Assert.Equal(2, analysis.Segments.Count);
        Assert.False(analysis.Segments[0].IsNonMtus);
        Assert.True(analysis.Segments[1].IsNonMtus);
        Assert.DoesNotContain(analysis.Problems, p => p.Id is "IMR0101" or "IMR0102");
        var resolved = AssertResolved(analysis, 2);
        AssertCitation(resolved[0].Citation, "mtus.cpmtg.2009", "opioids", null);
        Assert.StartsWith("odg.low-back", resolved[1].Citation.Document.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void TopicNamedAfterItsSourceAloneIsThatSourcesSection()
    {
        var analysis = Analyze("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) MRIs.", "2017-01-15");
        AssertOnlyNotes(analysis);
        AssertCitation(AssertResolved(analysis, 1).Single().Citation, "odg.low-back.2016", "mris", null);
    }

    [Fact]
    public void TopicOfAnMtusSourceWithoutItsGuidelineIsNotGuessed()
    {
        // The MTUS holds the same topic in several documents and versions; naming the source alone picks none.
        var analysis = Analyze("Decision based on MTUS Benzodiazepines.", "2017-01-15");
        Assert.Contains(analysis.Problems, p => p.Id == "IMR0101");
        Assert.Empty(analysis.Citations);
    }

    [Theory]
    [InlineData("Decision based on Non-MTUS Citation ODG MRIs, Low Back - Lumbar & Thoracic (Acute & Chronic).")]
    [InlineData("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) MRIs Low Back - Lumbar & Thoracic (Acute & Chronic).")]
    public void TopicWrittenBeforeItsChapterResolvesToTheChaptersSection(string text)
    {
        var analysis = Analyze(text, "2017-01-15");
        AssertOnlyNotes(analysis);
        var (match, citation) = AssertResolved(analysis, 1).Single();
        AssertCitation(citation, "odg.low-back.2016", "mris", null);
        Assert.Equal("MRIs", text.Substring(match.Start, match.Length));
    }

    [Fact]
    public void DocumentRightAfterItsSourcesNameNeedsNoSeparator()
    {
        var analysis = Analyze("Decision based on Chronic Pain Treatment Guidelines Opioids Official Disability Guidelines Pain (Chronic) Norco", "2016-06-01");
        AssertOnlyNotes(analysis);
        var resolved = AssertResolved(analysis, 2);
        AssertCitation(resolved[0].Citation, "mtus.cpmtg.2009", "opioids", null);
        AssertCitation(resolved[1].Citation, "odg.pain.2016", "hydrocodone-acetaminophen", null);
    }

    [Fact]
    public void TwoChaptersOfOneSourceJoinedByAndAreBothCited()
    {
        var analysis = Analyze("Decision based on Non-MTUS Citation ODG Low Back - Lumbar & Thoracic (Acute & Chronic) and Pain (Chronic) chapters, Norco.", "2017-01-15");
        AssertOnlyNotes(analysis);
        var resolved = AssertResolved(analysis, 2);
        AssertCitation(resolved[0].Citation, "odg.low-back.2016", null, null);
        AssertCitation(resolved[1].Citation, "odg.pain.2016", "hydrocodone-acetaminophen", null);
    }

    [Fact]
    public void SectionTitleContainingAndIsNotSplitIntoTwoDocuments()
    {
        // "and" joins two documents only of the same source, before any section: an MTUS section list stays one citation each.
        var analysis = Analyze("Chronic Pain Treatment Guidelines Opioids and Benzodiazepines", "2015-06-01");
        Assert.DoesNotContain(analysis.Problems, p => p.Id == "IMR0101");
        var resolved = AssertResolved(analysis, 2);
        AssertCitation(resolved[0].Citation, "mtus.cpmtg.2009", "opioids", null);
        AssertCitation(resolved[1].Citation, "mtus.cpmtg.2009", "benzodiazepines", null);
    }

    [Fact]
    public void UncataloguedNonMtusReferenceIsOneWarningOverTheWholeReference()
    {
        const string text = "Decision based on Non-MTUS Citation Spine Society. Imaging policy (IP). Chicago (IL): Spine Society; 2007 Jan. 10.";
        var analysis = Analyze(text, "2017-01-15");
        var problem = Assert.Single(analysis.Problems);
        Assert.Equal("IMR0112", problem.Id);
        Assert.Equal(ImrSeverity.Warning, problem.Severity);
        AssertSpan(analysis, problem, "Spine Society. Imaging policy (IP). Chicago (IL): Spine Society; 2007 Jan. 10");
        Assert.Empty(analysis.Citations);
    }

    [Fact]
    public void AndOtherMedicalTreatmentGuidelinesStartsASecondNonMtusCitation()
    {
        const string text = "Decision based on Non-MTUS Citation ODG Pain (Chronic) Norco and Other Medical Treatment\nGuidelines www.example.org.";
        var analysis = Analyze(text, "2017-01-15");
        Assert.Equal(2, analysis.Segments.Count);
        Assert.All(analysis.Segments, segment => Assert.True(segment.IsNonMtus));
        AssertCitation(analysis.Citations.Single(), "odg.pain.2016", "hydrocodone-acetaminophen", null);
        var problem = Assert.Single(analysis.Problems, p => p.Id == "IMR0112");
        AssertSpan(analysis, problem, "www.example.org");
        Assert.DoesNotContain(analysis.Problems, p => p.Id is "IMR0101" or "IMR0102");
    }

    [Fact]
    public void LeadPhrasesAreReadInAnyOrder()
    {
        const string text = "Decision based on Non-MTUS Citation and Other Medical Treatment Guidelines www.example.org";
        var analysis = Analyze(text, "2017-01-15");
        var segment = Assert.Single(analysis.Segments);
        Assert.True(segment.IsNonMtus);
        AssertSpan(analysis, Assert.Single(analysis.Problems), "www.example.org");
    }

    [Fact]
    public void ToAfterARegulationNumberJoinsNumbersOnlyWhenOneFollows()
    {
        var analysis = Analyze("8 C.C.R. 9792.20 to the MTUS, and 8 C.C.R. 9792.20 to 9792.26", "2017-01-15");
        Assert.DoesNotContain(analysis.Problems, p => p.Id == "IMR0108");
        Assert.Contains(analysis.Matches, m => m.Citation is { } c && c.ToString().Contains("9792.26", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Decision based on Non-MTUS Citation Chronic Pian Treatment Guidelines", "IMR0101")] // close to a catalogued name
    [InlineData("Decision based on MTUS Chronic Pain Medical Treatmint Guidelines", "IMR0101")]     // a misspelt MTUS guideline
    public void UnknownNamesThatAreNotUncataloguedNonMtusSources_StayErrors(string text, string id)
    {
        var analysis = Analyze(text, "2017-01-15");
        Assert.Contains(analysis.Problems, p => p.Id == id && p.Severity == ImrSeverity.Error);
        Assert.DoesNotContain(analysis.Problems, p => p.Id == "IMR0112");
    }

    [Fact]
    public void WebAddressIsAReferenceOutsideTheCatalogueNotAnUnknownGuideline()
    {
        var analysis = Analyze("Decision based on www.example.org", "2017-01-15");
        var warning = Assert.Single(analysis.Problems);
        Assert.Equal("IMR0112", warning.Id);
        Assert.Equal(ImrSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void CitationFollowedByARegulationResolvesBoth()
    {
        var analysis = Analyze("Chronic Pain Treatment Guidelines Opioids Page(s): 74-96; \u00a7 9792.24.2");
        AssertNoProblems(analysis);
        var resolved = AssertResolved(analysis, 2);
        AssertCitation(resolved[0].Citation, "mtus.cpmtg.2009", "opioids", "74-96");
        Assert.Equal("9792-24-2", resolved[1].Citation.Section?.Id);
    }

    [Fact]
    public void AnalyzingPartOfALetterKeepsSpansRelativeToTheWholeText()
    {
        const string letter = "Rationale: per MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 96-74. End.";
        int start = letter.IndexOf("MTUS", StringComparison.Ordinal);
        int end = letter.IndexOf(". End", StringComparison.Ordinal);
        var analysis = _resolver.Analyze(letter, start, end, asOf: null);
        AssertProblemIds(analysis, "IMR0107");
        AssertSpan(analysis, analysis.Problems[0], "96-74");
        AssertSpan(analysis, AssertResolved(analysis, 1).Single().Match, "Opioids");
    }

    [Fact]
    public void ParsedCitationEqualsTheSameCitationBuiltInCode()
    {
        var catalogue = ResolverCatalogue.Load().Catalogue;
        var built = catalogue.FindSection("mtus.cpmtg.2009/opioids")!.Pages(74, 96);
        var parsed = AssertResolved(Analyze("MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96"), 1).Single().Citation;
        Assert.Equal(built, parsed);
        Assert.Equal(built.GetHashCode(), parsed.GetHashCode());
        Assert.Equal(built.ToString(), parsed.ToString());
    }

    // ---- robustness ----------------------------------------------------------------------------

    [Fact]
    public void ResolverNeverThrowsAndKeepsEverySpanInsideTheText()
    {
        string[] pieces =
        {
            "MTUS ", "Chronic Pain Treatment Guidelines ", "Opioids", "Opiods", "; ", ", ", ". ", "Page(s): ", "Page(s", "pp. ", "p.", "Pages ",
            "74", "-", "96", "\u2013", " of ", "112", " and ", "&", "8 C.C.R. ", "CCR", "\u00a7", "\u00a7\u00a7 ", "9792.", "20", ":", "'", "..",
            "Decision based on ", "Non-MTUS Citation: ", "Section(s): ", "(", ")", "Soma", "Weaning of Medications", "ACOEM Chapter 12 ",
            "Low Back Complaints", "ODG ", "MRIs", "Title 8 ", " through ", " to ", "0", "999999", "1234567", "\u00e9", "\ud83d\ude00", "\ud800", " ",
            "Official Disability Guidelines (ODG) ", "Non-MTUS Citation ", " and Other Medical Treatment Guidelines ", "www.example.org", "\n",
            "Decision\nbased on ", "Pain (Chronic) ", " chapter", "Norco", "Low Back - Lumbar & Thoracic (Acute & Chronic)",
        };
        var random = new Random(127);
        for (int i = 0; i < 3000; i++)
        {
            var builder = new StringBuilder();
            int count = random.Next(0, 14);
            for (int k = 0; k < count; k++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }
            string text = builder.ToString();
            string? asOf = random.Next(3) switch { 0 => null, 1 => "2015-01-01", _ => "2017-01-01" };
            CitationAnalysis? analysis = null;
            var exception = Record.Exception(() => analysis = Analyze(text, asOf));
            Assert.True(exception is null, $"Analyze threw {exception?.GetType().Name}: {exception?.Message}\nInput: {text}");
            foreach (var problem in analysis!.Problems)
            {
                Assert.True(problem.Start >= 0 && problem.Length >= 0 && problem.Start + problem.Length <= text.Length,
                    $"Problem outside the text: {problem.Id} [{problem.Start},{problem.Length}]\n{Describe(analysis)}");
            }
            foreach (var match in analysis.Matches)
            {
                Assert.True(match.Start >= 0 && match.Start + match.Length <= text.Length,
                    $"Match outside the text: [{match.Start},{match.Length}]\n{Describe(analysis)}");
            }
        }
    }
}
