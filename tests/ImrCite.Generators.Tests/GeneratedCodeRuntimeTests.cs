using System.Linq;
using ImrCite.Catalogue;
using ImrCite.Citations;
using ImrCite.Generators.Tests.Infrastructure;
using Xunit;

namespace ImrCite.Generators.Tests;

/// <summary>The generated code, compiled and loaded: it builds the same catalogue the loader reads, and its API cites.</summary>
public sealed class GeneratedCodeRuntimeTests
{
    private static System.Reflection.Assembly Build(params (string Path, string Text)[] files)
    {
        var run = GeneratorHarness.Run(files);
        GeneratorHarness.AssertHealthy(run);
        return GeneratorHarness.Load(run.Output);
    }

    [Fact]
    public void TheGeneratedCatalogueEqualsTheLoadedOne()
    {
        var files = new[] { (TestCatalogues.MainPath, TestCatalogues.Main), (TestCatalogues.SecondPath, TestCatalogues.Second) };
        var assembly = Build(files);
        var generated = (GuidelineCatalogue)GeneratorHarness.Static(assembly, "ImrCite.Guidelines.GeneratedCatalogue", "Default")!;
        var loaded = CatalogueLoader.FromText(files);
        Assert.Empty(loaded.Diagnostics);
        CatalogueEquivalence.AssertEquivalent(loaded.Catalogue, generated);
        Assert.Equal(new[] { "mtus.cpmtg.2009", "ccr.mtus", "mtus.cpmtg.2016" }, generated.Documents.Select(d => d.Id).ToArray());
    }

    [Fact]
    public void CoverageStatusAndAliasSourcesReachTheGeneratedCatalogue()
    {
        const string text = """
            {
              "sources": [
                { "id": "odg", "name": "Official Disability Guidelines", "tier": "guideline", "coverage": "partial",
                  "aliases": ["ODG", { "name": "Official Disability Guidelines (ODG)", "source": "letters" }] }
              ],
              "documents": [
                { "id": "odg.pain.2016", "source": "odg", "title": "Pain", "edition": "2016",
                  "aliases": [{ "name": "ODG Pain chapter", "source": "MAXIMUS chapter label table" }],
                  "effectiveFrom": "2016-01-01", "sourceNote": "n",
                  "sections": [ { "id": "opioids", "title": "Opioids", "aliases": [{ "name": "Opiates", "source": "letters" }, "Narcotics"] } ] },
                { "id": "odg.pain.2025", "source": "odg", "title": "Pain", "codeName": "PainProposed", "edition": "2025",
                  "status": "proposed", "proposedOn": "2025-02-01", "coverage": "complete", "sourceNote": "n" }
              ]
            }
            """;
        var files = new[] { ("/0/guidelines/odg.imrcite.json", text) };
        var generated = (GuidelineCatalogue)GeneratorHarness.Static(Build(files), "ImrCite.Guidelines.GeneratedCatalogue", "Default")!;
        var loaded = CatalogueLoader.FromText(files);
        Assert.Empty(loaded.Diagnostics);
        CatalogueEquivalence.AssertEquivalent(loaded.Catalogue, generated);
        var proposed = generated.FindDocument("odg.pain.2025")!;
        Assert.Equal((DocumentStatus.Proposed, SectionCoverage.Complete, (GuidelineDate?)null), (proposed.Status, proposed.Coverage, proposed.EffectiveFrom));
        Assert.Equal(SectionCoverage.Partial, generated.FindDocument("odg.pain.2016")!.Coverage);
        Assert.Equal("MAXIMUS chapter label table", generated.FindDocument("odg.pain.2016")!.AliasEntries[0].Source);
    }

    [Fact]
    public void SectionMembersCite()
    {
        var assembly = Build((TestCatalogues.MainPath, TestCatalogues.Main), (TestCatalogues.SecondPath, TestCatalogues.Second));
        var opioids = (GuidelineSection)GeneratorHarness.Static(assembly, "ImrCite.Guidelines.Mtus+ChronicPain", "Opioids")!;
        var benzodiazepines = (GuidelineSection)GeneratorHarness.Static(assembly, "ImrCite.Guidelines.Mtus+ChronicPain", "Benzodiazepines")!;
        var whenToContinue = (GuidelineSection)GeneratorHarness.Static(assembly, "ImrCite.Guidelines.Mtus+ChronicPain", "WhenToContinue")!;
        Assert.Equal("MTUS Chronic Pain Medical Treatment Guidelines (2009), Opioids, pp. 74\u201396", opioids.Pages(74, 96).ToString());
        Assert.Equal("MTUS Chronic Pain Medical Treatment Guidelines (2009), Benzodiazepines, p. 24", benzodiazepines.Pages(24).ToString());
        Assert.Equal("opioids", whenToContinue.Parent?.Id);
        Assert.Equal("mtus.cpmtg.2009/opioids", GeneratorHarness.Static(assembly, "ImrCite.Guidelines.Mtus+ChronicPain+Ids", "Opioids"));
        Assert.Equal("mtus.cpmtg.2009", GeneratorHarness.Static(assembly, "ImrCite.Guidelines.Mtus+ChronicPain", "Id"));
        Assert.Contains(opioids.Pages(96, 74).Check(), p => p.Id == "IMR0107");

        var regulation = (GuidelineSection)GeneratorHarness.Static(assembly, "ImrCite.Guidelines.Regulations+MedicalTreatmentUtilizationScheduleRegulations", "_9792_24_2ChronicPainMedicalTreatmentGuidelines")!;
        Assert.Equal("8 C.C.R. \u00a7 9792.24.2", regulation.Cite().ToString());
    }

