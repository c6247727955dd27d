using System.Linq;
using ImrCite.Catalogue;
using Xunit;
using static ImrCite.Tests.Support.Catalogues;

namespace ImrCite.Tests;

/// <summary>
/// The topic check's reading of disputed items and sections, on a synthetic catalogue of our own: general sections
/// address treatment classes for their chapter's body part; compounded and topical products are addressed as such;
/// a monitoring section matches what it monitors; request words are modifiers with the treatment behind them;
/// suggestions come from the item's body part and the cited guideline, never a section already cited.
/// </summary>
public sealed class TopicTests
{
    private const string Json = """
        {
          "sources": [ { "id": "mtus", "name": "MTUS", "tier": "mtus" }, { "id": "odg", "name": "ODG", "tier": "guideline" } ],
          "treatments": [
            { "id": "medications", "names": ["medications"], "purpose": "treatment" },
            { "id": "opioids", "names": ["opioids"], "classes": ["medications"] },
            { "id": "hydrocodone", "names": ["hydrocodone", "Norco"], "classes": ["opioids"] },
            { "id": "benzodiazepines", "names": ["benzodiazepines"], "classes": ["medications"] },
            { "id": "diazepam", "names": ["diazepam", "Valium"], "classes": ["benzodiazepines"] },
            { "id": "muscle-relaxants", "names": ["muscle relaxants"], "classes": ["medications"] },
            { "id": "cyclobenzaprine", "names": ["cyclobenzaprine", "Flexeril"], "classes": ["muscle-relaxants"] },
            { "id": "nsaids", "names": ["NSAIDs"], "classes": ["medications"] },
            { "id": "flurbiprofen", "names": ["flurbiprofen"], "classes": ["nsaids"] },
            { "id": "topical-analgesics", "names": ["topical analgesics"], "classes": ["medications"], "form": "topical" },
            { "id": "compounded-drugs", "names": ["compound drugs"], "classes": ["medications"], "form": "compounded" },
            { "id": "diagnostic-testing", "names": ["diagnostic testing"], "purpose": "diagnosis" },
            { "id": "imaging", "names": ["imaging"], "classes": ["diagnostic-testing"] },
            { "id": "mri", "names": ["MRI"], "classes": ["imaging"] },
            { "id": "mri-knee", "names": ["knee MRI", "MRI of the knee"], "classes": ["mri"], "bodyParts": ["knee"] },
            { "id": "emg", "names": ["EMG"], "classes": ["diagnostic-testing"] },
            { "id": "drug-testing", "names": ["urine drug screen", "UDS", "drug testing"], "purpose": "monitoring", "appliesTo": ["opioids"] },
            { "id": "physical-medicine", "names": ["physical therapy", "PT"], "purpose": "treatment" },
            { "id": "office-visit", "names": ["office visit", "follow-up visit"] },
            { "id": "consultation", "names": ["consultation", "referral"], "classes": ["office-visit"] },
            { "id": "surgery", "names": ["surgery", "surgical"], "purpose": "treatment" },
            { "id": "injections", "names": ["injections"], "form": "injected", "purpose": "treatment" },
            { "id": "esi", "names": ["epidural steroid injection", "ESI"], "classes": ["injections"], "bodyParts": ["spine"] },
            { "id": "dme", "names": ["durable medical equipment", "DME"], "form": "device", "purpose": "treatment" },
            { "id": "sling", "names": ["abduction sling"], "classes": ["dme"], "bodyParts": ["shoulder"] },
            { "id": "gastric-protection", "names": ["gastric protection"], "classes": ["medications"] },
            { "id": "ppis", "names": ["proton pump inhibitors", "omeprazole"], "classes": ["gastric-protection"] },
            { "id": "h2-blockers", "names": ["H2 blockers", "famotidine", "Pepcid"], "classes": ["gastric-protection"] },
            { "id": "electrotherapy", "names": ["electrical stimulation"], "classes": ["physical-medicine"] },
            { "id": "manipulation", "names": ["manipulation", "chiropractic"], "classes": ["physical-medicine"] },
            { "id": "lumbar-support", "names": ["lumbar support"], "classes": ["dme"], "bodyParts": ["lumbar"] }
          ],
          "documents": [
            {
              "id": "test.knee", "source": "mtus", "title": "Knee Complaints", "series": "Test Practice Guidelines", "bodyParts": ["knee"],
              "edition": "2004", "effectiveFrom": "2004-01-01", "sourceNote": "Test.",
              "sections": [
                { "id": "knee-special-studies", "title": "Special Studies", "addresses": ["diagnostic-testing"] },
                { "id": "knee-initial-care", "title": "Initial Care", "addresses": ["medications", "physical-medicine", "dme"] },
                { "id": "knee-surgical", "title": "Surgical Considerations", "addresses": ["surgery", "consultation"] },
                { "id": "knee-work-relatedness", "title": "Work-Relatedness", "addresses": [] },
                { "id": "knee-summary", "title": "Summary", "addresses": ["diagnostic-testing", "medications", "physical-medicine"] }
              ]
            },
            {
              "id": "test.neck", "source": "mtus", "title": "Neck Complaints", "series": "Test Practice Guidelines", "bodyParts": ["cervical"],
              "edition": "2004", "effectiveFrom": "2004-01-01", "pages": "1-40", "sourceNote": "Test: its general headings are located (pages).",
              "sections": [
                { "id": "neck-initial-care", "title": "Initial Care", "pages": "8-9", "addresses": ["medications", "physical-medicine", "dme"] },
                { "id": "neck-physical-methods", "title": "Physical Methods", "pages": "10-12", "addresses": ["physical-medicine", "injections", "dme"] },
                { "id": "neck-special-studies", "title": "Special Studies", "pages": "14-15", "addresses": ["mri", "diagnostic-testing"] },
                { "id": "neck-surgical", "title": "Surgical Considerations", "pages": "16-17", "addresses": ["surgery", "consultation"] },
                { "id": "neck-summary", "title": "Summary", "pages": "20-22", "addresses": ["diagnostic-testing", "medications", "physical-medicine"] }
              ]
            },
            {
              "id": "test.low-back", "source": "mtus", "title": "Low Back Complaints", "series": "Test Practice Guidelines", "bodyParts": ["lumbar"],
              "edition": "2004", "effectiveFrom": "2004-01-01", "sourceNote": "Test.",
              "sections": [
                { "id": "back-special-studies", "title": "Special Studies", "addresses": ["diagnostic-testing"] },
                { "id": "back-physical-methods", "title": "Physical Methods", "addresses": ["physical-medicine", "injections", "dme"] },
                { "id": "back-initial-care", "title": "Initial Care", "addresses": ["medications", "physical-medicine", "dme"] },
                { "id": "back-surgical", "title": "Surgical Considerations", "addresses": ["surgery", "consultation"] },
                { "id": "back-work-relatedness", "title": "Work-Relatedness", "addresses": [] }
              ]
            },
            {
              "id": "test.shoulder", "source": "mtus", "title": "Shoulder Complaints", "series": "Test Practice Guidelines", "bodyParts": ["shoulder"],
              "edition": "2004", "effectiveFrom": "2004-01-01", "sourceNote": "Test.",
              "sections": [
                { "id": "shoulder-initial-care", "title": "Initial Care", "addresses": ["medications", "physical-medicine", "dme"] },
                { "id": "shoulder-work-relatedness", "title": "Work-Relatedness", "addresses": [] }
              ]
            },
            {
              "id": "test.odg-back", "source": "odg", "title": "Low Back - Lumbar & Thoracic", "series": "Test ODG", "bodyParts": ["lumbar"],
              "edition": "2016", "effectiveFrom": "2016-01-01", "sourceNote": "Test.",
              "sections": [
                { "id": "mris", "title": "MRIs (magnetic resonance imaging)", "addresses": ["mri"] },
                { "id": "manipulation", "title": "Manipulation", "addresses": ["manipulation"] },
                { "id": "ppis", "title": "Proton pump inhibitors (PPIs)", "addresses": ["ppis"] },
                { "id": "supports", "title": "Lumbar supports", "addresses": ["lumbar-support"] }
              ]
            },
            {
              "id": "test.pain", "source": "mtus", "title": "Chronic Pain Guidelines", "edition": "2016", "effectiveFrom": "2016-01-01", "sourceNote": "Test.",
              "sections": [
                { "id": "opioids", "title": "Opioids", "addresses": ["opioids"] },
                { "id": "benzodiazepines", "title": "Benzodiazepines", "addresses": ["benzodiazepines"] },
                { "id": "muscle-relaxants", "title": "Muscle relaxants", "addresses": ["muscle-relaxants"] },
                { "id": "nsaids", "title": "NSAIDs", "addresses": ["nsaids"] },
                { "id": "topical-analgesics", "title": "Topical analgesics", "addresses": ["topical-analgesics"] },
                { "id": "compound-drugs", "title": "Compound drugs", "addresses": ["compounded-drugs"] },
                { "id": "drug-testing", "title": "Drug testing", "addresses": ["drug-testing"] },
                { "id": "physical-medicine", "title": "Physical medicine", "addresses": ["physical-medicine"] },
                { "id": "office-visits", "title": "Office visits", "addresses": ["office-visit"] }
              ]
            }
          ]
        }
        """;

