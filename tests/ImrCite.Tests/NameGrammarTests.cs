using System;
using System.Linq;
using ImrCite.Catalogue;
using ImrCite.Citations;
using ImrCite.Diagnostics;
using Xunit;
using static ImrCite.Tests.Support.Analyses;

namespace ImrCite.Tests;

/// <summary>
/// The name grammar, the coverage policy and versions, on a catalogue and citation strings of our own (none copied
/// from a letter): qualifiers and separators wherever they stand, titles with commas and brackets, references that
/// are no guideline, complete and partial coverage, near misses, versions picked by label and by date, supersession
/// chains, and one-line findings, one per clause.
/// </summary>
public sealed class NameGrammarTests
{
    // A fictional "Spine Evidence Network" (SEN, partial: it has far more topics than the catalogue holds), a complete
    // MTUS treatment guideline in three versions (2009 → 2016 → 2018), a numbered outline, a proposed guideline, a
    // guideline that lapsed without a successor, and a drug list in versions.
    internal const string Json = """
        {
          "sources": [
            { "id": "mtus", "name": "Medical Treatment Utilization Schedule", "tier": "mtus", "aliases": ["MTUS"], "coverage": "complete" },
            { "id": "sen", "name": "Spine Evidence Network", "tier": "guideline", "aliases": ["SEN"], "coverage": "partial" }
          ],
          "documents": [
            {
              "id": "mtus.pain.2009", "source": "mtus", "title": "Pain Treatment Guidelines", "edition": "2009",
              "aliases": ["Pain Treatment"], "effectiveFrom": "2009-07-18", "effectiveTo": "2016-07-27",
              "supersededBy": "mtus.pain.2016", "supersededOn": "2016-07-28", "sourceNote": "Test.",
              "sections": [
                { "id": "nsaids", "title": "NSAIDs" },
                { "id": "nsaids-risk", "title": "NSAIDs, GI symptoms & cardiovascular risk" },
                { "id": "naproxen", "title": "Naproxen" },
                { "id": "tens", "title": "Transcutaneous electrical stimulation (TENS)" },
                { "id": "electrodiagnostic", "title": "Electrodiagnostic studies" },
                { "id": "initial-care", "title": "Initial Care" }
              ]
            },
            {
              "id": "mtus.pain.2016", "source": "mtus", "title": "Pain Treatment Guidelines", "edition": "2016",
              "aliases": ["Pain Treatment"], "effectiveFrom": "2016-07-28", "effectiveTo": "2018-02-28",
              "supersededBy": "mtus.pain.2018", "supersededOn": "2018-03-01", "sourceNote": "Test.",
              "sections": [ { "id": "naproxen", "title": "Naproxen" }, { "id": "initial-care", "title": "Initial Care" } ]
            },
            {
              "id": "mtus.pain.2018", "source": "mtus", "title": "Pain Treatment Guidelines", "edition": "2018",
              "aliases": ["Pain Treatment"], "effectiveFrom": "2018-03-01", "sourceNote": "Test.",
              "sections": [ { "id": "naproxen", "title": "Naproxen" } ]
            },
            {
              "id": "mtus.outline.2016", "source": "mtus", "title": "Analgesic Outline Guidelines", "edition": "2016",
              "effectiveFrom": "2016-07-28", "sourceNote": "Test.",
              "sections": [
                { "id": "s2-1", "number": "2.1", "title": "Short Courses: Courses After Surgery" },
                { "id": "s2-1-3", "number": "2.1.3", "title": "Short Courses: Tapering" }
              ]
            },
            {
              "id": "mtus.hand", "source": "mtus", "title": "Hand, Wrist, and Forearm Guidelines", "edition": "2004",
              "effectiveFrom": "2004-01-01", "sourceNote": "Test.", "sections": [ { "id": "special-studies", "title": "Special Studies" } ]
            },
            {
              "id": "mtus.lapsed", "source": "mtus", "title": "Work Hardening Guidelines", "edition": "2010",
              "effectiveFrom": "2010-01-01", "effectiveTo": "2014-12-31", "sourceNote": "Test."
            },
            {
              "id": "mtus.future", "source": "mtus", "title": "Sleep Disorders Guidelines", "edition": "2020",
              "effectiveFrom": "2020-06-01", "sourceNote": "Test."
            },
            {
              "id": "mtus.proposed", "source": "mtus", "title": "Cannabinoid Guidelines", "edition": "2025",
              "status": "proposed", "proposedOn": "2025-03-14", "sourceNote": "Test."
            },
            { "id": "mtus.list.v1", "source": "mtus", "title": "Drug List", "edition": "v1", "effectiveFrom": "2018-01-01", "effectiveTo": "2018-09-30",
              "supersededBy": "mtus.list.v2", "supersededOn": "2018-10-01", "sourceNote": "Test." },
            { "id": "mtus.list.v2", "source": "mtus", "title": "Drug List", "edition": "v2", "effectiveFrom": "2018-10-01", "sourceNote": "Test." },
            {
              "id": "sen.low-back", "source": "sen", "title": "Low Back (Acute & Chronic)", "edition": "web", "aliases": ["Low Back"],
              "effectiveFrom": "2007-01-01", "sourceNote": "Test.",
              "sections": [
                { "id": "lumbar-supports", "title": "Lumbar supports" },
                { "id": "mri", "title": "MRIs (magnetic resonance imaging)" },
                { "id": "esi", "title": "Epidural steroid injections (ESIs)" },
                { "id": "work-conditioning", "title": "Work conditioning" }
              ]
            },
            {
              "id": "sen.work-conditioning", "source": "sen", "title": "Work Conditioning Programs", "edition": "web",
              "effectiveFrom": "2007-01-01", "sourceNote": "Test.", "sections": [ { "id": "preface", "title": "Preface" } ]
            },
            {
              "id": "sen.neck", "source": "sen", "title": "Neck and Upper Back (Acute & Chronic)", "edition": "web", "aliases": ["Neck"],
              "effectiveFrom": "2007-01-01", "sourceNote": "Test.",
              "sections": [ { "id": "traction", "title": "Traction" } ]
            }
          ]
        }
        """;