    /// <summary>
    /// The loader gives sections the catalogue's codeName (CatalogueBuilder sets GuidelineSection.CodeName); the
    /// generated code sets GuidelineDocument.CodeName but never GuidelineSection.CodeName, so it is null.
    /// </summary>
    [Fact]
    public void SectionsKeepTheirCatalogueCodeName()
    {
        var assembly = Build((TestCatalogues.MainPath, TestCatalogues.Main));
        var generated = (GuidelineSection)GeneratorHarness.Static(assembly, "ImrCite.Guidelines.Mtus+ChronicPain", "WhenToContinue")!;
        var loaded = CatalogueLoader.FromText((TestCatalogues.MainPath, TestCatalogues.Main)).Catalogue.FindDocument("mtus.cpmtg.2009")!.FindSection("when-to-continue")!;
        Assert.Equal("WhenToContinue", loaded.CodeName);
        Assert.Equal("WhenToContinue", generated.CodeName);
    }

    /// <summary>
    /// A name with no letters or digits ("???") normalises to the empty key. The generated lookup skips empty keys
    /// and finds nothing; the loaded document's index (GuidelineDocument.FindSectionByName) keeps them, so any
    /// wordless name finds whichever section has a wordless title.
    /// </summary>
    [Fact]
    public void ANameWithoutWordsFindsNoSection()
    {
        string text = EscapingAndNamingTests.File(
            new[] { EscapingAndNamingTests.Source("mtus") },
            EscapingAndNamingTests.Document("doc", "Doc", sections: new[] { EscapingAndNamingTests.Section("wordless", "!!! ???"), EscapingAndNamingTests.Section("real", "Real") }));
        var assembly = Build(("/0/guidelines/wordless.imrcite.json", text));
        var generated = (GuidelineDocument)GeneratorHarness.Static(assembly, "ImrCite.Guidelines.Mtus+Doc", "Document")!;
        var loaded = CatalogueLoader.FromText(("/0/guidelines/wordless.imrcite.json", text)).Catalogue.FindDocument("doc")!;
        Assert.Null(generated.FindSectionByName("???"));
        Assert.Null(loaded.FindSectionByName("???"));
    }

    /// <summary>
    /// Duplicates keep their first declaration (CatalogueBuilder's contract, and the generator's member for the
    /// first "meniscus" carries [GuidelineRecord("…/meniscus")]). GuidelineDocument indexes sections by id with
    /// <c>_sectionsById[id] = section</c>, so the last duplicate wins: FindSection returns "Meniscus Again", and the
    /// citation analyzer checks <c>MeniscusTears.Pages(333, 335)</c> against the wrong section (IMR0104).
    /// </summary>
    [Fact]
    public void DuplicateSectionIdsKeepTheFirstDeclaration()
    {
        string text = EscapingAndNamingTests.File(
            new[] { EscapingAndNamingTests.Source("mtus") },
            EscapingAndNamingTests.Document("knee", "Knee", sections: new[]
            {
                EscapingAndNamingTests.Section("meniscus", "Meniscus Tears"),
                EscapingAndNamingTests.Section("meniscus", "Meniscus Again"),
            }));
        var assembly = Build(("/0/guidelines/knee.imrcite.json", text));
        var generated = (GuidelineDocument)GeneratorHarness.Static(assembly, "ImrCite.Guidelines.Mtus+Knee", "Document")!;
        var loaded = CatalogueLoader.FromText(("/0/guidelines/knee.imrcite.json", text)).Catalogue.FindDocument("knee")!;
        Assert.Equal("Meniscus Tears", loaded.FindSection("meniscus")?.Title);
        Assert.Equal("Meniscus Tears", generated.FindSection("meniscus")?.Title);
    }

    [Fact]
    public void ValidateResolvesToTheGeneratedSection()
    {
        var assembly = Build((TestCatalogues.MainPath, TestCatalogues.Main), (TestCatalogues.SecondPath, TestCatalogues.Second));
        var resolver = (CitationResolver)GeneratorHarness.Static(assembly, "ImrCite.Guidelines.GeneratedCatalogue", "Resolver")!;
        var opioids = (GuidelineSection)GeneratorHarness.Static(assembly, "ImrCite.Guidelines.Mtus+ChronicPain", "Opioids")!;
        var analysis = resolver.Analyze("MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96");
        var citation = Assert.Single(analysis.Citations);
        Assert.Same(opioids, citation.Section);
        Assert.True(analysis.IsValid, string.Join("\n", analysis.Problems));
    }
}
