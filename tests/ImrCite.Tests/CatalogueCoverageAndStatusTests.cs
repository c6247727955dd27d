using System;
using System.Linq;
using ImrCite.Catalogue;
using ImrCite.Tests.Support;
using Xunit;
using static ImrCite.Tests.Support.Catalogues;

namespace ImrCite.Tests;

/// <summary>
/// A source's and a document's <c>coverage</c> (is the section list complete?), and a document's <c>status</c>
/// with <c>proposedOn</c> (a proposal is never in force).
/// </summary>
public sealed class CatalogueCoverageAndStatusTests
{
    /// <summary>A file with the source (extra source fields allowed) and the documents given.</summary>
    private static string File(string sourceExtra, params string[] documents) =>
        "{\n  \"sources\": [ { \"id\": \"odg\", \"name\": \"ODG\", \"tier\": \"guideline\"" + sourceExtra + " } ],\n  \"documents\": [\n    "
        + string.Join(",\n    ", documents) + "\n  ]\n}\n";

    private static string Document(string id, string extra, string dates = "\"effectiveFrom\": \"2016-01-01\", ") =>
        "{ \"id\": \"" + id + "\", \"source\": \"odg\", \"title\": \"Pain " + id + "\", \"edition\": \"2016\", " + dates + "\"sourceNote\": \"n\"" + extra + " }";

    // ---- coverage ------------------------------------------------------------------------------

    [Fact]
    public void CoverageDefaultsToCompleteOnSourceAndDocument()
    {
        var loaded = Load(File("", Document("odg.pain", "")));
        AssertClean(loaded);
        Assert.Equal(SectionCoverage.Complete, loaded.Catalogue.FindSource("odg")!.Coverage);
        Assert.Equal(SectionCoverage.Complete, loaded.Catalogue.FindDocument("odg.pain")!.Coverage);
    }

    [Fact]
    public void DocumentCoverageDefaultsToItsSources()
    {
        var loaded = Load(File(", \"coverage\": \"partial\"", Document("odg.pain", ""), Document("odg.knee", ", \"coverage\": \"complete\"")));
        AssertClean(loaded);
        Assert.Equal(SectionCoverage.Partial, loaded.Catalogue.FindSource("odg")!.Coverage);
        Assert.Equal(SectionCoverage.Partial, loaded.Catalogue.FindDocument("odg.pain")!.Coverage);
        Assert.Equal(SectionCoverage.Complete, loaded.Catalogue.FindDocument("odg.knee")!.Coverage);
    }

    [Fact]
    public void DocumentCoverageOverridesACompleteSource()
    {
        var loaded = Load(File("", Document("odg.pain", ", \"coverage\": \"partial\"")));
        AssertClean(loaded);
        Assert.Equal(SectionCoverage.Partial, loaded.Catalogue.FindDocument("odg.pain")!.Coverage);
    }

    [Theory]
    [InlineData("\"some\"")]
    [InlineData("\"Partial\"")]
    [InlineData("true")]
    public void UnknownCoverageIsInvalidAtTheValue(string value)
    {
        string text = File("", Document("odg.pain", ", \"coverage\": " + value));
        var diagnostic = AssertSingle(Load(text), "IMR0004");
        AssertSpan(diagnostic, text, value);
        Assert.Contains("coverage", diagnostic.Message, StringComparison.Ordinal);
    }

    // ---- status and proposedOn -----------------------------------------------------------------

    [Fact]
    public void StatusDefaultsToAdoptedAndAnAdoptedDocumentIsInForceInItsWindow()
    {
        var loaded = Load(File("", Document("odg.pain", ", \"effectiveTo\": \"2017-12-31\"")));
        AssertClean(loaded);
        var document = loaded.Catalogue.FindDocument("odg.pain")!;
        Assert.Equal(DocumentStatus.Adopted, document.Status);
        Assert.False(document.IsProposed);
        Assert.True(document.IsInForceOn(new GuidelineDate(2016, 1, 1)));
        Assert.True(document.IsInForceOn(new GuidelineDate(2017, 12, 31)));
        Assert.False(document.IsInForceOn(new GuidelineDate(2015, 12, 31)));
        Assert.False(document.IsInForceOn(new GuidelineDate(2018, 1, 1)));
    }

    [Fact]
    public void ProposedDocumentHasNoEffectiveDateAndIsNeverInForce()
    {
        var loaded = Load(File("", Document("odg.draft", ", \"status\": \"proposed\", \"proposedOn\": \"2024-03-01\"", dates: "")));
        AssertClean(loaded);
        var document = loaded.Catalogue.FindDocument("odg.draft")!;
        Assert.Equal(DocumentStatus.Proposed, document.Status);
        Assert.True(document.IsProposed);
        Assert.Equal(new GuidelineDate(2024, 3, 1), document.ProposedOn);
        Assert.Null(document.EffectiveFrom);
        Assert.Null(document.EffectiveTo);
        foreach (var date in new[] { new GuidelineDate(1, 1, 1), new GuidelineDate(2024, 3, 1), new GuidelineDate(9999, 12, 31) })
        {
            Assert.False(document.IsInForceOn(date), date.ToString());
        }
    }

