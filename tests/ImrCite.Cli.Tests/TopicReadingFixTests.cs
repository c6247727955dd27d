using System;
using System.IO;
using System.Linq;
using ImrCite.Catalogue;
using ImrCite.Cli.Commands;
using ImrCite.Cli.Letters;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// IMR0200 on the kinds of item a blind evaluation found misread (issue #18), each on a synthetic letter of our own
/// wording: a product behind a surgery modifier, a purpose stated in words, a systemic drug delivered through the skin,
/// anatomical landmarks, suggestions that must address the item, and the name a message gives a device.
/// </summary>
public sealed class TopicReadingFixTests
{
    private const string Letter = """
        Case Number:          CM17-9990300
        Decision Date:        03/20/2017

                          IMR ISSUES, DECISIONS AND RATIONALES
        The Final Determination was based on decisions for the disputed items/services set forth below:

        Associated surgical service: post-operative arm sling: Overturned

        Claims Administrator guideline: Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Shoulder
        (Acute & Chronic), Postoperative abduction pillow sling.

        MAXIMUS guideline: Decision based on MTUS Shoulder Complaints 2004, Section(s): Initial Care.

        Decision rationale: The repair was certified. The request is medically necessary.

        Perioperative rental of an immobilizer: Overturned

        Claims Administrator guideline: Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Shoulder
        (Acute & Chronic), Postoperative abduction pillow sling.

        MAXIMUS guideline: Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Shoulder (Acute &
        Chronic), Postoperative abduction pillow sling.

        Decision rationale: The repair was certified. The request is medically necessary.

        Diagnostic ultrasound, right elbow: Upheld

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2016, Section(s):
        Ultrasound, therapeutic.

        MAXIMUS guideline: Decision based on MTUS Elbow Disorders (Revised 2007), Section(s): Special Studies.

        Decision rationale: No mechanical symptoms are documented. Not medically necessary.

        Therapeutic ultrasound to the low back, 6 sessions: Upheld

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2016, Section(s):
        Ultrasound, therapeutic.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2016, Section(s):
        Ultrasound, therapeutic.

        Decision rationale: Passive modalities are not supported. Not medically necessary.

        Fentanyl 25 mcg/hr transdermal patch #10: Upheld

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2016, Section(s):
        Topical analgesics.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2016, Section(s): Opioids,
        criteria for use.

        Decision rationale: No functional gain is documented. Not medically necessary.

        Lidocaine 5% patch #30: Upheld

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2016, Section(s):
        Topical analgesics.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2016, Section(s): Topical
        analgesics.

        Decision rationale: No trial of first-line agents is documented. Not medically necessary.

        Steroid injection to the medial epicondyle: Upheld

        Claims Administrator guideline: Decision based on MTUS Knee Complaints 2004, Section(s): Physical Methods.

        MAXIMUS guideline: Decision based on MTUS Elbow Disorders (Revised 2007), Section(s): Physical Methods.

        Decision rationale: A prior injection gave no lasting relief. Not medically necessary.

        Power wheelchair rental: Upheld

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2016, Section(s):
        Aquatic therapy.

        MAXIMUS guideline: Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Knee & Leg (Acute &
        Chronic), Durable medical equipment (DME).

        Decision rationale: The worker walks unaided. Not medically necessary.

        Post-operative Norco 10/325 #40: Upheld

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2016, Section(s):
        Benzodiazepines.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2016, Section(s): Opioids,
        criteria for use.

        Decision rationale: The surgery was not certified. Not medically necessary.

        Post-op physical therapy, 12 visits, right shoulder: Upheld

        Claims Administrator guideline: Decision based on MTUS Knee Complaints 2004, Section(s): Physical Methods.

        MAXIMUS guideline: Decision based on MTUS Shoulder Complaints 2004, Section(s): Physical Methods.

        Decision rationale: A home program suffices. Not medically necessary.

        Axillary crutches, left ankle: Upheld

        Claims Administrator guideline: Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies.

        MAXIMUS guideline: Decision based on MTUS Ankle and Foot Complaints 2004, Section(s): Initial Care.

        Decision rationale: The worker bears weight. Not medically necessary.

        MRI of the right hip: Upheld

        Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.

        MAXIMUS guideline: Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Hip & Pelvis (Acute &
        Chronic), MRI (magnetic resonance imaging).

        Decision rationale: Plain films are not documented. Not medically necessary.
        """;

