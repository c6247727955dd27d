using System;
using System.Linq;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// IMR0200 on guidelines cited as a whole, on synthetic letters of our own: a guideline whose declared scope is one kind of
/// care (the Acupuncture Medical Treatment Guidelines, the drug formulary) cited for another kind is reported; the same
/// guideline cited for its own kind, or a guideline with no declared scope, is not.
/// </summary>
public sealed class GuidelineScopeLetterTests
{
    private const string Letter = """
        Case Number:          CM17-9990600
        Decision Date:        04/11/2019

                          IMR ISSUES, DECISIONS AND RATIONALES
        The Final Determination was based on decisions for the disputed items/services set forth below:

        Chiropractic adjustments of the lower back, six visits: Upheld

        Claims Administrator guideline: Decision based on MTUS Acupuncture Medical Treatment Guidelines.

        MAXIMUS guideline: Decision based on MTUS Acupuncture Medical Treatment Guidelines.

        Decision rationale: Prior visits gave no lasting benefit. The request is not medically necessary.

        Acupuncture to the neck, six sessions: Overturned

        Claims Administrator guideline: Decision based on MTUS Acupuncture Medical Treatment Guidelines.

        MAXIMUS guideline: Decision based on MTUS Acupuncture Medical Treatment Guidelines.

        Decision rationale: A trial is supported. The request is medically necessary.

        Individual psychotherapy, eight sessions: Upheld

        Claims Administrator guideline: Decision based on MTUS Drug Formulary.

        MAXIMUS guideline: Decision based on MTUS Drug Formulary.

        Decision rationale: No treatment plan is documented. The request is not medically necessary.

        Meloxicam 15 mg, thirty tablets: Overturned

        Claims Administrator guideline: Decision based on MTUS Drug Formulary.

        MAXIMUS guideline: Decision based on MTUS Drug Formulary.

        Decision rationale: An NSAID is first-line. The request is medically necessary.

        """;

    private static readonly SyntheticLetter Linted = new("CM17-9990600.txt", Letter);

    [Theory]
    [InlineData("Chiropractic adjustments of the lower back, six visits", "Acupuncture Medical Treatment Guidelines")]
    [InlineData("Individual psychotherapy, eight sessions", "Drug Formulary")]
    public void AnotherKindOfCareDecidedOnAGuidelineAboutOneKindIsReportedOncePerStatement(string item, string guideline)
    {
        var findings = Linted.TopicFindings(item);
        Assert.Equal(2, findings.Length);
        Assert.All(findings, f => Assert.Contains(guideline, f.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Acupuncture to the neck, six sessions")]
    [InlineData("Meloxicam 15 mg, thirty tablets")]
    public void ItsOwnKindOfCareIsNotReported(string item) => Assert.Empty(Linted.TopicFindings(item));

    [Fact]
    public void EveryItemIsRead() => Assert.Equal(4, Linted.Report.Items.Count);
}