    [Fact]
    public void ProposedDocumentWithoutProposedOnIsAMissingFieldAtTheDocument()
    {
        string text = File("", Document("odg.draft", ", \"status\": \"proposed\"", dates: ""));
        var diagnostic = AssertSingle(Load(text), "IMR0003");
        AssertAt(diagnostic, text, "{ \"id\": \"odg.draft\"");
        Assert.Contains("'proposedOn'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"effectiveFrom\": \"2024-06-01\"")]
    [InlineData("\"effectiveTo\": \"2024-06-01\"")]
    public void EffectiveDateOnAProposedDocumentIsInvalidAtTheField(string field)
    {
        string text = File("", Document("odg.draft", ", \"status\": \"proposed\", \"proposedOn\": \"2024-03-01\", " + field, dates: ""));
        var loaded = Load(text);
        var diagnostic = AssertSingle(loaded, "IMR0004");
        AssertSpan(diagnostic, text, field);
        Assert.Contains("proposed", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(loaded.Catalogue.FindDocument("odg.draft")!.EffectiveFrom);
        Assert.False(loaded.Catalogue.FindDocument("odg.draft")!.IsInForceOn(new GuidelineDate(2025, 1, 1)));
    }

    [Fact]
    public void AdoptedDocumentWithoutEffectiveFromIsStillAMissingField()
    {
        string text = File("", Document("odg.pain", ", \"status\": \"adopted\"", dates: ""));
        var loaded = Load(text);
        var diagnostic = AssertSingle(loaded, "IMR0003");
        Assert.Contains("'effectiveFrom'", diagnostic.Message, StringComparison.Ordinal);
        // The model does not invent a date: the document is in force on no day.
        Assert.Null(loaded.Catalogue.FindDocument("odg.pain")!.EffectiveFrom);
        Assert.False(loaded.Catalogue.FindDocument("odg.pain")!.IsInForceOn(new GuidelineDate(2020, 1, 1)));
    }

    [Fact]
    public void ProposedOnOnAnAdoptedDocumentIsKept()
    {
        var loaded = Load(File("", Document("odg.pain", ", \"proposedOn\": \"2015-06-01\"")));
        AssertClean(loaded);
        Assert.Equal(new GuidelineDate(2015, 6, 1), loaded.Catalogue.FindDocument("odg.pain")!.ProposedOn);
    }

    [Theory]
    [InlineData("\"status\": \"draft\"", "\"draft\"", "IMR0004")]
    [InlineData("\"status\": \"proposed\", \"proposedOn\": \"2024-02-30\"", "\"2024-02-30\"", "IMR0013")]
    public void BadStatusOrProposedOnIsReportedAtTheValue(string fields, string value, string id)
    {
        string text = File("", Document("odg.draft", ", " + fields, dates: fields.Contains("proposed", StringComparison.Ordinal) ? "" : "\"effectiveFrom\": \"2016-01-01\", "));
        var diagnostic = AssertSingle(Load(text), id);
        AssertSpan(diagnostic, text, value);
    }

    [Fact]
    public void ProposedVersionSharingANameWithTheAdoptedOneIsNotAmbiguousAndIsNotChosenByName()
    {
        // IMR0016 compares windows in force; a proposal has none, so sharing the title is fine.
        string adopted = "{ \"id\": \"odg.pain.2016\", \"source\": \"odg\", \"title\": \"Pain\", \"edition\": \"2016\", \"effectiveFrom\": \"2016-01-01\", \"sourceNote\": \"n\" }";
        string proposed = "{ \"id\": \"odg.pain.2025\", \"source\": \"odg\", \"title\": \"Pain\", \"edition\": \"2025\", \"status\": \"proposed\", \"proposedOn\": \"2025-01-01\", \"sourceNote\": \"n\" }";
        var loaded = Load(File("", proposed, adopted));
        AssertClean(loaded);
        var candidates = loaded.Catalogue.FindDocumentsByName("Pain");
        Assert.Equal(2, candidates.Count);
        Assert.Equal("odg.pain.2016", GuidelineCatalogue.Choose(candidates, null)!.Id);
        Assert.Equal("odg.pain.2016", GuidelineCatalogue.Choose(candidates, new GuidelineDate(2025, 6, 1))!.Id);
        var onlyProposed = candidates.Where(d => d.IsProposed).ToList();
        Assert.Equal("odg.pain.2025", GuidelineCatalogue.Choose(onlyProposed, new GuidelineDate(2025, 6, 1))!.Id);
    }
}
