using System;
using System.Linq;
using ImrCite.Diagnostics;
using ImrCite.Testing;
using ImrCite.Tests.Support;
using Xunit;
using static ImrCite.Tests.Support.Catalogues;

namespace ImrCite.Tests;

/// <summary>What checking catalogue files together reports: ids, references, page arithmetic, aliases.</summary>
public sealed class CatalogueValidatorTests
{
    private const string Sources = """
          "sources": [
            { "id": "mtus", "name": "MTUS", "tier": "mtus" },
            { "id": "odg", "name": "ODG", "tier": "guideline" }
          ],
        """;

    /// <summary>A file with the two sources, the given treatments and the given documents.</summary>
    private static string File(string documents, string treatments = "[]") =>
        "{\n" + Sources + "\n  \"treatments\": " + treatments + ",\n  \"documents\": " + documents + "\n}\n";

    /// <summary>One document (pages 1-127) with the given sections.</summary>
    private static string DocumentWithSections(string sections, string extra = "") => File($$"""
        [
            {
              "id": "mtus.cpmtg.2009", "source": "mtus", "title": "Chronic Pain Medical Treatment Guidelines", "edition": "2009",
              "effectiveFrom": "2009-07-18", "pages": "1-127", "sourceNote": "Test."{{extra}},
              "sections": {{sections}}
            }
          ]
        """);

    [Fact]
    public void ValidCatalogueHasNoDiagnostics()
    {
        var loaded = ResolverCatalogue.Load();
        AssertClean(loaded);
        Assert.Equal(6, loaded.Catalogue.Documents.Count);
        Assert.Equal(4, loaded.Catalogue.Sources.Count);
        Assert.Equal(6, loaded.Catalogue.Treatments.Count);
    }

    [Fact]
    public void ValidCatalogueSplitOverFilesHasNoDiagnostics()
    {
        string sources = "{\n" + Sources + "\n  \"documents\": []\n}";
        string documents = """
            {
              "documents": [
                { "id": "odg.pain", "source": "odg", "title": "Pain (Chronic)", "edition": "2016", "effectiveFrom": "2016-01-01", "sourceNote": "n" }
              ]
            }
            """;
        var loaded = ImrCite.CatalogueLoader.FromText(("a.imrcite.json", sources), ("b.imrcite.json", documents));
        AssertClean(loaded);
        Assert.NotNull(loaded.Catalogue.FindDocument("odg.pain"));
    }

    // ---- IMR0005: duplicate ids ----------------------------------------------------------------