    private static readonly GuidelineCatalogue Catalogue = LoadClean();

    private static GuidelineCatalogue LoadClean()
    {
        var loaded = Load(Json);
        AssertClean(loaded);
        return loaded.Catalogue;
    }

    private static GuidelineSection Section(string id) => Catalogue.FindSection(id)!;

    private static TopicVerdict Verdict(string section, string item) => Catalogue.Judge(Section(section), Catalogue.ReadItem(item)).Verdict;

    [Theory]
    [InlineData("test.knee/knee-special-studies", "MRI of the right knee without contrast")]
    [InlineData("test.knee/knee-special-studies", "EMG of the left lower extremity")]
    [InlineData("test.low-back/back-special-studies", "MRI of the lumbar spine")]
    [InlineData("test.low-back/back-special-studies", "EMG of the bilateral lower extremities")]
    [InlineData("test.low-back/back-physical-methods", "Right L4 transforaminal epidural steroid injection")]
    [InlineData("test.low-back/back-physical-methods", "Lumbar physical therapy 2 times a week")]
    [InlineData("test.low-back/back-initial-care", "Norco 10/325mg #60")]
    public void ABroadSectionAddressesEveryTreatmentOfItsClassesForItsChaptersBodyPart(string section, string item) =>
        Assert.Equal(TopicVerdict.Addresses, Verdict(section, item));

