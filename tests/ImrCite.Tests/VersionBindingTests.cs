using System;
using System.IO;
using System.Linq;
using ImrCite.Catalogue;
using ImrCite.Citations;
using ImrCite.Diagnostics;
using Xunit;

namespace ImrCite.Tests;

/// <summary>
/// A version is read wherever the grammar gives one to the thing it versions: a Drug List version written after the
/// formulary's name ("MTUS Drug Formulary, MTUS Drug List v12"), and an ACOEM guideline named by its version date
/// ("Low Back Disorders Guideline (ACOEM February 13, 2020)"), which picks the version the publisher dated so — never a
/// topic. Synthetic citations on the shipped catalogue, and one synthetic catalogue for the field itself.
/// </summary>
public sealed class VersionBindingTests
{
    private static readonly Lazy<GuidelineCatalogue> Shipped = new(() =>
        CatalogueLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "guidelines") }).Catalogue);

    private static CitationAnalysis Analyze(string text, string date) =>
        new CitationResolver(Shipped.Value).Analyze(text, GuidelineDate.Parse(date));

    // ---- Drug List versions after the formulary's name -------------------------------------------------------

    [Theory]
    [InlineData("Decision based on MTUS Drug Formulary, MTUS Drug List v1", "2018-07-02", "mtus.drug-list.v1", "IMR0109")]
    [InlineData("Decision based on MTUS Drug Formulary, MTUS Drug List v12", "2024-01-15", "mtus.drug-list.v12", "IMR0114")]
    [InlineData("Decision based on MTUS Drug Formulary, MTUS Drug List v3", "2019-01-02", "mtus.drug-list.v3", null)]
    [InlineData("Decision based on MTUS Drug Formulary, and MTUS Drug List, version 7", "2020-12-01", "mtus.drug-list.v7", null)]
    [InlineData("Decision based on MTUS Drug Formulary; Drug List v10", "2025-01-06", "mtus.drug-list.v10", "IMR0109")]
    public void ADrugListVersionAfterTheFormularyNamesThatVersion(string text, string date, string expected, string? finding)
    {
        var analysis = Analyze(text, date);
        Assert.Contains(analysis.Citations, c => c.Document.Id == expected && c.Section is null);
        // The formulary is cited as a whole, not through its section of the same name.
        Assert.DoesNotContain(analysis.Citations, c => c.Section?.Id == "drug-list");
        Assert.Equal(finding is null ? Array.Empty<string>() : new[] { finding }, analysis.Problems.Select(p => p.Id).ToArray());
        if (finding is not null)
        {
            var problem = analysis.Problems[0];
            Assert.StartsWith(expected == "mtus.drug-list.v10" ? "Drug List" : "MTUS Drug List", text.Substring(problem.Start, problem.Length), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheFormularysDrugListSectionWithoutAVersionStaysTheSection()
    {
        var analysis = Analyze("Decision based on MTUS Drug Formulary, MTUS Drug List", "2024-01-15");
        var citation = Assert.Single(analysis.Citations);
        Assert.Equal("mtus.formulary.2018", citation.Document.Id);
        Assert.Equal("drug-list", citation.Section?.Id);
        Assert.Empty(analysis.Problems);
    }

    [Fact]
    public void AnUnheldDrugListVersionAfterTheFormularyIsOneNoteThatListsTheVersionsHeld()
    {
        var analysis = Analyze("Decision based on MTUS Drug Formulary, MTUS Drug List v4", "2019-06-03");
        var problem = Assert.Single(analysis.Problems);
        Assert.Equal(Rules.UnverifiedTopic, problem.Rule);
        Assert.Contains("version v4", problem.Message, StringComparison.Ordinal);
        Assert.Contains("the versions it holds: v1, 2018-05-15, v3, v6,", problem.Message, StringComparison.Ordinal);
        Assert.Equal("mtus.formulary.2018", Assert.Single(analysis.Citations).Document.Id);
    }

    [Theory]
    // A year that repeats the current guideline's own version is no other version: the section stays its.
    [InlineData("Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2016, Opioids 2016", "2017-03-01", "mtus.cpmtg.2016", "Opioids")]
    [InlineData("Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids, criteria for use", "2017-03-01", "mtus.cpmtg.2016", "Opioids, criteria for use")]
    // A section title that is filler ("Recommendations") and the next guideline's year: the year is the next guideline's.
    [InlineData("Decision based on MTUS Knee Disorders 2019, Section(s): Recommendations, and Workplace Mental Health: Depressive Disorders 2020", "2021-03-01", "acoem.2020.knee", "Recommendations")]
    public void AVersionThatFitsTheCurrentGuidelineKeepsItsSection(string text, string date, string document, string section)
    {
        var analysis = Analyze(text, date);
        Assert.Contains(analysis.Citations, c => c.Document.Id == document && c.Section?.Title == section);
        Assert.DoesNotContain(analysis.Problems, p => p.Severity >= ImrSeverity.Warning);
    }

    // ---- ACOEM version dates ---------------------------------------------------------------------------------

    [Theory]
    [InlineData("Decision based on MTUS Low Back Disorders Guideline (ACOEM February 13, 2020), Section(s): Recommendations", "2022-06-02", "acoem.2021.low-back", null)]
    [InlineData("Decision based on MTUS Low Back Disorders Guideline (ACOEM February 13, 2020), Section(s): Recommendations", "2021-01-04", "acoem.2021.low-back", "IMR0114")]
    [InlineData("Decision based on MTUS Low Back Disorders Guideline (ACOEM March 7, 2019), Section(s): Recommendations", "2022-06-02", "acoem.2019.low-back", "IMR0109")]
    [InlineData("Decision based on MTUS Chronic Pain Guideline (ACOEM December 19, 2024), Section(s): Recommendations", "2025-06-02", "acoem.2025.chronic-pain", "IMR0115")]
    [InlineData("Decision based on MTUS Chronic Pain Guideline (ACOEM May 15, 2017), Section(s): Recommendations", "2025-06-02", "acoem.2017.chronic-pain", null)]
    [InlineData("Decision based on Cannabis Guideline (ACOEM January 28, 2025), Section(s): Cannabinoids for Chronic Pain", "2025-06-02", "acoem.2025.cannabis", "IMR0115")]
    [InlineData("Decision based on MTUS Knee Disorders (Dec 3 2019), Section(s): Summary", "2019-05-01", "acoem.2020.knee", "IMR0114")]
    public void AGuidelineNamedByItsVersionDateIsThatVersion(string text, string date, string expected, string? finding)
    {
        var analysis = Analyze(text, date);
        Assert.Equal(expected, Assert.Single(analysis.Citations).Document.Id);
        Assert.Equal(finding is null ? Array.Empty<string>() : new[] { finding }, analysis.Problems.Select(p => p.Id).ToArray());
        Assert.DoesNotContain(analysis.Problems, p => p.Id == "IMR0113");
    }

    [Fact]
    public void EveryCataloguedVersionDateNamesItsVersionOnADayInItsWindow()
    {
        var dated = Shipped.Value.Documents.Where(d => d.VersionDate is not null).ToList();
        Assert.True(dated.Count >= 20, $"only {dated.Count} documents have a version date");
        foreach (var document in dated)
        {
            var day = document.VersionDate!.Value;
            string written = $"{new DateTime(day.Year, day.Month, day.Day):MMMM} {day.Day}, {day.Year}";
            string text = $"Decision based on MTUS {document.Title} Guideline (ACOEM {written}), Section(s): {document.Sections[0].Title}";
            string on = (document.EffectiveFrom ?? new GuidelineDate(2026, 1, 5)).ToString();
            var analysis = Analyze(text, on);
            var citation = Assert.Single(analysis.Citations);
            Assert.True(document.Id == citation.Document.Id, $"{text} on {on}: {citation.Document.Id}");
            Assert.Equal(document.IsProposed ? new[] { "IMR0115" } : Array.Empty<string>(), analysis.Problems.Select(p => p.Id).ToArray());
            // The date is the catalogue's data, taken from the facts its source note gives.
            Assert.Contains(written, document.SourceNote, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ADateThatNamesNoVersionIsOneNoteThatListsTheVersionsNotATopic()
    {
        const string text = "Decision based on MTUS Chronic Pain Guideline (ACOEM December 18, 2024), Section(s): Recommendations";
        var analysis = Analyze(text, "2025-06-02");
        var problem = Assert.Single(analysis.Problems);
        Assert.Equal(Rules.UnverifiedTopic, problem.Rule);
        Assert.Equal("Chronic Pain Guideline (ACOEM December 18, 2024)", text.Substring(problem.Start, problem.Length));
        Assert.Contains("version dated 2024-12-18", problem.Message, StringComparison.Ordinal);
        Assert.Contains("dated 2017-05-15 (in force from 2017-12-01); dated 2024-12-19 (proposed, not adopted)", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'December 18'", problem.Message, StringComparison.Ordinal);
        Assert.Empty(analysis.Citations);
    }

    [Theory]
    // Dates that something else qualifies are not versions: ODG's update date, a regulation's effective date.
    [InlineData("Decision based on Non-MTUS Citation ODG Pain (Chronic) (updated July 10, 2015), Opioids, criteria for use", "2016-01-15")]
    [InlineData("Decision based on MTUS Chronic Pain Medical Treatment Guidelines 8 C.C.R. 9792.20 - 9792.26 MTUS (Effective July 18, 2009), Opioids", "2015-03-02")]
    // A date the catalogue cannot check (no version of the name is dated) is passed over.
    [InlineData("Decision based on MTUS Opioids Treatment Guidelines MTUS - 8 C.C.R. 9792.24.4 (July 28, 2016)", "2017-03-01")]
    public void ADateThatIsNoVersionDateChangesNothing(string text, string date)
    {
        var analysis = Analyze(text, date);
        Assert.NotEmpty(analysis.Citations);
        Assert.DoesNotContain(analysis.Problems, p => p.Id is "IMR0113" or "IMR0114" or "IMR0115" or "IMR0101" or "IMR0102");
    }

    // ---- the catalogue field ---------------------------------------------------------------------------------

    private static string File(string versionDate) => $$"""
        {
          "sources": [ { "id": "pub", "name": "Publisher", "tier": "mtus" } ],
          "documents": [
            { "id": "pub.knee.1", "source": "pub", "title": "Knee Care", "edition": "2015", {{versionDate}}
              "effectiveFrom": "2017-01-01", "effectiveTo": "2019-12-31", "supersededBy": "pub.knee.2", "supersededOn": "2020-01-01",
              "sourceNote": "Test.", "sections": [ { "id": "summary", "title": "Summary" } ] },
            { "id": "pub.knee.2", "source": "pub", "title": "Knee Care", "edition": "2019", "versionDate": "2019-06-30",
              "effectiveFrom": "2020-01-01", "sourceNote": "Test.", "sections": [ { "id": "summary", "title": "Summary" } ] }
          ]
        }
        """;

    private static LoadedCatalogue Load(string text) => CatalogueLoader.FromText(("test.imrcite.json", text));

    [Fact]
    public void TheCatalogueReadsAVersionDateAndTheResolverPicksByIt()
    {
        var loaded = Load(File("\"versionDate\": \"2015-10-28\","));
        Assert.Empty(loaded.Diagnostics);
        Assert.Equal(new GuidelineDate(2015, 10, 28), loaded.Catalogue.FindDocument("pub.knee.1")!.VersionDate);
        var resolver = new CitationResolver(loaded.Catalogue);
        var old = resolver.Analyze("Knee Care Guideline (October 28, 2015), Summary", new GuidelineDate(2021, 3, 1));
        Assert.Equal("pub.knee.1", Assert.Single(old.Citations).Document.Id);
        Assert.Equal("IMR0109", Assert.Single(old.Problems).Id);
        var current = resolver.Analyze("Knee Care (June 30, 2019), Summary", new GuidelineDate(2021, 3, 1));
        Assert.Equal("pub.knee.2", Assert.Single(current.Citations).Document.Id);
        Assert.Empty(current.Problems);
    }

    [Fact]
    public void AVersionDateThatIsNoDateIsReportedAtTheValue()
    {
        var loaded = Load(File("\"versionDate\": \"2015-02-30\","));
        var diagnostic = Assert.Single(loaded.Diagnostics);
        Assert.Equal("IMR0013", diagnostic.Id);
    }
}
