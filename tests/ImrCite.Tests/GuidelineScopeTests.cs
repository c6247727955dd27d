using System;
using System.IO;
using System.Linq;
using ImrCite.Catalogue;
using Xunit;

namespace ImrCite.Tests;

/// <summary>
/// A guideline cited as a whole, judged on its declared scope (a document's <c>addresses</c>) on the shipped catalogue: the
/// Acupuncture Medical Treatment Guidelines are about acupuncture, the drug formulary and its drug lists about medications,
/// so another kind of care decided on one of them is a mismatch (IMR0200); a guideline with no declared scope is judged on
/// its body parts only. Synthetic items.
/// </summary>
public sealed class GuidelineScopeTests
{
    private static readonly Lazy<GuidelineCatalogue> Loaded = new(() =>
        CatalogueLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "guidelines") }).Catalogue);

    private static GuidelineCatalogue Catalogue => Loaded.Value;

    private static TopicVerdict Verdict(string document, string item) =>
        Catalogue.Judge(Catalogue.Documents.First(d => d.Id == document), DisputedItemReading.Read(item, Catalogue));

    [Theory]
    [InlineData("mtus.acupuncture.2007", "Spinal manipulative therapy by a chiropractor, 6 visits to the lower back")]
    [InlineData("mtus.acupuncture.2007", "Lumbar epidural steroid injection at L4-L5")]
    [InlineData("mtus.acupuncture.2007", "Gabapentin 300 mg capsules")]
    [InlineData("mtus.formulary.2018", "Cognitive behavioural psychotherapy, eight sessions")]
    [InlineData("mtus.drug-list.v9", "Interferential stimulator unit, 30-day rental")]
    [InlineData("mtus.formulary.2018", "Physical therapy for the right shoulder, 2 x 6")]
    public void AnotherKindOfCareDecidedOnAGuidelineAboutOneKindIsAMismatch(string document, string item)
    {
        Assert.Equal(TopicVerdict.DoesNotAddress, Verdict(document, item));
        Assert.Equal(MismatchEvidence.Topic, Catalogue.EvidenceAgainst(Catalogue.Documents.First(d => d.Id == document), DisputedItemReading.Read(item, Catalogue)));
    }

    [Theory]
    [InlineData("mtus.acupuncture.2007", "Electroacupuncture to the neck, six sessions")]
    [InlineData("mtus.formulary.2018", "Cyclobenzaprine 7.5 mg, 60 tablets")]
    [InlineData("mtus.drug-list.v9", "Diclofenac sodium 1% gel, 100 g")]
    public void ItsOwnKindOfCareIsAddressed(string document, string item) =>
        Assert.Equal(TopicVerdict.Addresses, Verdict(document, item));

    [Theory]
    [InlineData("mtus.formulary.2018", "Compounded ketoprofen/lidocaine cream 240 g")] // a compounded product is a medication
    [InlineData("mtus.formulary.2018", "Random urine toxicology screen")] // monitors medications: not provably outside
    [InlineData("mtus.formulary.2018", "Follow-up visit with the treating physician")] // a visit whose subject is not known
    [InlineData("mtus.acupuncture.2007", "Gym membership for six months")] // a treatment the catalogue does not know
    [InlineData("mtus.cpmtg.2016", "Spinal manipulative therapy by a chiropractor, 6 visits to the lower back")] // no declared scope
    [InlineData("mtus.postsurgical.2009", "Ketorolac injection after the operation")] // no declared scope
    public void NoEvidenceNoMismatch(string document, string item) =>
        Assert.NotEqual(TopicVerdict.DoesNotAddress, Verdict(document, item));

    [Fact]
    public void AGuidelineOfOneBodyPartIsStillJudgedOnItsBodyPart() =>
        Assert.Equal(TopicVerdict.DoesNotAddress, Verdict("acoem.2017.shoulder", "Arthroscopic partial meniscectomy of the left knee"));

    [Fact]
    public void EveryDeclaredScopeNamesATreatmentAndTheShippedCatalogueLoadsClean()
    {
        Assert.Contains(Catalogue.Documents, d => d.Addresses.Count > 0);
        foreach (var document in Catalogue.Documents.Where(d => d.Addresses.Count > 0))
        {
            Assert.All(document.Addresses, id => Assert.NotNull(Catalogue.FindTreatment(id)));
        }
    }

    private static TopicVerdict SectionVerdict(string section, string item) =>
        Catalogue.Judge(Catalogue.FindSection(section)!, DisputedItemReading.Read(item, Catalogue)).Verdict;

    [Fact]
    public void ASectionThatSaysNothingTakesItsGuidelinesDeclaredScope()
    {
        // "MTUS Drug Formulary, MTUS Drug List": the section is about medications because its guideline is.
        Assert.Equal(TopicVerdict.DoesNotAddress, SectionVerdict("mtus.formulary.2018/drug-list", "Cognitive behavioural psychotherapy, eight sessions"));
        Assert.Equal(TopicVerdict.Addresses, SectionVerdict("mtus.formulary.2018/drug-list", "Cyclobenzaprine 7.5 mg, 60 tablets"));
    }

    [Theory]
    [InlineData("Cyclobenzaprine 10 mg, 30 tablets", "2018-06-01")]
    [InlineData("Zolpidem 5 mg, 30 tablets", "2020-03-02")]
    [InlineData("Omeprazole 20 mg, 60 capsules", "2025-05-05")]
    public void AfterTheAdOrdersADrugIsPointedAtTheFormularyNotAtAConditionsGuideline(string item, string date)
    {
        // Decided on a guideline of a body part: no section on the drug's class is in force, and the asthma guideline's
        // summary lists medications only as a class; the guideline about medications is the formulary.
        var cited = Catalogue.Documents.First(d => d.Id == "acoem.2017.ankle-foot");
        var suggestion = Catalogue.SuggestSections(DisputedItemReading.Read(item, Catalogue), GuidelineDate.Parse(date), Array.Empty<GuidelineSection>(), new[] { cited }).FirstOrDefault();
        Assert.NotNull(suggestion);
        Assert.Equal("mtus.formulary.2018", suggestion!.Document.Id);
    }

    [Fact]
    public void AGuidelinesDeclaredScopeIsNoSectionsOwnTopicForTheMtusPointer()
    {
        // IMR0110 names MTUS sections on the topic itself; the formulary's "Perioperative Fill" is about medications only
        // because its guideline is, so it is no MTUS section on topical analgesics.
        var topical = Catalogue.FindTreatment("topical-analgesics")!;
        Assert.DoesNotContain(Catalogue.MtusSectionsAddressing(topical, new GuidelineDate(2022, 6, 1)), s => s.Document.Id == "mtus.formulary.2018");
    }
}
