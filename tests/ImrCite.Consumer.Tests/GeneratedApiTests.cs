using System;
using System.Linq;
using System.Reflection;
using ImrCite.Catalogue;
using ImrCite.Citations;
using ImrCite.Guidelines;
using Xunit;

// The tests are public for xunit, not documented: CS1591 is for the generated API (GenerateDocumentationFile).
#pragma warning disable CS1591

namespace ImrCite.Consumer.Tests;

/// <summary>A project consuming the generator on the shipped catalogue, calling the generated API.</summary>
public sealed class GeneratedApiTests
{
    [Fact]
    public void SectionPagesCite()
    {
        Assert.Equal("MTUS Chronic Pain Medical Treatment Guidelines (2009), Opioids, pp. 74\u201396", Mtus.ChronicPain.Opioids.Pages(74, 96).ToString());
        Assert.Equal("MTUS Chronic Pain Medical Treatment Guidelines (2009), Benzodiazepines, p. 24", Mtus.ChronicPain.Benzodiazepines.Pages(24).ToString());
        Assert.True(Mtus.ChronicPain.Opioids.Pages(74, 96).IsValid);
        Assert.Empty(Mtus.ChronicPain.Benzodiazepines.Pages(24).Check());
    }

    [Fact]
    public void DocumentPagesCite()
    {
        Assert.Equal("MTUS Chronic Pain Medical Treatment Guidelines (2009), p. 24", Mtus.ChronicPain.Pages(24).ToString());
        Assert.Equal("MTUS Chronic Pain Medical Treatment Guidelines (2009)", Mtus.ChronicPain.Cite().ToString());
        Assert.Equal("mtus.cpmtg.2009", Mtus.ChronicPain.Id);
        Assert.Same(Mtus.ChronicPain.Document, Mtus.ChronicPain.Opioids.Document);
    }

    [Fact]
    public void AReversedRangeIsReported()
    {
#pragma warning disable IMR0107 // the citation analyzer flags this constant range at compile time, as it should
        var citation = Mtus.ChronicPain.Opioids.Pages(96, 74);
#pragma warning restore IMR0107
        var problem = Assert.Single(citation.Check(), p => p.Id == "IMR0107");
        Assert.Equal("74-96", problem.Suggestion);
        Assert.False(citation.IsValid);
    }

    private static string Topic(string sectionId) => sectionId switch
    {
        Mtus.ChronicPain.Ids.Opioids => "opioids",
        Mtus.ChronicPain.Ids.Benzodiazepines => "benzodiazepines",
        _ => "other",
    };

    [AttributeUsage(AttributeTargets.Method)]
    private sealed class CitesAttribute : Attribute
    {
        public CitesAttribute(string id)
        {
            Id = id;
        }

        public string Id { get; }
    }

    [Cites(Mtus.ChronicPain.Ids.Opioids)]
    private static void MarkedWithAConstantId()
    {
    }

    [Fact]
    public void IdsAreConstants()
    {
        Assert.Equal("opioids", Topic(Mtus.ChronicPain.Opioids.FullId));
        Assert.Equal("benzodiazepines", Topic("mtus.cpmtg.2009/benzodiazepines"));
        Assert.Equal("other", Topic(Mtus.ChronicPain.Id));

        var attribute = typeof(GeneratedApiTests).GetMethod(nameof(MarkedWithAConstantId), BindingFlags.NonPublic | BindingFlags.Static)!.GetCustomAttribute<CitesAttribute>()!;
        Assert.Equal(Mtus.ChronicPain.Opioids.FullId, attribute.Id);

        switch (Mtus.ChronicPain.Benzodiazepines.FullId)
        {
            case Mtus.ChronicPain.Ids.Opioids:
                Assert.Fail("wrong case");
                break;
            case Mtus.ChronicPain.Ids.Benzodiazepines:
                break;
            default:
                Assert.Fail("no case matched");
                break;
        }
    }

    [Fact]
    public void TheGeneratedCatalogueHoldsTheGeneratedDocuments()
    {
        var catalogue = GeneratedCatalogue.Default;
        Assert.Same(Mtus.ChronicPain.Document, catalogue.FindDocument(Mtus.ChronicPain.Id));
        Assert.Same(Mtus.ChronicPain.Opioids, catalogue.FindSection(Mtus.ChronicPain.Ids.Opioids));
        Assert.NotNull(catalogue.FindSource("mtus"));
        Assert.True(catalogue.Documents.Count >= 5, $"Only {catalogue.Documents.Count} documents");
        Assert.Equal(catalogue.Documents.Count, catalogue.Documents.Select(d => d.Id).Distinct().Count());
        Assert.All(catalogue.Documents, d => Assert.NotNull(catalogue.FindSource(d.SourceId)));
    }

    [Fact]
    public void ValidateResolvesToTheGeneratedSection()
    {
        var analysis = GeneratedCatalogue.Validate("MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96");
        var citation = Assert.Single(analysis.Citations);
        Assert.Same(Mtus.ChronicPain.Opioids, citation.Section);
        Assert.Equal(Mtus.ChronicPain.Ids.Opioids, citation.Section!.FullId);
        Assert.Equal(Mtus.ChronicPain.Opioids.Pages(74, 96), citation);
        Assert.True(analysis.IsValid, string.Join("\n", analysis.Problems));
    }

    [Fact]
    public void ValidateReportsABadCitation()
    {
        var reversed = GeneratedCatalogue.Validate("MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 96-74");
        Assert.Contains(reversed.Problems, p => p.Id == "IMR0107");
        Assert.False(reversed.IsValid);

        var unknown = GeneratedCatalogue.Validate("Imaginary Guidelines for Everything, Opioids, p. 5");
        Assert.NotEmpty(unknown.Problems);
        Assert.False(unknown.IsValid);

        var beyond = GeneratedCatalogue.Validate("MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 400-410");
        Assert.NotEmpty(beyond.Problems);
        Assert.False(beyond.IsValid);
    }

    [Fact]
    public void ValidateHonoursTheDecisionDate()
    {
        // The 2009 guidelines were superseded on 2016-07-28: citing them for a later decision is flagged (IMR0109).
        var analysis = GeneratedCatalogue.Validate("MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96", new GuidelineDate(2020, 1, 15));
        Assert.Contains(analysis.Problems, p => p.Id == "IMR0109");
    }
}