    private static readonly Lazy<GuidelineCatalogue> Catalogue = new(() => ShippedCatalogue.LoadWith(Array.Empty<string>(), TextWriter.Null, out _));

    private static readonly SyntheticLetter Linted = new("CM17-9990300.txt", Letter);

    private static LetterFinding[] TopicFindings(string item) => Linted.TopicFindings(item);

    private static int LineOf(string text) => Linted.LineOf(text);

    // 1. A product behind a surgery modifier is the product; the modifier does not make the item a surgery.

    [Fact]
    public void AProductAroundASurgeryIsAddressedByTheSectionOnThatProduct() =>
        Assert.Empty(TopicFindings("Associated surgical service: post-operative arm sling"));

    [Fact]
    public void AnItemAroundASurgeryWhoseProductIsUnknownIsNotReadAsTheSurgery()
    {
        // "Immobilizer" is no treatment the catalogue knows: only the modifier is read, and a modifier is no topic.
        var reading = Catalogue.Value.ReadItem("Perioperative rental of an immobilizer");
        Assert.True(reading.IsVisitOnly);
        Assert.Empty(TopicFindings("Perioperative rental of an immobilizer"));
    }

    [Fact]
    public void AKindOfSlingIsAddressedByASectionOnTheSlingItIsAKindOf()
    {
        var reading = Catalogue.Value.ReadItem("Post-op sling, left shoulder");
        Assert.Equal("sling", Assert.Single(reading.Treatments).Id);
        Assert.Equal(new[] { BodyPart.Shoulder }, reading.BodyParts);
        Assert.Equal(ItemPurpose.PostOperative, reading.Purpose);
    }

    // 2. A purpose stated in words, in the item and in the section's title.