    [Fact]
    public void DuplicateDocumentIdAcrossFilesIsReportedInTheSecondFilePointingAtTheFirst()
    {
        string first = File("""
            [
                { "id": "mtus.cpmtg.2009", "source": "mtus", "title": "Chronic Pain Medical Treatment Guidelines", "edition": "2009",
                  "effectiveFrom": "2009-07-18", "sourceNote": "First." }
              ]
            """);
        const string second = """
            {
              "documents": [
                { "id": "odg.pain", "source": "odg", "title": "Pain (Chronic)", "edition": "2016", "effectiveFrom": "2016-01-01", "sourceNote": "n" },
                { "id": "mtus.cpmtg.2009", "source": "mtus", "title": "Chronic Pain Medical Treatment Guidelines", "edition": "2009",
                  "effectiveFrom": "2009-07-18", "sourceNote": "Second." }
              ]
            }
            """;
        var loaded = ImrCite.CatalogueLoader.FromText(("a.imrcite.json", first), ("b.imrcite.json", second));
        var diagnostic = AssertSingle(loaded, "IMR0005");
        Assert.Equal("b.imrcite.json", diagnostic.Location.Path);
        AssertSpan(diagnostic, second, "\"mtus.cpmtg.2009\"");
        var firstDeclaration = Assert.Single(diagnostic.AdditionalLocations);
        Assert.Equal("a.imrcite.json", firstDeclaration.Path);
        var expected = TextPositions.PositionOf(first, "\"mtus.cpmtg.2009\"");
        Assert.Equal(expected, (firstDeclaration.StartLine, firstDeclaration.StartColumn));
        Assert.Contains(firstDeclaration.ToString(), diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("First.", loaded.Catalogue.FindDocument("mtus.cpmtg.2009")!.SourceNote); // the first declaration wins
    }

    [Fact]
    public void DuplicateSourceIdInOneFileIsReported()
    {
        const string text = """
            {
              "sources": [
                { "id": "mtus", "name": "MTUS", "tier": "mtus" },
                { "id": "mtus", "name": "MTUS again", "tier": "mtus" }
              ]
            }
            """;
        var diagnostic = AssertSingle(Load(text), "IMR0005");
        AssertSpan(diagnostic, text, "\"mtus\"", occurrence: 3);
        Assert.Equal(TextPositions.PositionOf(text, "\"mtus\""), (diagnostic.AdditionalLocations[0].StartLine, diagnostic.AdditionalLocations[0].StartColumn));
    }

    [Fact]
    public void DuplicateTreatmentIdIsReported()
    {
        string text = File("[]", treatments: """
            [
                { "id": "carisoprodol", "names": ["carisoprodol"] },
                { "id": "carisoprodol", "names": ["Soma"] }
              ]
            """);
        var diagnostic = AssertSingle(Load(text), "IMR0005");
        AssertSpan(diagnostic, text, "\"carisoprodol\"", occurrence: 3);
    }

    [Fact]
    public void DuplicateSectionIdWithinADocumentIsReportedEvenWhenNested()
    {
        string text = DocumentWithSections("""
            [
                    { "id": "opioids", "title": "Opioids", "pages": "74-96",
                      "sections": [ { "id": "opioids", "title": "Long-term Opioid Use", "pages": "80-82" } ] }
                  ]
            """);
        var diagnostic = AssertSingle(Load(text), "IMR0005");
        AssertSpan(diagnostic, text, "\"opioids\"", occurrence: 2);
        Assert.Equal(TextPositions.OffsetOf(text, "\"opioids\""), diagnostic.AdditionalLocations[0].Start);
    }

    [Fact]
    public void SameSectionIdInTwoDocumentsIsFine()
    {
        AssertClean(ResolverCatalogue.Load()); // "opioids" is a section of both the 2009 and the 2016 guidelines
    }

    // ---- IMR0008: sibling overlap --------------------------------------------------------------

    [Fact]
    public void OverlappingSiblingsAreReportedAtTheLaterSiblingPointingAtTheEarlier()
    {
        string text = DocumentWithSections("""
            [
                    { "id": "opioids", "title": "Opioids", "pages": "74-96" },
                    { "id": "opioid-dosing", "title": "Opioid dosing", "pages": "90-100" }
                  ]
            """);
        var diagnostic = AssertSingle(Load(text), "IMR0008");
        AssertSpan(diagnostic, text, "\"90-100\"");
        Assert.Equal(TextPositions.OffsetOf(text, "\"74-96\""), Assert.Single(diagnostic.AdditionalLocations).Start);
        Assert.Contains("shares 7 page(s)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SiblingsSharingExactlyOneBoundaryPageAreFine()
    {
        string text = DocumentWithSections("""
            [
                    { "id": "criteria", "title": "Criteria for use", "pages": "76-80" },
                    { "id": "continue", "title": "When to Continue Opioids", "pages": "80-81" },
                    { "id": "discontinue", "title": "When to Discontinue Opioids", "pages": "81-82" }
                  ]
            """);
        AssertClean(Load(text));
    }

    [Fact]
    public void SingleSiblingPageInsideAnotherSiblingsRangeIsAnOverlapNotABoundary()
    {
        // "80" shares one page with "74-96", but not at a boundary: it lies inside the other section.
        string text = DocumentWithSections("""
            [
                    { "id": "opioids", "title": "Opioids", "pages": "74-96" },
                    { "id": "continue", "title": "When to Continue Opioids", "pages": "80" }
                  ]
            """);
        var diagnostic = AssertSingle(Load(text), "IMR0008");
        AssertSpan(diagnostic, text, "\"80\"");
    }

    [Fact]
    public void SiblingOverlapAllowedOnTheDocumentPermitsOverlappingTopLevelSections()
    {
        string text = DocumentWithSections("""
            [
                    { "id": "opioids", "title": "Opioids", "pages": "74-96" },
                    { "id": "opioid-dosing", "title": "Opioid dosing", "pages": "90-100" }
                  ]
            """, extra: ", \"siblingOverlap\": \"allowed\"");
        AssertClean(Load(text));
    }

    [Fact]
    public void SiblingOverlapAllowedOnASectionPermitsItsChildrenOnly()
    {
        string text = DocumentWithSections("""
            [
                    { "id": "opioids", "title": "Opioids", "pages": "74-96", "siblingOverlap": "allowed",
                      "sections": [
                        { "id": "criteria", "title": "Criteria for use", "pages": "76-80" },
                        { "id": "continue", "title": "When to Continue Opioids", "pages": "78-81" }
                      ] },
                    { "id": "opioid-dosing", "title": "Opioid dosing", "pages": "95-100" }
                  ]
            """);
        var diagnostic = AssertSingle(Load(text), "IMR0008");
        AssertSpan(diagnostic, text, "\"95-100\"");
    }

    // ---- IMR0009 / IMR0010: containment --------------------------------------------------------

    [Fact]
    public void SectionPagesBeyondTheDocumentAreReportedAtTheSectionPages()
    {
        string text = DocumentWithSections("""
            [
                    { "id": "weaning", "title": "Weaning of Medications", "pages": "124-130" }
                  ]
            """);
        var diagnostic = AssertSingle(Load(text), "IMR0009");
        AssertSpan(diagnostic, text, "\"124-130\"");
        Assert.Contains("1-127", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChildSectionOutsideItsParentIsReportedAtTheChildPages()
    {
        string text = DocumentWithSections("""
            [
                    { "id": "opioids", "title": "Opioids", "pages": "74-96",
                      "sections": [ { "id": "weaning-opioids", "title": "Weaning of opioids", "pages": "96-98" } ] }
                  ]
            """);
        var diagnostic = AssertSingle(Load(text), "IMR0010");
        AssertSpan(diagnostic, text, "\"96-98\"");
        Assert.Contains("'opioids'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChildBeyondTheDocumentIsReportedOnceAsBeyondTheDocument()
    {
        string text = DocumentWithSections("""
            [
                    { "id": "opioids", "title": "Opioids", "pages": "74-96",
                      "sections": [ { "id": "appendix", "title": "Appendix", "pages": "200" } ] }
                  ]
            """);
        var diagnostic = AssertSingle(Load(text), "IMR0009");
        AssertSpan(diagnostic, text, "\"200\"");
    }

    [Fact]
    public void DocumentPagesThatContradictTheStatedTotalAreInvalid()
    {
        string text = DocumentWithSections("[]", extra: ", \"statedTotal\": 112");
        var diagnostic = AssertSingle(Load(text), "IMR0004");
        AssertSpan(diagnostic, text, "\"1-127\"");
    }

    // ---- IMR0011: aliases ----------------------------------------------------------------------

    [Fact]
    public void AliasNamingAnotherSectionsTitleIsReportedAtTheAlias()
    {
        string text = DocumentWithSections("""
            [
                    { "id": "opioids", "title": "Opioids", "pages": "74-96" },
                    { "id": "opioid-guidelines", "title": "Opioid guidelines", "aliases": ["OPIOIDS"], "pages": "97-100" }
                  ]
            """);
        var diagnostic = AssertSingle(Load(text), "IMR0011");
        AssertSpan(diagnostic, text, "\"OPIOIDS\"");
        Assert.Equal(TextPositions.OffsetOf(text, "\"Opioids\""), Assert.Single(diagnostic.AdditionalLocations).Start);
    }

    [Fact]
    public void AliasesThatDifferOnlyInPunctuationAndAmpersandCollide()
    {
        string text = DocumentWithSections("""
            [
                    { "id": "nsaids-gi", "title": "NSAIDs, GI symptoms & cardiovascular risk", "pages": "68-69" },
                    { "id": "nsaids-specific", "title": "NSAIDs, specific drug list & adverse effects", "pages": "70-73",
                      "aliases": ["nsaids gi symptoms and cardiovascular risk"] }
                  ]
            """);
        var diagnostic = AssertSingle(Load(text), "IMR0011");
        AssertSpan(diagnostic, text, "\"nsaids gi symptoms and cardiovascular risk\"");
    }

    [Fact]
    public void AliasClaimedByANestedSectionIsAlsoReported()
    {
        string text = DocumentWithSections("""
            [
                    { "id": "carisoprodol", "title": "Carisoprodol (Soma)", "aliases": ["Soma"], "pages": "29" },
                    { "id": "opioids", "title": "Opioids", "pages": "74-96",
                      "sections": [ { "id": "criteria", "title": "Criteria for use", "aliases": ["soma"], "pages": "76-80" } ] }
                  ]
            """);
        var diagnostic = AssertSingle(Load(text), "IMR0011");
        AssertSpan(diagnostic, text, "\"soma\"");
    }

    [Fact]
    public void SectionWhoseAliasRepeatsItsOwnTitleIsFine()
    {
        string text = DocumentWithSections("""
            [
                    { "id": "opioids", "title": "Opioids", "aliases": ["opioids", "OPIOIDS"], "pages": "74-96" }
                  ]
            """);
        AssertClean(Load(text));
    }

    // ---- IMR0012: supersession -----------------------------------------------------------------

    [Fact]
    public void DocumentSupersededByAMissingDocumentIsDangling()
    {
        string text = DocumentWithSections("[]", extra: ", \"supersededBy\": \"mtus.cpmtg.2016\", \"supersededOn\": \"2016-07-28\"");
        var diagnostic = AssertSingle(Load(text), "IMR0012");
        AssertSpan(diagnostic, text, "\"mtus.cpmtg.2016\"");
    }

    [Theory]
    [InlineData("mtus.cpmtg.2009/opioid")]
    [InlineData("mtus.cpmtg.2016/opioids")]
    public void SectionSupersededByAMissingSectionIsDangling(string successor)
    {
        string text = DocumentWithSections($$"""
            [
                    { "id": "opioids", "title": "Opioids", "pages": "74-96", "supersededBy": "{{successor}}", "supersededOn": "2016-07-28" }
                  ]
            """);
        var diagnostic = AssertSingle(Load(text), "IMR0012");
        AssertSpan(diagnostic, text, "\"" + successor + "\"");
    }

    [Fact]
    public void SectionSupersededByANestedSectionOfAnotherDocumentIsFine()
    {
        string text = File("""
            [
                { "id": "old", "source": "mtus", "title": "Old", "edition": "1", "effectiveFrom": "2009-07-18", "sourceNote": "n",
                  "sections": [ { "id": "opioids", "title": "Opioids", "supersededBy": "new/criteria", "supersededOn": "2016-07-28" } ] },
                { "id": "new", "source": "mtus", "title": "New", "edition": "2", "effectiveFrom": "2016-07-28", "sourceNote": "n",
                  "sections": [ { "id": "opioids", "title": "Opioids", "sections": [ { "id": "criteria", "title": "Criteria" } ] } ] }
              ]
            """);
        AssertClean(Load(text));
    }

    [Fact]
    public void SectionSupersededByAReferenceWithoutASlashIsInvalid()
    {
        string text = DocumentWithSections("""
            [
                    { "id": "opioids", "title": "Opioids", "supersededBy": "opioids-2016", "supersededOn": "2016-07-28" }
                  ]
            """);
        var diagnostic = AssertSingle(Load(text), "IMR0004");
        AssertSpan(diagnostic, text, "\"opioids-2016\"");
    }

    // ---- IMR0014 / IMR0015: references to sources and treatments -------------------------------

    [Fact]
    public void UnknownSourceIsReportedAtTheSourceValueListingKnownSources()
    {
        string text = File("""
            [
                { "id": "acoem.ch12", "source": "acoem", "title": "Low Back Complaints", "edition": "2004",
                  "effectiveFrom": "2004-06-15", "sourceNote": "n" }
              ]
            """);
        var diagnostic = AssertSingle(Load(text), "IMR0014");
        AssertSpan(diagnostic, text, "\"acoem\"");
        Assert.Contains("mtus, odg", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SectionAddressingAnUnknownTreatmentIsReportedAtTheId()
    {
        string text = File(treatments: """[ { "id": "opioids", "names": ["opioids"] } ]""", documents: """
            [
                { "id": "d", "source": "mtus", "title": "D", "edition": "1", "effectiveFrom": "2009-07-18", "sourceNote": "n",
                  "sections": [ { "id": "opioids", "title": "Opioids", "addresses": ["opioids", "opiods"] } ] }
              ]
            """);
        var diagnostic = AssertSingle(Load(text), "IMR0015");
        AssertSpan(diagnostic, text, "\"opiods\"");
    }

    [Fact]
    public void TreatmentInAnUnknownClassIsReportedAtTheClassId()
    {
        string text = File("[]", treatments: """
            [
                { "id": "carisoprodol", "names": ["carisoprodol", "Soma"], "classes": ["muscle-relaxants"] }
              ]
            """);
        var diagnostic = AssertSingle(Load(text), "IMR0015");
        AssertSpan(diagnostic, text, "\"muscle-relaxants\"");
    }

    // ---- IMR0016: ambiguous document aliases ---------------------------------------------------

    [Fact]
    public void AliasSharedByDocumentsInForceTogetherIsAmbiguous()
    {
        string text = File("""
            [
                { "id": "odg.pain.2015", "source": "odg", "title": "Pain (Chronic)", "edition": "2015",
                  "effectiveFrom": "2015-01-01", "sourceNote": "n" },
                { "id": "odg.pain.2016", "source": "odg", "title": "Pain Chapter", "aliases": ["Pain (chronic)"], "edition": "2016",
                  "effectiveFrom": "2016-01-01", "sourceNote": "n" }
              ]
            """);
        var diagnostic = AssertSingle(Load(text), "IMR0016");
        Assert.Equal(ImrSeverity.Warning, diagnostic.Severity);
        AssertSpan(diagnostic, text, "\"Pain (chronic)\"");
        Assert.Equal(TextPositions.OffsetOf(text, "\"odg.pain.2015\""), Assert.Single(diagnostic.AdditionalLocations).Start);
    }

    /// <summary>
    /// The usual cause is a new edition under the old title whose predecessor's window was left open (a supersession does
    /// not end it): the message names that fix, not only removing the name, which would lose the old edition's citations.
    /// </summary>
    [Fact]
    public void AmbiguityFromAnOpenWindowSaysToEndTheOlderOne()
    {
        string text = File("""
            [
                { "id": "odg.pain.2015", "source": "odg", "title": "Pain (Chronic)", "edition": "2015",
                  "effectiveFrom": "2015-01-01", "supersededBy": "odg.pain.2016", "supersededOn": "2016-01-01", "sourceNote": "n" },
                { "id": "odg.pain.2016", "source": "odg", "title": "Pain (Chronic)", "edition": "2016",
                  "effectiveFrom": "2016-01-01", "sourceNote": "n" }
              ]
            """);
        var diagnostic = AssertSingle(Load(text), "IMR0016");
        Assert.Contains("\"effectiveTo\"", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TitleSharedByDocumentsWhoseWindowsDoNotOverlapIsFine()
    {
        AssertClean(ResolverCatalogue.Load()); // both Chronic Pain Medical Treatment Guidelines; 2009 ends the day before 2016 starts
    }

    [Fact]
    public void TitleSharedByDocumentsWhoseWindowsShareOneDayIsAmbiguous()
    {
        string text = File("""
            [
                { "id": "cpmtg.2009", "source": "mtus", "title": "Chronic Pain Medical Treatment Guidelines", "edition": "2009",
                  "effectiveFrom": "2009-07-18", "effectiveTo": "2016-07-28", "sourceNote": "n" },
                { "id": "cpmtg.2016", "source": "mtus", "title": "Chronic Pain Medical Treatment Guidelines", "edition": "2016",
                  "effectiveFrom": "2016-07-28", "sourceNote": "n" }
              ]
            """);
        var diagnostic = AssertSingle(Load(text), "IMR0016");
        AssertSpan(diagnostic, text, "\"Chronic Pain Medical Treatment Guidelines\"", occurrence: 2);
    }

    [Fact]
    public void AliasOfAThirdDocumentIsCheckedAgainstEveryEarlierHolderNotJustTheFirst()
    {
        // 2009 and 2016 share the title without overlapping; a third document in force with 2016 claims it too.
        string text = File("""
            [
                { "id": "cpmtg.2009", "source": "mtus", "title": "Chronic Pain Medical Treatment Guidelines", "edition": "2009",
                  "effectiveFrom": "2009-07-18", "effectiveTo": "2016-07-27", "sourceNote": "n" },
                { "id": "cpmtg.2016", "source": "mtus", "title": "Chronic Pain Medical Treatment Guidelines", "edition": "2016",
                  "effectiveFrom": "2016-07-28", "sourceNote": "n" },
                { "id": "odg.pain.2017", "source": "odg", "title": "Pain (Chronic)", "edition": "2017",
                  "aliases": ["Chronic Pain Medical Treatment Guidelines"], "effectiveFrom": "2017-01-01", "sourceNote": "n" }
              ]
            """);
        var diagnostic = AssertSingle(Load(text), "IMR0016");
        AssertSpan(diagnostic, text, "\"Chronic Pain Medical Treatment Guidelines\"", occurrence: 3);
        Assert.Contains("cpmtg.2016", diagnostic.Message, StringComparison.Ordinal);
    }

    // ---- general sections without scope (IMR0020) ---------------------------------------------

    /// <summary>Two chapters of one MTUS series (or of ODG's, with <paramref name="source"/>), each with the given sections.</summary>
    private static string TwoChapters(string first, string second, string source = "mtus") => File($$"""
        [
            { "id": "ch12", "source": "{{source}}", "title": "Low Back Complaints", "series": "Practice Guidelines", "bodyParts": ["lumbar"],
              "edition": "2004", "effectiveFrom": "2004-01-01", "sourceNote": "n", "sections": {{first}} },
            { "id": "ch13", "source": "{{source}}", "title": "Knee Complaints", "series": "Practice Guidelines", "bodyParts": ["knee"],
              "edition": "2004", "effectiveFrom": "2004-01-01", "sourceNote": "n", "sections": {{second}} }
          ]
        """, """[ { "id": "diagnostic-testing", "names": ["diagnostic testing"] } ]""");

    [Fact]
    public void AGeneralSectionWithoutScopeIsReportedAtItsId()
    {
        string text = TwoChapters(
            """[ { "id": "ch12-special-studies", "title": "Special Studies", "addresses": ["diagnostic-testing"] } ]""",
            """[ { "id": "ch13-special-studies", "title": "Special studies" } ]""");
        var diagnostic = AssertSingle(Load(text), "IMR0020");
        AssertSpan(diagnostic, text, "\"ch13-special-studies\"");
        Assert.Contains("'Special studies' of 'ch13'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AGeneralSectionThatAddressesNothingOrTakesItsParentsScopeHasAScope()
    {
        string text = TwoChapters(
            """[ { "id": "ch12-work", "title": "Work-Relatedness", "addresses": [] }, { "id": "ch12-studies", "title": "Special Studies", "sections": [ { "id": "ch12-mri", "title": "MRI", "addresses": ["diagnostic-testing"] } ] } ]""",
            """[ { "id": "ch13-work", "title": "Work-Relatedness", "addresses": [] }, { "id": "ch13-studies", "title": "Special Studies", "addresses": ["diagnostic-testing"], "sections": [ { "id": "ch13-mri", "title": "MRI" } ] } ]""");
        AssertClean(Load(text));
    }

    [Fact]
    public void AHeadingOfItsOwnOrASectionOutsideTheMtusNeedsNoScope()
    {
        // "Table 12-8" is the low back chapter's own; ODG's chapters are not held to it.
        AssertClean(Load(TwoChapters(
            """[ { "id": "ch12-table", "title": "Table 12-8" }, { "id": "ch12-studies", "title": "Special Studies", "addresses": ["diagnostic-testing"] } ]""",
            """[ { "id": "ch13-studies", "title": "Special Studies", "addresses": ["diagnostic-testing"] } ]""")));
        AssertClean(Load(TwoChapters(
            """[ { "id": "ch12-studies", "title": "Special Studies" } ]""",
            """[ { "id": "ch13-studies", "title": "Special Studies" } ]""", source: "odg")));
    }

    // ---- a document's declared scope ("addresses" on a document) -------------------------------------

    /// <summary>A guideline about one kind of care (a scope of <paramref name="scope"/>) with the given sections.</summary>
    private static string GuidelineWithScope(string scope, string sections) => File($$"""
        [
            { "id": "needles", "source": "mtus", "title": "Needling Treatment Guidelines", "addresses": {{scope}},
              "edition": "2007", "effectiveFrom": "2007-06-15", "sourceNote": "n", "sections": {{sections}} }
          ]
        """, """
        [
          { "id": "physical-medicine", "names": ["physical medicine"] },
          { "id": "needling", "names": ["needling"] },
          { "id": "electro-needling", "names": ["electro-needling"], "classes": ["needling"] }
        ]
        """);

    [Fact]
    public void AWellFormedDocumentScopeHasNoDiagnostics()
    {
        // A section may address the scope's treatment or a kind of it.
        AssertClean(Load(GuidelineWithScope("""["needling"]""",
            """[ { "id": "dose", "title": "Dose", "addresses": ["needling"] }, { "id": "electric", "title": "Electric", "addresses": ["electro-needling"] } ]""")));
    }

    [Fact]
    public void ADocumentScopeNamingNoTreatmentIsReportedAtTheId()
    {
        string text = GuidelineWithScope("""["needlework"]""", "[]");
        var diagnostic = AssertSingle(Load(text), "IMR0015");
        AssertSpan(diagnostic, text, "\"needlework\"");
        Assert.Contains("(in the document's scope)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyDocumentScopeIsReported()
    {
        string text = GuidelineWithScope("[]", "[]");
        var diagnostic = AssertSingle(Load(text), "IMR0004");
        Assert.Contains("of document 'needles' is empty", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASectionAddressingMoreThanItsDocumentsScopeIsReportedAtTheSectionsTreatment()
    {
        // A class of the scope's treatment is wider than the scope: the scope or the section is wrong.
        string text = GuidelineWithScope("""["electro-needling"]""",
            """[ { "id": "dose", "title": "Dose", "sections": [ { "id": "dose-2", "title": "Dose 2", "addresses": ["electro-needling", "needling"] } ] } ]""");
        var diagnostic = AssertSingle(Load(text), "IMR0004");
        AssertSpan(diagnostic, text, "\"needling\"", occurrence: 4);
        Assert.Contains("section 'dose-2' lists 'needling', which is outside the scope of its document 'needles'", diagnostic.Message, StringComparison.Ordinal);
    }

    // ---- several problems at once --------------------------------------------------------------

    [Fact]
    public void EveryProblemIsReportedNotJustTheFirst()
    {
        string text = DocumentWithSections("""
            [
                    { "id": "a", "title": "A", "pages": "10-20", "addresses": ["nothing"] },
                    { "id": "b", "title": "B", "pages": "15-25" },
                    { "id": "c", "title": "C", "pages": "120-140" }
                  ]
            """);
        var ids = Load(text).Diagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "IMR0008", "IMR0009", "IMR0015" }, ids);
    }
}