    private readonly CitationResolver _resolver = new(Load());

    private static GuidelineCatalogue Load()
    {
        var loaded = CatalogueLoader.FromText(("grammar.imrcite.json", Json));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == ImrSeverity.Error);
        return loaded.Catalogue;
    }

    private CitationAnalysis Analyze(string text, string asOf = "2017-01-15") => _resolver.Analyze(text, GuidelineDate.Parse(asOf));

    private static string[] Resolved(CitationAnalysis analysis) =>
        analysis.Matches.Where(m => m.Citation is not null).Select(m => m.Citation!.Section?.FullId ?? m.Citation!.Document.Id).ToArray();

    // ---- Qualifiers, wherever they stand -------------------------------------------------------------

    [Theory]
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back (Online Version): Lumbar supports")]
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back: (web version) Lumbar supports")]
    [InlineData("Decision based on Non-MTUS Citation SEN, 2016, Web Version, Low Back, Lumbar supports")]
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back (updated 03/14/16) Lumbar supports")]
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back, Lumbar supports (2016)")]
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back Procedure Summary, Lumbar supports")]
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back (Acute and Chronic) Chapter, Lumbar supports")]
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back section, Topic: Lumbar supports")]
    [InlineData("Decision based on Non-MTUS Citation Spine Evidence Network (SEN), Low Back Chapter (Online Edition), Lumbar supports")]
    public void QualifiersAreReadPastWhereverTheyStand(string text)
    {
        var analysis = Analyze(text);
        AssertNoProblems(analysis);
        Assert.Equal(new[] { "sen.low-back/lumbar-supports" }, Resolved(analysis));
    }

    [Theory]
    [InlineData("Decision based on MTUS Pain Treatment 2009, Section(s): Naproxen", "2016-01-15", "mtus.pain.2009/naproxen")]
    [InlineData("Decision based on MTUS Pain Treatment 2016, Section(s): Naproxen", "2017-01-15", "mtus.pain.2016/naproxen")]
    [InlineData("Decision based on MTUS Pain Treatment Guidelines (2016) Naproxen", "2017-01-15", "mtus.pain.2016/naproxen")]
    [InlineData("Decision based on MTUS 2016 Pain Treatment Guidelines, Naproxen", "2017-01-15", "mtus.pain.2016/naproxen")]
    [InlineData("Decision based on MTUS Pain Treatment Guidelines, Naproxen", "2019-01-15", "mtus.pain.2018/naproxen")]
    [InlineData("Decision based on MTUS Drug List v2", "2019-01-15", "mtus.list.v2")]
    [InlineData("Decision based on MTUS Drug List, version 2", "2019-01-15", "mtus.list.v2")]
    public void AYearOrVersionWithTheNamePicksThatVersion(string text, string asOf, string expected)
    {
        var analysis = Analyze(text, asOf);
        AssertNoProblems(analysis);
        Assert.Equal(new[] { expected }, Resolved(analysis));
    }

    [Theory]
    [InlineData("Decision based on MTUS Drug List v5", "2019-01-15")]
    [InlineData("Decision based on MTUS Drug List, version 7", "2019-01-15")]
    [InlineData("Decision based on MTUS Drug List (v4)", "2019-01-15")]
    public void AVersionNumberTheCatalogueDoesNotHoldIsUnverifiedNotTheVersionInForce(string text, string asOf)
    {
        var analysis = Analyze(text, asOf);
        Assert.Empty(Resolved(analysis));
        Assert.Equal(Rules.UnverifiedTopic, Assert.Single(analysis.Problems).Rule);
    }

    [Theory]
    [InlineData("Decision based on Non-MTUS Citation Spine Evidence Network (SEN)", "Spine Evidence Network (SEN)")]
    [InlineData("Decision based on Non-MTUS Citation SEN", "SEN")]
    public void ASourceNamedWithNoChapterOrTopicIsAnUnverifiedCitationNotSilence(string text, string span)
    {
        var analysis = Analyze(text);
        Assert.Empty(Resolved(analysis));
        var problem = Assert.Single(analysis.Problems);
        Assert.Equal(Rules.UnverifiedTopic, problem.Rule);
        Assert.Equal(span, text.Substring(problem.Start, problem.Length));
        var match = Assert.Single(analysis.Matches);
        Assert.Equal(CitationOutcome.Unverified, match.Outcome);
    }

    // ---- Longest reading across kinds ---------------------------------------------------------------

    [Theory]
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back, SEN Work Conditioning Programs", "sen.work-conditioning")]
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back Chapter, Work conditioning programs", "sen.work-conditioning")]
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back Chapter, Work conditioning", "sen.low-back/work-conditioning")]
    public void AfterAChapterWordsNamingAWholeDocumentStartThatDocumentNotTheChaptersTopic(string text, string expectedLast)
    {
        var analysis = Analyze(text);
        Assert.Equal(expectedLast, Resolved(analysis).Last());
        Assert.DoesNotContain(analysis.Problems, p => p.Severity >= ImrSeverity.Warning);
    }

    // ---- Titles with commas and brackets ------------------------------------------------------------

    [Fact]
    public void ATitleWithCommasIsMatchedWholeNotSplit()
    {
        var analysis = Analyze("Decision based on MTUS Pain Treatment 2009, Section(s): NSAIDs, GI symptoms and cardiovascular risk, Naproxen", "2016-01-15");
        AssertNoProblems(analysis);
        Assert.Equal(new[] { "mtus.pain.2009/nsaids-risk", "mtus.pain.2009/naproxen" }, Resolved(analysis));
    }

    [Fact]
    public void BrandNamesInBracketsAreAnnotationNeverSplitInsideTheBrackets()
    {
        var analysis = Analyze("Decision based on MTUS Pain Treatment Guidelines, Naproxen (Naprelan, EC-Naprelan, Anaprelan DS [otc]), Initial Care", "2016-01-15");
        AssertNoProblems(analysis);
        Assert.Equal(new[] { "mtus.pain.2009/naproxen", "mtus.pain.2009/initial-care" }, Resolved(analysis));
    }

    [Theory]
    [InlineData("Transcutaneous electrical stimulation")]
    [InlineData("Transcutaneous electrical stimulation (TENS)")]
    public void ATherapyWithItsAbbreviationMatchesWithOrWithoutIt(string written)
    {
        var analysis = Analyze("Decision based on MTUS Pain Treatment Guidelines, " + written, "2016-01-15");
        AssertNoProblems(analysis);
        Assert.Equal(new[] { "mtus.pain.2009/tens" }, Resolved(analysis));
    }

    [Fact]
    public void AHyphenBrokenByALineWrapIsRejoined()
    {
        var analysis = Analyze("Decision based on MTUS Pain Treatment Guidelines, Electro-\n   diagnostic studies", "2016-01-15");
        AssertNoProblems(analysis);
        Assert.Equal(new[] { "mtus.pain.2009/electrodiagnostic" }, Resolved(analysis));
    }

    // ---- Joins: "and", "/", " - ", topic before chapter ---------------------------------------------

    [Theory]
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back / Lumbar supports")]
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back - Lumbar supports")]
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back- Lumbar supports")]
    [InlineData("Decision based on Non-MTUS Citation SEN Lumbar supports, Low Back chapter")]
    [InlineData("Decision based on Non-MTUS Citation SEN Lumbar supports Low Back")]
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back (Lumbar supports)")]
    public void SeparatorsAndTopicBeforeChapterAreOneGrammar(string text)
    {
        var analysis = Analyze(text);
        AssertNoProblems(analysis);
        Assert.Equal(new[] { "sen.low-back/lumbar-supports" }, Resolved(analysis));
    }

    [Fact]
    public void TwoChaptersJoinedByAndAreBothCited()
    {
        var analysis = Analyze("Decision based on Non-MTUS Citation SEN Low Back and Neck chapters");
        AssertNoProblems(analysis);
        Assert.Equal(new[] { "sen.low-back", "sen.neck" }, Resolved(analysis));
    }

    [Fact]
    public void ANumberedSectionIsFoundByItsNumberWithItsTitleRead()
    {
        var analysis = Analyze("Decision based on MTUS Analgesic Outline Guidelines 2016, Section(s): 2.1.3 Short Courses: Tapering, 2.1 Short Courses: Courses After Surgery");
        AssertNoProblems(analysis);
        Assert.Equal(new[] { "mtus.outline.2016/s2-1-3", "mtus.outline.2016/s2-1" }, Resolved(analysis));
    }

    // ---- References that are no guideline ----------------------------------------------------------

    [Theory]
    [InlineData("Decision based on Non-MTUS Citation Brown KT. Handbook of Back Care, 2nd ed., Chapter 12, p 45")]
    [InlineData("Decision based on Non-MTUS Citation https://www.example.org/back-care.html")]
    [InlineData("Decision based on Non-MTUS Citation Journal of Spinal Studies, Vol 12, Low Back outcomes")]
    public void AnAuthorBookOrWebReferenceIsOneReferenceOutsideTheCatalogue(string text)
    {
        var analysis = Analyze(text);
        var finding = Assert.Single(analysis.Problems);
        Assert.Equal(Rules.UncataloguedNonMtusSource, finding.Rule);
        Assert.Empty(Resolved(analysis));
    }

    // ---- Coverage: complete and partial, near miss and unknown ----------------------------------------

    [Fact]
    public void AnUnknownTopicOfAPartialDocumentIsUnverifiedNotAnError()
    {
        var analysis = Analyze("Decision based on Non-MTUS Citation SEN Low Back, Spinal cord stimulator trials");
        var note = Assert.Single(analysis.Problems);
        Assert.Equal(Rules.UnverifiedTopic, note.Rule);
        Assert.Equal(ImrSeverity.Note, note.Severity);
        var match = Assert.Single(analysis.Matches);
        Assert.Equal(CitationOutcome.Unverified, match.Outcome);
        Assert.Null(match.Citation);
        Assert.Equal("sen.low-back", match.RecognisedDocument!.Id);
        Assert.True(analysis.IsValid);
    }

    [Fact]
    public void AnUnknownChapterOfAPartialSourceIsUnverifiedNotAnError()
    {
        var analysis = Analyze("Decision based on Non-MTUS Citation SEN Hernia chapter, Mesh repair");
        Assert.All(analysis.Problems, p => Assert.Equal(Rules.UnverifiedTopic, p.Rule));
        Assert.All(analysis.Matches, m => Assert.Equal(CitationOutcome.Unverified, m.Outcome));
        Assert.Equal("sen", analysis.Matches[0].RecognisedSource!.Id);
    }

    [Fact]
    public void ANearMissOfACataloguedTopicIsTheFindingEvenInAPartialDocument()
    {
        var analysis = Analyze("Decision based on Non-MTUS Citation SEN Low Back, Lumbar suports");
        var error = Assert.Single(analysis.Problems);
        Assert.Equal(Rules.UnknownSection, error.Rule);
        Assert.Equal("Lumbar supports", error.Suggestion);
    }

    [Fact]
    public void AnUnknownSectionOfACompleteDocumentIsAnErrorWithDidYouMean()
    {
        var analysis = Analyze("Decision based on MTUS Pain Treatment 2009, Section(s): Inital Care", "2016-01-15");
        var error = Assert.Single(analysis.Problems);
        Assert.Equal(Rules.UnknownSection, error.Rule);
        Assert.Equal(ImrSeverity.Error, error.Severity);
        Assert.Equal("Initial Care", error.Suggestion);
    }

    [Fact]
    public void OneBadlyReadClauseIsOneFinding()
    {
        var analysis = Analyze("Decision based on MTUS Pain Treatment 2009, Section(s): Heat (and cold, moist), wraps / packs - home use", "2016-01-15");
        Assert.Single(analysis.Problems);
    }

    [Fact]
    public void AnUnknownTopicGoesOnPastACommaBeforeALowerCaseWord()
    {
        var analysis = Analyze("Decision based on Non-MTUS Citation SEN Low Back, Heat wraps, disposable, Lumbar supports");
        var note = Assert.Single(analysis.Problems);
        Assert.Equal(Rules.UnverifiedTopic, note.Rule);
        Assert.Contains("'Heat wraps, disposable'", note.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "sen.low-back/lumbar-supports" }, Resolved(analysis));
    }

    [Fact]
    public void ASectionFollowedByTheRestOfAMisspeltLongerTitleIsThatMisspelling()
    {
        // "NSAIDs" is a section too, but what follows it misspells the rest of a longer title: not two topics.
        var analysis = Analyze("Decision based on MTUS Pain Treatment 2009, Section(s): NSAIDs, GI symptoms & cardiovascular rsik", "2016-01-15");
        var error = Assert.Single(analysis.Problems);
        Assert.Equal(Rules.UnknownSection, error.Rule);
        Assert.Equal("NSAIDs, GI symptoms & cardiovascular risk", error.Suggestion);
        Assert.Empty(Resolved(analysis));
    }

    [Fact]
    public void AMisspeltTitleWithCommasIsOneFindingAndItsSectionsAreNotGivenToTheNextDocument()
    {
        var analysis = Analyze("Decision based on MTUS Hand, Wirst, and Forearm Guidelines 2004, Section(s): Special Studies, and Pain Treatment 2009, Section(s): Naproxen", "2016-01-15");
        var error = Assert.Single(analysis.Problems);
        Assert.Equal(Rules.UnknownDocument, error.Rule);
        Assert.Equal("Hand, Wrist, and Forearm Guidelines", error.Suggestion);
        Assert.Equal(new[] { "mtus.pain.2009/naproxen" }, Resolved(analysis));
    }

    [Fact]
    public void PagesInBracketsCloseTheBracket()
    {
        var analysis = Analyze("MTUS Pain Treatment Guidelines, Naproxen (pp. 66-67)", "2016-01-15");
        AssertNoProblems(analysis);
        Assert.Equal(new[] { "mtus.pain.2009/naproxen" }, Resolved(analysis));
    }

    // ---- Versions: not in force, chains, proposed ----------------------------------------------------

    [Fact]
    public void ASupersededVersionIsReportedNamingTheVersionInForceAlongTheChain()
    {
        var analysis = Analyze("Decision based on MTUS Pain Treatment 2009, Section(s): Naproxen", "2019-01-15");
        var warning = Assert.Single(analysis.Problems);
        Assert.Equal(Rules.SupersededCitation, warning.Rule);
        Assert.Contains("(2016) on 2016-07-28, and on 2019-01-15 the version in force is MTUS Pain Treatment Guidelines (2018)", warning.Message, StringComparison.Ordinal);
        Assert.Equal("mtus.pain.2018", warning.Suggestion);
    }

    [Fact]
    public void AVersionNotYetInForceIsReportedNeverPickedSilently()
    {
        var analysis = Analyze("Decision based on MTUS Sleep Disorders Guidelines", "2019-05-01");
        var warning = Assert.Single(analysis.Problems);
        Assert.Equal(Rules.NotInForce, warning.Rule);
        Assert.Contains("was not in force on 2019-05-01: it took effect on 2020-06-01", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AVersionThatLapsedWithoutASuccessorIsReported()
    {
        var analysis = Analyze("Decision based on MTUS Work Hardening Guidelines", "2016-05-01");
        var warning = Assert.Single(analysis.Problems);
        Assert.Equal(Rules.NotInForce, warning.Rule);
        Assert.Contains("it ended on 2014-12-31", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AProposedGuidelineIsReportedAsProposedNotAccepted()
    {
        var analysis = Analyze("Decision based on MTUS Cannabinoid Guidelines", "2025-06-01");
        var warning = Assert.Single(analysis.Problems);
        Assert.Equal(Rules.ProposedGuideline, warning.Rule);
        Assert.Contains("was proposed on 2025-03-14 but, as far as the catalogue knows, not adopted", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2018-09-30", "mtus.list.v1")]
    [InlineData("2018-10-01", "mtus.list.v2")]
    public void TheDecisionDatePicksTheVersionInForceOnEachSideOfABoundary(string asOf, string expected)
    {
        var analysis = Analyze("Decision based on MTUS Drug List", asOf);
        AssertNoProblems(analysis);
        Assert.Equal(new[] { expected }, Resolved(analysis));
    }

    // ---- One line ----------------------------------------------------------------------------------

    [Fact]
    public void FindingsAboutTextThatSpansLinesAreOneLine()
    {
        var analysis = Analyze("Decision based on MTUS Pain Treatment 2009, Section(s): Heat\n   wraps and\n  cold packs,   home\tuse", "2016-01-15");
        var error = Assert.Single(analysis.Problems);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain('\t', error.Message);
        Assert.Contains("'Heat wraps and cold packs, home use'", error.Message, StringComparison.Ordinal);
    }
}
