using System;
using ImrCite.Catalogue;
using ImrCite.Cli.Letters;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// The letter's structure is read through the white space other tools put in a line: a form feed where a page breaks (text
/// extracted with pdftotext), a no-break space, a '\r' left of a "\r\r\n" line end. Only a line break ends a line.
/// </summary>
public sealed class LetterWhiteSpaceTests
{
    private static string Letter(string itemLine, string decisionDate = "Decision Date: 06/15/2015") => $"""
        Case Number: CM26-9990401
        {decisionDate}

        IMR ISSUES, DECISIONS AND RATIONALES
        The Final Determination was based on decisions for the disputed items/services set forth below:

        {itemLine}

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Opioids.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Opioids.

        Decision rationale: Not medically necessary.

        Lumbar MRI: Overturned

        Decision rationale: Medically necessary.
        """;

    [Theory]
    [InlineData("Norco 10/325 mg #120: Upheld")]
    [InlineData("Norco 10/325 mg #120:\n\fUpheld")]
    [InlineData("Norco 10/325 mg #120:\u00A0Upheld")]
    [InlineData("Norco 10/325 mg #120\u00A0: Upheld")]
    [InlineData("Norco 10/325 mg #120: Upheld\f")]
    [InlineData("Norco 10/325 mg #120: Upheld\r")]
    [InlineData("\fNorco 10/325 mg #120: Upheld")]
    [InlineData("Norco 10/325 mg #120:\v\u2003Upheld\u00A0")]
    public void AnItemLineIsReadThroughWhiteSpaceThatIsNoLineBreak(string itemLine)
    {
        var structure = LetterReader.Read(Letter(itemLine));
        Assert.Equal(2, structure.Items.Count);
        var item = structure.Items[0];
        Assert.Equal("Norco 10/325 mg #120", item.Text);
        Assert.Equal("Upheld", item.Decision);
        Assert.NotNull(item.ClaimsAdministrator);
        Assert.NotNull(item.Maximus);
        Assert.NotNull(item.Rationale);
    }

    [Theory]
    [InlineData("Claims Administrator guideline\u00A0:")]
    [InlineData("Claims Administrator guideline\f:")]
    public void ALabelIsReadThroughWhiteSpaceBeforeItsColon(string label)
    {
        var structure = LetterReader.Read(Letter("Norco 10/325 mg #120: Upheld").Replace("Claims Administrator guideline:", label, StringComparison.Ordinal));
        Assert.NotNull(structure.Items[0].ClaimsAdministrator);
    }

    [Theory]
    [InlineData("Decision Date:\u00A006/15/2015")]
    [InlineData("Decision Date:\f06/15/2015")]
    public void TheDecisionDateIsReadThroughWhiteSpace(string decisionDate) =>
        Assert.Equal(new GuidelineDate(2015, 6, 15), LetterReader.Read(Letter("Norco 10/325 mg #120: Upheld", decisionDate)).DecisionDate);

    [Fact]
    public void ALineBreakStillEndsTheLine() =>
        Assert.Single(LetterReader.Read(Letter("Norco 10/325 mg #120:\n\nUpheld")).Items);
}