    [Fact]
    public void ADiagnosticStudyOnASectionWhoseTitleSaysTherapeuticIsReportedOnItsPurpose()
    {
        var finding = Assert.Single(TopicFindings("Diagnostic ultrasound, right elbow"));
        Assert.Equal(LineOf("Ultrasound, therapeutic."), finding.Line);
        Assert.Contains("(it covers treatment, and this item is a diagnostic study)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATitleThatStatesItsPurposeGivesTheSectionThatPurposeButNoGeneralHeadingsOne()
    {
        var catalogue = Catalogue.Value;
        var section = catalogue.FindSection("mtus.cpmtg.2016/2016-ultrasound-therapeutic")!;
        Assert.Equal(ItemPurpose.Treatment, catalogue.SectionPurpose(section));
        Assert.Null(catalogue.HeadingPurpose(section));
        // A title whose word disagrees with its scope states nothing certain: diagnostic blocks are injections.
        var blocks = catalogue.Documents.SelectMany(d => d.AllSections).First(s => s.Title == "Facet joint diagnostic blocks (injections)");
        Assert.Null(catalogue.SectionPurpose(blocks));
    }

    [Fact]
    public void ATherapyOnTheSectionOfItsOwnPurposeIsNotReported() =>
        Assert.Empty(TopicFindings("Therapeutic ultrasound to the low back, 6 sessions"));

    [Theory]
    [InlineData("Diagnostic medial branch block L4-5")]
    [InlineData("Diagnostic arthroscopy of the knee")]
    public void AnItemWhoseWordsContradictItsTreatmentsPurposeGivesNoPurposeEvidence(string item)
    {
        // An injection or a surgery is declared a treatment; "diagnostic" says otherwise: the purpose is not certain.
        var catalogue = Catalogue.Value;
        var reading = catalogue.ReadItem(item);
        Assert.Contains(ItemPurpose.Diagnosis, reading.StatedPurposes);
        var section = catalogue.FindSection("mtus.cpmtg.2016/2016-ultrasound-therapeutic")!;
        Assert.NotEqual(MismatchEvidence.Purpose, catalogue.EvidenceAgainst(section, reading));
    }

    // 3. A systemic drug delivered through the skin is no topical analgesic; a locally acting patch is one.

    [Fact]
    public void ATransdermalOpioidIsNotATopicalAnalgesic()
    {
        var finding = Assert.Single(TopicFindings("Fentanyl 25 mcg/hr transdermal patch #10"));
        Assert.Equal(LineOf("Topical analgesics."), finding.Line);
        Assert.Contains("does not address fentanyl patch", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Butrans 10 mcg/hr #4", "buprenorphine-transdermal")]
    [InlineData("Buprenorphine patch 5mcg/hour", "buprenorphine-transdermal")]
    [InlineData("Duragesic 50", "fentanyl-transdermal")]
    [InlineData("Fentanyl 12 mcg/hr patch", "fentanyl-transdermal")]
    public void APatchOfASystemicDrugIsTransdermalNotTopical(string item, string id)
    {
        var reading = Catalogue.Value.ReadItem(item);
        Assert.Equal(id, Assert.Single(reading.Treatments).Id);
        Assert.True(reading.HasForm(TreatmentForm.Transdermal));
        Assert.False(reading.HasForm(TreatmentForm.Topical));
    }

    [Fact]
    public void ALocallyActingPatchIsStillTopical() => Assert.Empty(TopicFindings("Lidocaine 5% patch #30"));

    // 4. Anatomical landmarks name body parts.

    [Theory]
    [InlineData("Injection of the lateral epicondyle", BodyPart.Elbow)]
    [InlineData("Olecranon bursa aspiration", BodyPart.Elbow)]
    [InlineData("Cubital tunnel release", BodyPart.Elbow)]
    [InlineData("Supraspinatus tendon repair", BodyPart.Shoulder)]
    [InlineData("Acromioclavicular joint injection", BodyPart.Shoulder)]
    [InlineData("ACL brace", BodyPart.Knee)]
    [InlineData("Patellofemoral brace", BodyPart.Knee)]
    [InlineData("Carpometacarpal joint injection of the thumb", BodyPart.WristHand)]
    [InlineData("Trigger finger release", BodyPart.WristHand)]
    [InlineData("De Quervain's splint", BodyPart.WristHand)]
    [InlineData("Plantar fascia injection", BodyPart.AnkleFoot)]
    [InlineData("Achilles tendon MRI", BodyPart.AnkleFoot)]
    [InlineData("Greater trochanter bursa injection", BodyPart.Hip)]
    [InlineData("MRI of the acetabulum", BodyPart.Hip)]
    public void ALandmarkNamesItsBodyPart(string item, BodyPart part) =>
        Assert.Contains(part, Catalogue.Value.ReadItem(item).BodyParts);

    [Fact]
    public void ALandmarkItemOnAnotherBodyPartsChapterIsReportedAndPointedAtItsOwn()
    {
        var finding = Assert.Single(TopicFindings("Steroid injection to the medial epicondyle"));
        Assert.Contains("(it is about the knee)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Elbow", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSacroiliacJointStaysInBothTheLowBackAndThePelvis() =>
        Assert.Equal(new[] { BodyPart.Lumbar, BodyPart.Hip }, Catalogue.Value.ReadItem("Sacroiliac joint brace").BodyParts);

    [Theory]
    [InlineData("Arthroscopic labral repair", new[] { BodyPart.Shoulder, BodyPart.Hip })]
    [InlineData("MRI arthrogram of the labrum", new[] { BodyPart.Shoulder, BodyPart.Hip })]
    [InlineData("Digit amputation revision", new[] { BodyPart.WristHand, BodyPart.AnkleFoot })]
    [InlineData("Labral repair, right hip", new[] { BodyPart.Hip })]
    [InlineData("Shoulder labrum debridement", new[] { BodyPart.Shoulder })]
    [InlineData("Digit splint for the left foot", new[] { BodyPart.AnkleFoot })]
    [InlineData("Splint of the digits of the hand", new[] { BodyPart.WristHand })]
    [InlineData("Labral repair of the upper extremity", new[] { BodyPart.Shoulder })]
    [InlineData("Interphalangeal joint injection", new[] { BodyPart.WristHand, BodyPart.AnkleFoot })]
    [InlineData("Interphalangeal joint fusion of the second toe", new[] { BodyPart.AnkleFoot })]
    public void AWordOfTwoBodyPartsIsEitherUnlessTheItemSaysWhich(string item, BodyPart[] parts) =>
        Assert.Equal(parts, Catalogue.Value.ReadItem(item).BodyParts);

    [Theory]
    [InlineData("Arthroscopic labral repair", "acoem.2004.ch9", true)]
    [InlineData("Arthroscopic labral repair", "acoem.2017.hip-groin", true)]
    [InlineData("Arthroscopic labral repair", "acoem.2004.ch13", false)]
    [InlineData("Labral repair, right hip", "acoem.2004.ch9", false)]
    [InlineData("Digit amputation revision", "acoem.2004.ch11", true)]
    [InlineData("Digit amputation revision", "acoem.2004.ch14", true)]
    [InlineData("Digit amputation revision", "acoem.2004.ch13", false)]
    [InlineData("Digit splint for the left foot", "acoem.2004.ch11", false)]
    public void AnAmbiguousBodyWordFallsWithinTheChapterOfEitherPart(string item, string chapter, bool within)
    {
        var catalogue = Catalogue.Value;
        Assert.Equal(within, BodyParts.Compatible(catalogue.ReadItem(item).BodyParts, catalogue.BodyPartsAbout(catalogue.FindDocument(chapter)!)));
    }

    // 5. Suggestions address the item's treatment, or there is none.

    [Fact]
    public void ADeviceNoSectionAddressesGetsNoSuggestion()
    {
        // The chapters' physical methods cover supports and heat or cold, not wheelchairs; a chapter summary that lists
        // all equipment is no help either.
        var finding = Assert.Single(TopicFindings("Power wheelchair rental"));
        Assert.EndsWith("Cite a section that does.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnImagingStudyOfABodyPartTheCitedGuidelineLacksGetsNoGeneralHeading()
    {
        var finding = Assert.Single(TopicFindings("MRI of the right hip"));
        Assert.DoesNotContain("Summary", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("General Approach", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APostOperativeDrugIsPointedAtThePostOperativeSection()
    {
        var finding = Assert.Single(TopicFindings("Post-operative Norco 10/325 #40"));
        Assert.Contains("Post-operative Pain", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APostOperativeSectionOnAKindOfTheItemsTreatmentIsNotPreferred()
    {
        // "TENS, post operative pain" is about a kind of physical medicine, not about a course of physical therapy.
        var finding = Assert.Single(TopicFindings("Post-op physical therapy, 12 visits, right shoulder"));
        Assert.DoesNotContain("TENS", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Shoulder", finding.Message, StringComparison.Ordinal);
    }

    // 6. Wording: a device by its own name.

    [Fact]
    public void CrutchesAreCalledCrutches()
    {
        var finding = Assert.Single(TopicFindings("Axillary crutches, left ankle"));
        Assert.Contains("does not address crutches of the ankle or foot", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("cane", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLowBackChapterOf2004IsAboutTheLumbarSpineOnly()
    {
        // The thoracic spine is the neck and upper back chapter's (its successor is the cervical and thoracic spine guideline).
        var catalogue = Catalogue.Value;
        Assert.Equal(new[] { BodyPart.Lumbar }, catalogue.BodyPartsAbout(catalogue.FindDocument("acoem.2004.ch12")!));
        Assert.Contains(BodyPart.Thoracic, catalogue.BodyPartsAbout(catalogue.FindDocument("acoem.2004.ch8")!));
    }
}
