using System;
using System.IO;
using System.Linq;
using ImrCite.Catalogue;
using Xunit;

namespace ImrCite.Tests;

/// <summary>
/// The topic check (IMR0200) on the shipped catalogue, for what the second blind evaluation found
/// (benchmarks/accuracy/blind-topic-2/RESULTS.md): an operation the catalogue does not name, read by the surgical suffix
/// of its word, and the suggestions for the ACOEM guidelines adopted by Administrative Director order. Synthetic items.
/// </summary>
public sealed class ShippedTopicReadingTests
{
    private static readonly Lazy<GuidelineCatalogue> Loaded = new(() =>
        CatalogueLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "guidelines") }).Catalogue);

    private static GuidelineCatalogue Catalogue => Loaded.Value;

    private static GuidelineSection Section(string id) =>
        Catalogue.FindSection(id) ?? throw new Xunit.Sdk.XunitException($"No section '{id}'.");

    private static GuidelineDocument Document(string id) =>
        Catalogue.Documents.FirstOrDefault(d => d.Id == id) ?? throw new Xunit.Sdk.XunitException($"No document '{id}'.");

    private static TopicVerdict Verdict(string section, string item) =>
        Catalogue.Judge(Section(section), DisputedItemReading.Read(item, Catalogue)).Verdict;

    [Theory]
    [InlineData("Left middle finger tenosynovectomy")]
    [InlineData("Release of trigger finger, left index finger")]
    [InlineData("Trigger finger release of the left thumb")]
    [InlineData("Dupuytren fasciectomy, left little finger")]
    public void AHandOperationTheCatalogueDoesNotNameIsReportedOnTheLowBackSurgerySection(string item)
    {
        Assert.Equal(TopicVerdict.DoesNotAddress, Verdict("acoem.2004.ch12/ch12-surgical-considerations", item));
        Assert.NotEqual(TopicVerdict.DoesNotAddress, Verdict("acoem.2004.ch11/ch11-surgical-considerations", item));
    }

    [Theory]
    [InlineData("acoem.2004.ch8/ch8-surgical-considerations", "Cervical foraminotomy at C5-6")]
    [InlineData("acoem.2004.ch13/ch13-surgical-considerations", "Right knee synovial plica excision arthroplasty")]
    public void AnOperationReadByItsSuffixIsAddressedByItsOwnChaptersSurgerySection(string section, string item)
    {
        var reading = DisputedItemReading.Read(item, Catalogue);
        Assert.False(reading.IsUnknown);
        Assert.Equal(TopicVerdict.Addresses, Catalogue.Judge(Section(section), reading).Verdict);
    }

    [Theory]
    [InlineData("Cortisone injection for lateral epicondylitis of the right elbow")] // named by its words, not by the treatment
    [InlineData("Lumbosacral orthosis with thoracic extension")] // no operation
    [InlineData("Extended release morphine 30 mg")] // "release" of a drug's form is no operation
    public void ItemsWithoutAnOperationAreNotReadAsSurgery(string item)
    {
        var reading = DisputedItemReading.Read(item, Catalogue);
        Assert.DoesNotContain(reading.Treatments, t => t.Id == "surgery");
    }

    private static readonly GuidelineDate AfterTheAdOrders = new(2018, 3, 1);

    private static GuidelineSection? FirstSuggestion(string item, GuidelineDate asOf, GuidelineSection[] cited, GuidelineDocument[] citedDocuments) =>
        Catalogue.SuggestSections(DisputedItemReading.Read(item, Catalogue), asOf, cited, citedDocuments).FirstOrDefault();

    [Fact]
    public void ABodyPartTreatmentIsNotPointedAtAHeadingAboutNoBodyPart()
    {
        // A lumbar MRI decided on the knee guideline: the general approach chapter's "Summary" is about no body part.
        var suggestion = FirstSuggestion("Lumbar MRI with and without contrast", AfterTheAdOrders, Array.Empty<GuidelineSection>(), new[] { Document("acoem.2017.knee") });
        Assert.NotNull(suggestion);
        Assert.Equal("acoem.2017.low-back", suggestion!.Document.Id);
    }

    [Theory]
    [InlineData("Partial meniscectomy of the right knee", "acoem.2011.hip-groin", "acoem.2017.knee")]
    [InlineData("Arthroscopic acromioplasty, left shoulder", "acoem.2017.elbow", "acoem.2017.shoulder")]
    [InlineData("Radiographs of the neck, two views", "acoem.2017.hand-wrist-forearm", "acoem.2017.cervical-thoracic-spine")]
    public void AfterTheAdOrdersTheBodyPartsGuidelineIsSuggestedWhenNothingCloserAddressesTheItem(string item, string cited, string expected)
    {
        var suggestion = FirstSuggestion(item, AfterTheAdOrders, Array.Empty<GuidelineSection>(), new[] { Document(cited) });
        Assert.NotNull(suggestion);
        Assert.Equal(expected, suggestion!.Document.Id);
    }

    [Fact]
    public void ASectionOnCareAfterSurgeryIsNotSuggestedForTheSurgeryItself()
    {
        var suggestions = Catalogue.SuggestSections(DisputedItemReading.Read("Partial meniscectomy of the right knee", Catalogue), AfterTheAdOrders,
            Array.Empty<GuidelineSection>(), new[] { Document("acoem.2011.hip-groin") });
        Assert.DoesNotContain(suggestions, s => s.Document.Id == "mtus.postsurgical.2009");
        // ... and still is for the care after it.
        var afterwards = Catalogue.SuggestSections(DisputedItemReading.Read("Post-operative physical therapy after a right knee meniscectomy", Catalogue), AfterTheAdOrders,
            Array.Empty<GuidelineSection>(), new[] { Document("acoem.2011.hip-groin") });
        Assert.Contains(afterwards, s => s.FullId == "mtus.postsurgical.2009/knee");
    }

    [Fact]
    public void ASectionTitledByTheItemsClassComesBeforeABroaderHeadingOfTheSameBodyPart()
    {
        // An elbow injection decided on the shoulder chapter's injections: the revised elbow chapter's "Injections", not
        // the 2004 elbow chapter's "Physical Methods".
        var suggestion = FirstSuggestion("Steroid injection to the right lateral epicondyle", new GuidelineDate(2015, 6, 1),
            new[] { Section("acoem.2004.ch9/ch9-injections") }, new[] { Document("acoem.2004.ch9") });
        Assert.NotNull(suggestion);
        Assert.Equal("acoem.2007.elbow/elbow-2007-injections", suggestion!.FullId);
    }

    private static string? MtusInstead(string statement, GuidelineDate asOf)
    {
        var analysis = new ImrCite.Citations.CitationResolver(Catalogue).Analyze(statement, asOf);
        return analysis.Problems.SingleOrDefault(p => p.Rule == ImrCite.Diagnostics.Rules.NonMtusForMtusTopic)?.Suggestion;
    }

    [Theory]
    // A testing topic of a head-injury chapter: the MTUS section titled by what it is (a psychological evaluation), not a
    // stress chapter's "Referral" whose scope merely lists psychological evaluations.
    [InlineData("Decision based on Non-MTUS Citation ODG Traumatic Brain Injury, Neuropsychological testing", "mtus.cpmtg.2016/2016-psychological-evaluations")]
    // Among sections titled by the topic, the one whose title says no more than the topic.
    [InlineData("Decision based on Non-MTUS Citation ODG Low Back - Lumbar & Thoracic (Acute & Chronic), Opioids", "mtus.cpmtg.2016/2016-opioids")]
    // A title that states the other purpose is no match for one that states a purpose: a diagnostic block is not pointed
    // at the section on therapeutic blocks.
    [InlineData("Decision based on Non-MTUS Citation ODG Low Back - Lumbar & Thoracic (Acute & Chronic), Facet joint diagnostic blocks (injections)", "mtus.cpmtg.2016/2016-facet-blocks")]
    public void TheMtusSectionNamedForANonMtusTopicIsTheOneTitledByIt(string statement, string expected)
    {
        Assert.Equal(expected, MtusInstead(statement, new GuidelineDate(2016, 12, 20)));
    }

    [Theory]
    // A visit whose subject is the patient's medicines is a visit: the office-visit section addresses it.
    [InlineData("Medication management visits x 4")]
    [InlineData("Psychiatric medication management, monthly for 3 months")]
    [InlineData("Medication review with the treating physician, 2 visits")]
    [InlineData("Pharmacologic management, 5 sessions")]
    public void AVisitToManageMedicinesIsAddressedByTheOfficeVisitSection(string item)
    {
        Assert.NotEqual(TopicVerdict.DoesNotAddress, Verdict("mtus.cpmtg.2016/2016-office-visits", item));
        Assert.NotEqual(TopicVerdict.DoesNotAddress, Verdict("odg.mental/office-visits", item));
    }

    [Fact]
    public void ADrugNamedBesideItsManagementVisitsIsStillThatDrug()
    {
        // The visits are about an opioid: the benzodiazepine section is still another drug's.
        Assert.Equal(TopicVerdict.DoesNotAddress, Verdict("mtus.cpmtg.2016/2016-benzodiazepines", "Opioid medication management visits x 3"));
        Assert.NotEqual(TopicVerdict.DoesNotAddress, Verdict("mtus.cpmtg.2016/2016-office-visits", "Opioid medication management visits x 3"));
    }

    [Fact]
    public void ACervicalInjectionIsNotPointedAtTheLowBackChapter()
    {
        const string item = "Epidural steroid injection at C6-7, cervical";
        var cited = Section("acoem.2004.ch9/ch9-initial-care");
        var suggestion = FirstSuggestion(item, new GuidelineDate(2017, 1, 9), new[] { cited }, new[] { cited.Document });
        Assert.NotNull(suggestion);
        Assert.NotEqual("acoem.2004.ch12", suggestion!.Document.Id);
        Assert.Equal(TopicVerdict.Addresses, Catalogue.Judge(suggestion, DisputedItemReading.Read(item, Catalogue)).Verdict);
    }

    [Fact]
    public void AHeadingIsSuggestedBeforeANumberedTableOfTheSameTopic()
    {
        // Both the knee chapter's "Special Studies" and its "Table 13-2" take in a knee MRI equally closely; the table
        // summarises, the heading's text is the guidance a reader should open.
        var cited = Section("acoem.2004.ch12/ch12-special-studies");
        var suggestion = FirstSuggestion("Right knee magnetic resonance imaging, no contrast", new GuidelineDate(2015, 9, 1), new[] { cited }, new[] { cited.Document });
        Assert.NotNull(suggestion);
        Assert.Equal("acoem.2004.ch13/ch13-special-studies", suggestion!.FullId);
    }

    [Theory]
    [InlineData("Hydrocodone/APAP 5/325 mg, 60 tablets", "2015-09-01")]
    [InlineData("Tramadol ER 150 mg #30", "2017-02-01")]
    [InlineData("Naproxen sodium 550 mg, one bottle", "2015-09-01")]
    public void ADrugIsPointedAtASectionOnItsClassNotAtAChaptersHeadingThatListsMedications(string item, string date)
    {
        // A drug decided on the knee chapter's "Special Studies": the chapter's "Initial Care" lists medications only as a
        // class of first-line care; a section on the drug's own class is what a reader needs.
        var cited = Section("acoem.2004.ch13/ch13-special-studies");
        var suggestion = FirstSuggestion(item, GuidelineDate.Parse(date), new[] { cited }, new[] { cited.Document });
        Assert.NotNull(suggestion);
        Assert.NotEqual("acoem.2004.ch13/ch13-initial-care", suggestion!.FullId);
        Assert.Equal(TopicVerdict.Addresses, Catalogue.Judge(suggestion, DisputedItemReading.Read(item, Catalogue)).Verdict);
        Assert.True(Catalogue.HasOwnTopicScope(suggestion), suggestion.FullId);
    }

    [Theory]
    [InlineData("Table 13-2", true)]
    [InlineData("Figure 3", true)]
    [InlineData("Algorithm 12.5", true)]
    [InlineData("Table 12-8 Summary of Recommendations", false)]
    [InlineData("Tables", false)]
    [InlineData("Special Studies", false)]
    public void ANumberedExhibitIsTheWordAndItsNumberOnly(string title, bool exhibit) =>
        Assert.Equal(exhibit, GuidelineCatalogue.IsNumberedExhibit(title));
}
