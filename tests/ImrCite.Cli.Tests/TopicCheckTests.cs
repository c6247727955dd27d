using System;
using ImrCite.Cli.Letters;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// IMR0200 on a synthetic letter of our own, with the shipped catalogue: a statement is judged as a whole (one finding
/// when none of its sections addresses the item, none when one does); broad sections, compounded and topical products,
/// monitoring sections and request modifiers are read for what they are; the suggestion follows the item's body part.
/// </summary>
public sealed class TopicCheckTests
{
    private const string Letter = """
        Case Number:          CM17-9990200
        Decision Date:        02/14/2017

                          IMR ISSUES, DECISIONS AND RATIONALES
        The Final Determination was based on decisions for the disputed items/services set forth below:

        MRI of the left knee: Upheld

        Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004, Section(s):
        Special Studies, Summary.

        MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Special
        Studies, and Knee Complaints 2004, Section(s): Special Studies.

        Decision rationale: No red flags are documented. The request is not medically necessary.

        Right L5 transforaminal epidural steroid injection: Upheld

        Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004, Section(s):
        Physical Methods, Surgical Considerations.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):
        Epidural steroid injections (ESIs).

        Decision rationale: Radiculopathy is not corroborated. The request is not medically necessary.

        Flurbiprofen 20%/Cyclobenzaprine 4% cream 180gm: Upheld

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016,
        Section(s): Topical analgesics.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):
        Compound drugs.

        Decision rationale: Muscle relaxants are not recommended topically. Not medically necessary.

        Urine drug screen: Overturned

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016,
        Section(s): Opioids, criteria for use.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):
        Drug testing.

        Decision rationale: The worker takes opioids. The request is medically necessary.

        Associated surgical service: Abduction sling: Overturned

        Claims Administrator guideline: Decision based on MTUS Shoulder Complaints 2004, Section(s):
        Initial Care.

        MAXIMUS guideline: Decision based on MTUS Shoulder Complaints 2004, Section(s): Surgical
        Considerations.

        Decision rationale: The surgery was certified. The request is medically necessary.

        Referral to physical therapy for the cervical spine: Upheld

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016,
        Section(s): Physical medicine treatment.

        MAXIMUS guideline: Decision based on MTUS Neck and Upper Back Complaints 2004, Section(s):
        Physical Methods.

        Decision rationale: Prior therapy gave no functional gain. Not medically necessary.

        Valium 5mg #30: Upheld

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016,
        Section(s): Opioids, criteria for use, Benzodiazepines.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):
        Opioids, criteria for use.

        Decision rationale: Benzodiazepines are not recommended for long-term use. Not medically necessary.

        MRI of the thoracic spine: Upheld

        Claims Administrator guideline: Decision based on Non-MTUS Citation Official Disability Guidelines
        (ODG), Low Back - Lumbar & Thoracic (Acute & Chronic), MRIs (magnetic resonance imaging).

        MAXIMUS guideline: Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Knee &
        Leg (Acute & Chronic), MRI's (magnetic resonance imaging).

        Decision rationale: No neurological deficit is documented. Not medically necessary.
        """;

    private static readonly SyntheticLetter Linted = new("CM17-9990200.txt", Letter);

    private static LetterFinding[] TopicFindings(string item) => Linted.TopicFindings(item);

    private static int LineOf(string text) => Linted.LineOf(text);

    [Fact]
    public void AStatementWhoseSectionsAllMissTheItemIsOneFindingNamingThemAll()
    {
        var finding = Assert.Single(TopicFindings("MRI of the left knee"));
        Assert.StartsWith("'Special Studies' and 'Summary' are cited for 'MRI of the left knee', but none of them addresses", finding.Message, StringComparison.Ordinal);
        // The evidence is the body part, and the message says what the cited sections are about.
        Assert.Contains("(they are about the lumbar spine)", finding.Message, StringComparison.Ordinal);
        // The suggestion is the knee chapter's, not another low back section.
        Assert.Contains("Knee Complaints", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Low Back", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStatementWithOneSectionThatAddressesTheItemIsNotReported()
    {
        // The reviewer cites the low back and the knee chapters' Special Studies: the knee's addresses a knee MRI.
        int reviewer = LineOf("MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004");
        int claimsAdministrator = LineOf("Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004, Section(s):");
        var finding = Assert.Single(TopicFindings("MRI of the left knee"));
        Assert.Equal(claimsAdministrator + 1, finding.Line);
        Assert.NotEqual(reviewer, finding.Line);
        Assert.NotEqual(reviewer + 1, finding.Line);
    }

    [Fact]
    public void TheLowBackChaptersGeneralSectionsAddressALumbarInjection() =>
        Assert.Empty(TopicFindings("Right L5 transforaminal epidural steroid injection"));

    [Fact]
    public void ACompoundedTopicalProductIsAddressedByTheTopicalAndCompoundSections() =>
        Assert.Empty(TopicFindings("Flurbiprofen 20%/Cyclobenzaprine 4% cream 180gm"));

    [Fact]
    public void ADrugTestIsAddressedByTheSectionsOnWhatItMonitors() =>
        Assert.Empty(TopicFindings("Urine drug screen"));

    [Fact]
    public void RequestModifiersLeaveTheTreatmentBehindThem()
    {
        Assert.Empty(TopicFindings("Associated surgical service: Abduction sling"));
        Assert.Empty(TopicFindings("Referral to physical therapy for the cervical spine"));
    }

    [Fact]
    public void TheSeedsKindOfDefectIsStillReportedWithTheRightSuggestion()
    {
        // The claims administrator's statement also cites Benzodiazepines: not reported. The reviewer's cites Opioids only.
        var finding = Assert.Single(TopicFindings("Valium 5mg #30"));
        Assert.StartsWith("'Opioids, criteria for use' is cited for 'Valium 5mg #30', but it does not address diazepam", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("e.g. 'Benzodiazepines'.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnImagingSectionOfAChapterCoveringTwoBodyPartsAddressesImagingOfEither()
    {
        // ODG's low back chapter is "Lumbar & Thoracic": its MRI section addresses a thoracic MRI; the knee chapter's does not.
        var finding = Assert.Single(TopicFindings("MRI of the thoracic spine"));
        Assert.Equal(LineOf("MAXIMUS guideline: Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Knee &") + 1, finding.Line);
    }
}
