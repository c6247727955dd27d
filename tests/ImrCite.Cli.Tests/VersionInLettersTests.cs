using System;
using System.Linq;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// Versions written the way later letters write them, in a synthetic letter of our own linted with the shipped
/// catalogue: a Drug List version after the formulary's name, and ACOEM guidelines named by their version dates.
/// </summary>
public sealed class VersionInLettersTests
{
    private const string Letter = """
        Case Number:          CM24-9990301
        Decision Date:        01/16/2024

                          IMR ISSUES, DECISIONS AND RATIONALES
        The Final Determination was based on decisions for the disputed items/services set forth below:

        Tramadol 50mg #60: Upheld

        Claims Administrator guideline: Decision based on MTUS Drug Formulary, MTUS Drug List v12.

        MAXIMUS guideline: Decision based on MTUS Drug Formulary, MTUS Drug List v10, and MTUS Opioids Guideline
        (ACOEM April 20, 2017), Section(s): Recommendations.

        Decision rationale: No functional gain is documented. The request is not medically necessary.

        Lumbar epidural steroid injection at L4-L5: Upheld

        Claims Administrator guideline: Decision based on MTUS Low Back Disorders Guideline (ACOEM March 7,
        2019), Section(s): Recommendations.

        MAXIMUS guideline: Decision based on MTUS Low Back Disorders Guideline (ACOEM February 13, 2020),
        Section(s): Recommendations.

        Decision rationale: Radiculopathy is not corroborated. The request is not medically necessary.

        Gabapentin 300mg #90: Upheld

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Guideline (ACOEM December 19, 2024),
        Section(s): Recommendations.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Guideline (ACOEM May 15, 2017), Section(s):
        Recommendations.

        Decision rationale: Neuropathic pain is not documented. The request is not medically necessary.
        """;

    private static readonly SyntheticLetter Linted = new("CM24-9990301.txt", Letter);

    private static string[] Findings(string rule) =>
        Linted.Report.Findings.Where(f => f.Rule.Id == rule).Select(f => f.Message).ToArray();

    [Fact]
    public void TheDrugListVersionAfterTheFormularyIsCheckedOnTheDecisionDate()
    {
        // v12 took effect after the decision date.
        var notInForce = Assert.Single(Findings("IMR0114"));
        Assert.Contains("MTUS Drug List (v12)", notInForce, StringComparison.Ordinal);
        Assert.Contains("MTUS Drug List (v10)", notInForce, StringComparison.Ordinal);
    }

    [Fact]
    public void VersionDatesPickTheVersionsTheyDate()
    {
        // March 7, 2019 is the Low Back Disorders version that the February 13, 2020 one superseded before the decision date.
        var superseded = Assert.Single(Findings("IMR0109"));
        Assert.Contains("Low Back Disorders (2019)", superseded, StringComparison.Ordinal);
        // December 19, 2024 is the proposed Chronic Pain guideline, not part of the MTUS.
        var proposed = Assert.Single(Findings("IMR0115"));
        Assert.Contains("Chronic Pain (2024)", proposed, StringComparison.Ordinal);
        // No date is read as a topic.
        Assert.Empty(Findings("IMR0113"));
        Assert.Empty(Findings("IMR0101"));
        Assert.Empty(Findings("IMR0102"));
    }
}
