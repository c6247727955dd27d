using System;
using System.Linq;
using ImrCite.Cli.Letters;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// IMR0200's purpose evidence in both directions, on a synthetic letter of our own with the shipped catalogue: a
/// diagnostic study decided on a chapter's heading of treatment methods, and a treatment decided on a chapter's heading
/// of diagnostic studies, are reported with the evidence in the message; the same items on the heading of their own
/// purpose are not.
/// </summary>
public sealed class PurposeEvidenceTests
{
    private const string Letter = """
        Case Number:          CM17-9990300
        Decision Date:        03/14/2017

        IMR ISSUES, DECISIONS AND RATIONALES

        MRI of the lumbar spine without contrast: Upheld

        Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004, Section(s):
        Physical Methods.

        MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.

        Decision rationale: No red flags are documented. The request is not medically necessary.

        Physical therapy 2x4 for the lumbar spine: Upheld

        Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004, Section(s):
        Physical Methods.

        MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.

        Decision rationale: Prior therapy gave no functional gain. Not medically necessary.

        Ibuprofen 800mg #60: Upheld

        Claims Administrator guideline: Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs.

        Decision rationale: Not medically necessary.
        """;

    private static readonly SyntheticLetter Linted = new("CM17-9990301.txt", Letter);

    private static LetterFinding[] TopicFindings(string item) => Linted.TopicFindings(item);

    private static int LineOf(string text) => Linted.LineOf(text);

    [Fact]
    public void ADiagnosticStudyOnAHeadingOfTreatmentMethodsSaysSo()
    {
        var finding = Assert.Single(TopicFindings("MRI of the lumbar spine without contrast"));
        Assert.StartsWith("'Physical Methods' is cited for", finding.Message, StringComparison.Ordinal);
        Assert.Contains("(it covers treatment, and this item is a diagnostic study)", finding.Message, StringComparison.Ordinal);
        // The low back chapter's imaging section titled by the item's class ("MRI", within its Special Studies).
        Assert.Contains("e.g. 'MRI'", finding.Message, StringComparison.Ordinal);
        // The reviewer's Special Studies addresses the MRI: only the claims administrator's statement is reported.
        Assert.Equal(LineOf("MRI of the lumbar spine without contrast") + 3, finding.Line);
    }

    [Fact]
    public void ATreatmentOnAHeadingOfDiagnosticStudiesSaysSo()
    {
        var finding = Assert.Single(TopicFindings("Physical therapy 2x4 for the lumbar spine"));
        Assert.StartsWith("'Special Studies' is cited for", finding.Message, StringComparison.Ordinal);
        Assert.Contains("(it covers diagnostic studies, and this item is a treatment)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("e.g. 'Physical Methods'", finding.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf("Physical therapy 2x4 for the lumbar spine") + 5, finding.Line);
    }

    [Fact]
    public void AMedicationOnAnotherChaptersDiagnosticHeadingIsReportedOnceWithTheEvidence()
    {
        var finding = Assert.Single(TopicFindings("Ibuprofen 800mg #60"));
        Assert.Contains("(it covers diagnostic studies, and this item is a treatment)", finding.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf("Claims Administrator guideline: Decision based on MTUS Knee Complaints 2004"), finding.Line);
    }

    [Fact]
    public void OnlyTheThreeMismatchedStatementsAreReported()
    {
        Assert.Equal(3, Linted.Report.Findings.Count(f => f.Rule.Id == "IMR0200"));
    }
}
