using System;
using System.IO;
using System.Linq;
using ImrCite.Catalogue;
using ImrCite.Citations;
using ImrCite.Diagnostics;
using Xunit;

namespace ImrCite.Tests;

/// <summary>
/// An open source's topic title in the form "Noun, qualifier" (ODG's own style: "Opioids, dosing", "TENS, post operative
/// pain"): when the head is a catalogued topic and the qualifier is not, the whole title is one topic the catalogue lacks
/// (unverified), not the catalogued head and a fragment. Only inside a statement marked "Non-MTUS Citation", only for a
/// non-MTUS guideline, only for one lower-case clause that names nothing catalogued and misspells no catalogued title;
/// never in the MTUS and never in rationale prose. Citation strings of our own wording.
/// </summary>
public sealed class OpenTopicTitleTests
{
    private static readonly CitationResolver Grammar = new(LoadGrammar());

    private static readonly Lazy<CitationResolver> Shipped = new(() =>
        new CitationResolver(CatalogueLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "guidelines") }).Catalogue));

    private static GuidelineCatalogue LoadGrammar()
    {
        var loaded = CatalogueLoader.FromText(("grammar.imrcite.json", NameGrammarTests.Json));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == ImrSeverity.Error);
        return loaded.Catalogue;
    }

    private static string[] Resolved(CitationAnalysis analysis) =>
        analysis.Matches.Where(m => m.Citation is not null).Select(m => m.Citation!.Section?.FullId ?? m.Citation!.Document.Id).ToArray();

    private static string Spanned(string text, CitationProblem problem) => text.Substring(problem.Start, problem.Length);

    [Theory]
    [InlineData("Decision based on Non-MTUS Citation SEN Neck, Traction, home use (pneumatic)", "Traction, home use (pneumatic)", "sen.neck")]
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back, Lumbar supports, after fusion", "Lumbar supports, after fusion", "sen.low-back")]
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back (Acute & Chronic), Epidural steroid injections (ESIs), repeat blocks.", "Epidural steroid injections (ESIs), repeat blocks", "sen.low-back")]
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back, Lumbar supports, prevention; SEN Neck, Traction", "Lumbar supports, prevention", "sen.low-back")]
    public void ACataloguedTopicWithAQualifierIsOneTopicTheCatalogueLacks(string text, string topic, string document)
    {
        var analysis = Grammar.Analyze(text, GuidelineDate.Parse("2017-01-15"));
        var note = Assert.Single(analysis.Problems);
        Assert.Equal(Rules.UnverifiedTopic, note.Rule);
        Assert.Equal(topic, Spanned(text, note));
        var unverified = Assert.Single(analysis.Matches, m => m.Outcome == CitationOutcome.Unverified);
        Assert.Equal(document, unverified.RecognisedDocument!.Id);
        Assert.DoesNotContain(analysis.Matches, m => m.Citation?.Section?.Id is "lumbar-supports" && m.Start == unverified.Start);
        Assert.True(analysis.IsValid);
    }

    [Fact]
    public void ODGsOwnStyleOnTheShippedCatalogueIsOneUnverifiedTopic()
    {
        const string text = "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Knee & Leg (Acute & Chronic), Knee brace, after ligament repair";
        var analysis = Shipped.Value.Analyze(text, GuidelineDate.Parse("2016-12-20"));
        var note = Assert.Single(analysis.Problems);
        Assert.Equal(Rules.UnverifiedTopic, note.Rule);
        Assert.Equal("Knee brace, after ligament repair", Spanned(text, note));
        Assert.Empty(Resolved(analysis));
    }

    [Theory]
    // A capital after the comma starts the next topic of the list.
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back, Lumbar supports, Spinal cord stimulators", "sen.low-back/lumbar-supports")]
    // A lower-case catalogued topic is the next topic too: the longer span would swallow it.
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back, Lumbar supports, work conditioning", "sen.low-back/lumbar-supports")]
    // Two lower-case clauses are a list, not one qualifier.
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back, Lumbar supports, rigid, elastic", "sen.low-back/lumbar-supports")]
    // Words that begin prose or a list are no qualifier.
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back, Lumbar supports, and the reviewer's notes", "sen.low-back/lumbar-supports")]
    [InlineData("Decision based on Non-MTUS Citation SEN Low Back, Lumbar supports, which were not found to help in chronic low back pain", "sen.low-back/lumbar-supports")]
    // Not a statement marked "Non-MTUS Citation": prose that names a topic.
    [InlineData("The SEN Low Back chapter, Lumbar supports, advises against them", "sen.low-back/lumbar-supports")]
    // The MTUS: its section lists are not an open source's topic titles.
    [InlineData("Decision based on MTUS Pain Treatment 2009, Section(s): Naproxen, long term use", "mtus.pain.2009/naproxen")]
    public void TheCataloguedTopicStaysWhereTheCommaDoesNotJoinAQualifier(string text, string expected)
    {
        var analysis = Grammar.Analyze(text, GuidelineDate.Parse("2016-01-15"));
        Assert.Contains(expected, Resolved(analysis));
    }

    [Fact]
    public void ATopicNamedInRationaleProseInTheMtusStaysResolved()
    {
        // Prose, not a statement, read from its anchor word as lint reads a rationale: a catalogued section in quotes, then
        // the sentence goes on after a comma in lower case.
        const string text = "MTUS Opioids Treatment Guidelines (\"Tapering opioids\"), and where needed, other sources on weaning";
        var analysis = Shipped.Value.Analyze(text, GuidelineDate.Parse("2016-12-20"));
        Assert.Contains("mtus.opioids.2016/s4", Resolved(analysis));
    }

    [Fact]
    public void AQualifierThatMisspellsTheRestOfACataloguedTitleIsThatMisspelling()
    {
        // "Opioids, criteria for use" is an ODG alias: "Opioids, critera for use" misspells it, and the finding is the misspelling.
        const string text = "Decision based on Non-MTUS Citation ODG Pain (Chronic), Opioids, critera for use";
        var analysis = Shipped.Value.Analyze(text, GuidelineDate.Parse("2016-12-20"));
        var error = Assert.Single(analysis.Problems);
        Assert.Equal(Rules.UnknownSection, error.Rule);
        Assert.Equal("Opioids, criteria for use", error.Suggestion);
    }

    [Fact]
    public void AQualifierThatBeginsWithATreatmentIsTheNextTopicOfTheList()
    {
        // "cold therapy unit" is a treatment the catalogue names: a second topic, not a qualifier of the first.
        const string text = "Decision based on Non-MTUS Citation ODG Low Back - Lumbar & Thoracic (Acute & Chronic), Lumbar supports, cold therapy unit";
        var analysis = Shipped.Value.Analyze(text, GuidelineDate.Parse("2016-12-20"));
        Assert.Contains("odg.low-back/lumbar-supports", Resolved(analysis));
    }

    [Fact]
    public void TheLaterEditionsTitleOfA2009SectionReadsAsThatSection()
    {
        // "Physical medicine treatment" is the 2016 title of the 2009 "Physical medicine": read against 2009 (no decision
        // date picks the earliest), it is that section, not "Physical medicine" and a topic called "treatment".
        const string text = "MTUS Chronic Pain Treatment Guidelines Physical medicine treatment Page(s): 98-99";
        var analysis = Shipped.Value.Analyze(text, null);
        Assert.DoesNotContain(analysis.Problems, p => p.Rule == Rules.UnverifiedTopic);
        Assert.Equal(new[] { "mtus.cpmtg.2009/physical-medicine" }, Resolved(analysis));
    }
}