    [Theory]
    [InlineData("test.low-back/back-special-studies", "MRI of the right knee")]
    [InlineData("test.low-back/back-special-studies", "MRI of the cervical spine")]
    [InlineData("test.knee/knee-special-studies", "MRI of the lumbar spine")]
    [InlineData("test.knee/knee-initial-care", "Epidural steroid injection")]
    public void ABroadSectionDoesNotAddressAnotherBodyPart(string section, string item)
    {
        Assert.Equal(TopicVerdict.DoesNotAddress, Verdict(section, item));
        Assert.Equal(MismatchEvidence.BodyPart, Catalogue.EvidenceAgainst(Section(section), Catalogue.ReadItem(item)));
    }

    [Theory]
    [InlineData("test.low-back/back-special-studies", "Physical therapy for the low back")]
    [InlineData("test.low-back/back-physical-methods", "MRI of the lumbar spine")]
    [InlineData("test.low-back/back-work-relatedness", "MRI of the lumbar spine")]
    [InlineData("test.knee/knee-surgical", "Norco 10/325 #60")]
    [InlineData("test.knee/knee-initial-care", "MRI of the right knee")]
    public void AGeneralHeadingsInferredScopeIsNoEvidenceAgainstAnotherKindOfCareOfItsBodyPart(string section, string item)
    {
        // "Special Studies", "Initial Care", "Surgical Considerations" recur in every chapter. Where the catalogue does not
        // locate the heading in its chapter (no pages), its scope is inferred from the heading's kind, not known: a treatment
        // of the chapter's body part outside that scope may still be discussed there, so no verdict — not even on purpose
        // (an MRI on these chapters' "Physical Methods" or "Initial Care", a therapy on their "Special Studies").
        Assert.True(Catalogue.IsGeneralSection(Section(section)));
        Assert.False(Catalogue.NamesItsTopic(Section(section)));
        Assert.Null(Catalogue.HeadingPurpose(Section(section)));
        Assert.Equal(TopicVerdict.Unknown, Verdict(section, item));
    }

    [Theory]
    [InlineData("test.neck/neck-initial-care", ItemPurpose.Treatment)]
    [InlineData("test.neck/neck-physical-methods", ItemPurpose.Treatment)]
    [InlineData("test.neck/neck-special-studies", ItemPurpose.Diagnosis)]
    public void ALocatedGeneralHeadingWhoseScopeHoldsOnePurposeHasThatPurpose(string section, ItemPurpose purpose) =>
        Assert.Equal(purpose, Catalogue.HeadingPurpose(Section(section)));

    [Theory]
    [InlineData("test.neck/neck-surgical")] // surgery, and a consultation whose purpose the catalogue does not declare
    [InlineData("test.neck/neck-summary")] // diagnostic testing and treatments
    [InlineData("test.knee/knee-special-studies")] // one purpose, but not located: its content is not known
    [InlineData("test.odg-back/mris")] // no general heading: judged on the topic its title names
    public void AHeadingThatMixesPurposesOrIsNotLocatedHasNone(string section) =>
        Assert.Null(Catalogue.HeadingPurpose(Section(section)));

    [Theory]
    [InlineData("test.neck/neck-physical-methods", "MRI of the cervical spine")]
    [InlineData("test.neck/neck-physical-methods", "EMG of the upper extremities")]
    [InlineData("test.neck/neck-initial-care", "Retrospective request for an MRI of the neck without contrast")]
    [InlineData("test.neck/neck-initial-care", "Referral for EMG of the bilateral upper extremities")]
    public void ADiagnosticTestOnALocatedHeadingOfTreatmentsIsAMismatchOfPurpose(string section, string item)
    {
        Assert.Equal(ItemPurpose.Diagnosis, Catalogue.ReadItem(item).Purpose);
        Assert.Equal(MismatchEvidence.Purpose, Catalogue.EvidenceAgainst(Section(section), Catalogue.ReadItem(item)));
        Assert.Equal(TopicVerdict.DoesNotAddress, Verdict(section, item));
    }

    [Theory]
    [InlineData("test.neck/neck-special-studies", "Physical therapy for the cervical spine, 8 sessions")]
    [InlineData("test.neck/neck-special-studies", "Norco 10/325mg #60")]
    [InlineData("test.neck/neck-special-studies", "Durable medical equipment for the neck")]
    [InlineData("test.neck/neck-special-studies", "Cervical epidural steroid injection")]
    [InlineData("test.neck/neck-special-studies", "Compounded cream: flurbiprofen 10%, cyclobenzaprine 3%")]
    public void ATreatmentOnALocatedHeadingOfDiagnosticStudiesIsAMismatchOfPurpose(string section, string item)
    {
        Assert.Equal(MismatchEvidence.Purpose, Catalogue.EvidenceAgainst(Section(section), Catalogue.ReadItem(item)));
        Assert.Equal(TopicVerdict.DoesNotAddress, Verdict(section, item));
    }

    [Theory]
    [InlineData("test.neck/neck-surgical", "MRI of the cervical spine")] // mixed scope: the work-up before a surgery
    [InlineData("test.neck/neck-summary", "Cervical epidural steroid injection")] // mixed scope
    [InlineData("test.neck/neck-special-studies", "Urine drug screen")] // monitoring: neither purpose
    [InlineData("test.neck/neck-special-studies", "Post-op physical therapy for the neck")] // around a surgery
    [InlineData("test.neck/neck-special-studies", "Orthopedic consultation for the neck")] // a visit: its subject is not known
    [InlineData("test.neck/neck-physical-methods", "MRI of the neck and physical therapy")] // an item of both purposes
    public void NoPurposeEvidenceWhenEitherSideHasNoSinglePurpose(string section, string item)
    {
        Assert.Equal(MismatchEvidence.None, Catalogue.EvidenceAgainst(Section(section), Catalogue.ReadItem(item)));
        Assert.NotEqual(TopicVerdict.DoesNotAddress, Verdict(section, item));
    }

    [Fact]
    public void ALocatedHeadingStillAddressesWhatItsScopeTakesIn()
    {
        // Purpose evidence is asked only when the scope does not take the item in: a drug test serves the medications of
        // Initial Care, a post-operative device belongs to the surgery of Surgical Considerations, an MRI to Special Studies.
        Assert.Equal(TopicVerdict.Addresses, Verdict("test.neck/neck-initial-care", "Urine drug screen"));
        Assert.Equal(TopicVerdict.Addresses, Verdict("test.neck/neck-surgical", "Associated surgical service: post-op durable medical equipment for the neck"));
        Assert.Equal(TopicVerdict.Addresses, Verdict("test.neck/neck-special-studies", "MRI of the cervical spine"));
        Assert.Equal(TopicVerdict.Addresses, Verdict("test.neck/neck-physical-methods", "Cervical epidural steroid injection"));
    }

    [Fact]
    public void ASectionOnTheWholeSpineOrTheWholeLimbFitsItsParts()
    {
        // Nerve studies of the arms are about the cervical nerve roots; an injection with no level is about the spine.
        Assert.Equal(TopicVerdict.DoesNotAddress, Verdict("test.low-back/back-special-studies", "EMG of the upper extremities"));
        Assert.Equal(TopicVerdict.Addresses, Verdict("test.low-back/back-physical-methods", "ESI"));
    }

    [Theory]
    [InlineData("Cyclobenzaprine 2% cream 120gm")]
    [InlineData("Flurbiprofen 20% topical")]
    [InlineData("Flexeril patch")]
    public void ATopicalProductIsAddressedByTheTopicalAnalgesicsSectionWhateverItsBaseDrug(string item)
    {
        Assert.Equal(TopicVerdict.Addresses, Verdict("test.pain/topical-analgesics", item));
        Assert.Contains(TreatmentForm.Topical, Catalogue.ReadItem(item).Forms);
    }

    [Theory]
    [InlineData("Compounded cream: flurbiprofen 10%, cyclobenzaprine 3%")]
    [InlineData("Flurbiprofen 20%/Cyclobenzaprine 4% 180gm")]
    public void ACompoundedProductIsAddressedByTheCompoundDrugsSection(string item)
    {
        Assert.Equal(TopicVerdict.Addresses, Verdict("test.pain/compound-drugs", item));
        Assert.Contains(TreatmentForm.Compounded, Catalogue.ReadItem(item).Forms);
    }

    [Fact]
    public void AnOralDrugIsNotAddressedByTheTopicalOrCompoundSections()
    {
        Assert.Equal(TopicVerdict.DoesNotAddress, Verdict("test.pain/topical-analgesics", "Cyclobenzaprine 7.5mg #60"));
        Assert.Equal(TopicVerdict.DoesNotAddress, Verdict("test.pain/compound-drugs", "Flexeril 10mg tablets"));
    }

    [Fact]
    public void AMonitoringSectionMatchesWhatItMonitorsAndTheReverse()
    {
        Assert.Equal(TopicVerdict.Addresses, Verdict("test.pain/drug-testing", "Norco 10/325mg #60"));
        Assert.Equal(TopicVerdict.Addresses, Verdict("test.pain/opioids", "Urine drug screen"));
        Assert.Equal(ItemPurpose.Monitoring, Catalogue.ReadItem("Retrospective UDS (DOS 1/5/2017)").Purpose);
        // It monitors opioids, not every drug.
        Assert.Equal(TopicVerdict.DoesNotAddress, Verdict("test.pain/drug-testing", "Valium 5mg #30"));
    }

    [Fact]
    public void RequestWordsAreModifiersWithTheTreatmentBehindThem()
    {
        var referral = Catalogue.ReadItem("Referral to physical therapy for the lumbar spine");
        Assert.Equal("physical-medicine", Assert.Single(referral.Treatments).Id);
        Assert.Equal("consultation", Assert.Single(referral.Services).Id);
        Assert.Equal(new[] { BodyPart.Lumbar }, referral.BodyParts);

        var sling = Catalogue.ReadItem("Associated surgical service: Post-op abduction sling, purchase");
        Assert.Equal("sling", Assert.Single(sling.Treatments).Id);
        Assert.Equal(ItemPurpose.PostOperative, sling.Purpose);
        Assert.Contains(TreatmentForm.Device, sling.Forms);
        Assert.Equal(new[] { BodyPart.Shoulder }, sling.BodyParts);

        Assert.Equal("hydrocodone", Assert.Single(Catalogue.ReadItem("Retrospective request for Norco 10/325 #60 (DOS 12/1/16)").Treatments).Id);
        // A consultation with no treatment behind it is the consultation.
        Assert.Equal("consultation", Assert.Single(Catalogue.ReadItem("Orthopedic consultation for the knee").Treatments).Id);
    }

    [Fact]
    public void AModifiersServiceBearsOnTheItem()
    {
        // A post-operative sling on the surgery's section, a surgical referral on the office visits section.
        Assert.Equal(TopicVerdict.Addresses, Verdict("test.shoulder/shoulder-initial-care", "Associated surgical service: abduction sling"));
        Assert.Equal(TopicVerdict.Addresses, Verdict("test.pain/office-visits", "Spine surgery evaluation for the lumbar spine"));
        Assert.Equal(TopicVerdict.Addresses, Verdict("test.low-back/back-surgical", "Post-op physical therapy for the low back"));
        // The modifier is not the treatment: a course of therapy visits is therapy, not a consultation or an office visit.
        var visits = Catalogue.ReadItem("Twelve physical therapy visits, 2 times weekly");
        Assert.Equal("physical-medicine", Assert.Single(visits.Treatments).Id);
        Assert.Empty(visits.Services);
        Assert.Equal(TopicVerdict.DoesNotAddress, Verdict("test.pain/office-visits", "Twelve physical therapy visits, 2 times weekly"));
        Assert.Equal("office-visit", Assert.Single(Catalogue.ReadItem("Physical therapy follow-up visit").Services).Id);
    }

    [Fact]
    public void AVisitWithNoTreatmentBehindItIsJudgedOnlyByBodyPart()
    {
        // What a "pain management consultation" is about is not known: not wrong on the opioid section, wrong on a knee chapter for the low back.
        Assert.True(Catalogue.ReadItem("Pain management consultation").IsVisitOnly);
        Assert.Equal(TopicVerdict.Unknown, Verdict("test.pain/opioids", "Pain management consultation"));
        Assert.Equal(TopicVerdict.DoesNotAddress, Verdict("test.knee/knee-initial-care", "Consultation with a spine surgeon for the low back"));
        Assert.False(Catalogue.ReadItem("Referral to physical therapy").IsVisitOnly);
    }

    [Fact]
    public void TheSuggestionFollowsTheItemsBodyPartAndTheCitedGuideline()
    {
        var kneeMri = Catalogue.ReadItem("MRI of the left knee");
        var cited = Section("test.low-back/back-special-studies");
        var suggestions = Catalogue.SuggestSections(kneeMri, null, new[] { cited }, new[] { cited.Document });
        Assert.Equal("test.knee/knee-special-studies", suggestions[0].FullId);
        Assert.DoesNotContain(suggestions, s => s.Scope.Contains(BodyPart.Lumbar));

        var valium = Catalogue.ReadItem("Valium 5mg #30");
        var opioids = Section("test.pain/opioids");
        Assert.Equal("test.pain/benzodiazepines", Catalogue.SuggestSections(valium, null, new[] { opioids }, new[] { opioids.Document })[0].FullId);
    }

    [Fact]
    public void TheSuggestionIsNeverASectionAlreadyCited()
    {
        var valium = Catalogue.ReadItem("Valium 5mg #30");
        var benzodiazepines = Section("test.pain/benzodiazepines");
        var suggestions = Catalogue.SuggestSections(valium, null, new[] { benzodiazepines }, new[] { benzodiazepines.Document });
        Assert.DoesNotContain(benzodiazepines, suggestions);
        Assert.NotEmpty(suggestions); // the chapters' Initial Care, through medications
    }

    [Fact]
    public void AnItemTheCatalogueDoesNotKnowCannotBeJudged()
    {
        Assert.True(Catalogue.ReadItem("Large gloves").IsUnknown);
        Assert.Equal(TopicVerdict.Unknown, Verdict("test.pain/opioids", "Large gloves"));
    }

    [Fact]
    public void AWholeChapterOfAnotherBodyPartDoesNotAddressTheItem()
    {
        Assert.Equal(TopicVerdict.DoesNotAddress, Catalogue.Judge(Catalogue.FindDocument("test.low-back")!, Catalogue.ReadItem("MRI of the knee")));
        Assert.Equal(TopicVerdict.Addresses, Catalogue.Judge(Catalogue.FindDocument("test.knee")!, Catalogue.ReadItem("MRI of the knee")));
    }

    [Theory]
    [InlineData("test.pain/opioids", "Valium 5mg #30")]
    [InlineData("test.pain/nsaids", "Flexeril 10mg #90")]
    [InlineData("test.odg-back/manipulation", "Electrical stimulation unit for the low back")]
    [InlineData("test.odg-back/mris", "Physical therapy for the lumbar spine")]
    public void ASectionWhoseTitleNamesItsTopicDoesNotAddressAnotherFamilysTreatment(string section, string item)
    {
        Assert.True(Catalogue.NamesItsTopic(Section(section)));
        Assert.Equal(MismatchEvidence.Topic, Catalogue.EvidenceAgainst(Section(section), Catalogue.ReadItem(item)));
        Assert.Equal(TopicVerdict.DoesNotAddress, Verdict(section, item));
    }

    [Theory]
    [InlineData("test.odg-back/ppis", "Pepcid 20mg #60")]
    [InlineData("test.odg-back/ppis", "Famotidine 40 mg")]
    public void ATreatmentOfTheSameNarrowClassIsNoEvidenceOfAMismatch(string section, string item)
    {
        // An H2 blocker decided on the PPI section: another drug, but the same gastric-protection question.
        Assert.Equal(MismatchEvidence.None, Catalogue.EvidenceAgainst(Section(section), Catalogue.ReadItem(item)));
        Assert.Equal(TopicVerdict.Unknown, Verdict(section, item));
        // The broad family alone is not such a class: an opioid and a benzodiazepine are both medications.
        Assert.Equal(TopicVerdict.DoesNotAddress, Verdict("test.pain/opioids", "Diazepam 5mg"));
    }

    [Theory]
    [InlineData("MRI of the thoracic spine")]
    [InlineData("Thoracic MRI")]
    [InlineData("T-spine MRI")]
    [InlineData("MRI of the lumbar spine")]
    [InlineData("Lumbar MRI without contrast")]
    public void ATitleThatNamesABodyRegionWidensTheChaptersBodyParts(string item)
    {
        // The chapter declares only the lumbar spine, but its title names the thoracic spine too.
        Assert.Contains(BodyPart.Thoracic, Catalogue.BodyPartsAbout(Section("test.odg-back/mris")));
        Assert.Equal(TopicVerdict.Addresses, Verdict("test.odg-back/mris", item));
    }

    [Fact]
    public void TitlesNeverGiveASectionBodyPartsItsCatalogueDoesNotDeclare()
    {
        // "Lumbar supports" of a chapter about every body part stays about every body part.
        Assert.Empty(Catalogue.BodyPartsAbout(Section("test.pain/opioids")));
        Assert.Equal(MismatchEvidence.None, Catalogue.EvidenceAgainst(Section("test.pain/physical-medicine"), Catalogue.ReadItem("Physical therapy for the knee")));
    }

    [Fact]
    public void ATreatmentNameIsReadInThePluralToo()
    {
        Assert.Equal("lumbar-support", Assert.Single(Catalogue.ReadItem("Lumbar supports (purchase)").Treatments).Id);
        Assert.Equal("physical-medicine", Assert.Single(Catalogue.ReadItem("Physical therapies").Treatments).Id);
    }

    [Theory]
    [InlineData(BodyPart.Shoulder, BodyPart.UpperExtremity)]
    [InlineData(BodyPart.WristHand, BodyPart.UpperExtremity)]
    [InlineData(BodyPart.AnkleFoot, BodyPart.LowerExtremity)]
    [InlineData(BodyPart.Thoracic, BodyPart.Spine)]
    public void ARegionContainsItsParts(BodyPart part, BodyPart region)
    {
        Assert.Equal(region, BodyParts.RegionOf(part));
        Assert.True(BodyParts.Overlap(part, region));
        Assert.True(BodyParts.Overlap(region, part));
    }

    [Theory]
    [InlineData("Sacroiliac joint injection", BodyPart.Hip)]
    [InlineData("Sacroiliac joint injection", BodyPart.Lumbar)]
    public void TheSacroiliacJointBelongsToTheLowBackAndThePelvis(string item, BodyPart part) =>
        Assert.Contains(part, Catalogue.ReadItem(item).BodyParts);

    [Fact]
    public void TheMtusSectionsOnATopicLeaveOutScopesInferredByClass()
    {
        // IMR0110 names an MTUS section that addresses the topic; a general heading whose scope is a class ("Initial Care":
        // equipment) is no evidence of that, a section on the topic itself is.
        var sling = Catalogue.FindTreatment("sling")!;
        Assert.DoesNotContain(Catalogue.MtusSectionsAddressing(sling, null), s => s.Title == "Initial Care");
        Assert.False(Catalogue.HasOwnTopicScope(Section("test.shoulder/shoulder-initial-care")));
        var norco = Catalogue.FindTreatment("hydrocodone")!;
        Assert.Contains(Catalogue.MtusSectionsAddressing(norco, null), s => s.FullId == "test.pain/opioids");
        Assert.True(Catalogue.HasOwnTopicScope(Section("test.pain/opioids")));
    }
}

