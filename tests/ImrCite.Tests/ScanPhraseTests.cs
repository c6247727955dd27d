using System;
using CsCheck;
using ImrCite.Citations;
using Xunit;

namespace ImrCite.Tests;

/// <summary>
/// <see cref="Scan.IndexOfPhrase"/> jumps: it first asks whether the phrase's second word stands anywhere after the
/// start, then stops only at the first letters of words. Both shortcuts must find exactly what asking
/// <see cref="Scan.PhraseLength"/> at every position finds, on text that holds the phrases whole, broken across
/// lines and hyphens, in any case, cut short, and beside letters that lower to ASCII ('İ', the Kelvin sign).
/// </summary>
public sealed class ScanPhraseTests
{
    private static readonly string[] Phrases = { "decision based on", "and other medical treatment guidelines", "non-mtus citation" };

    private static readonly string[] Pieces =
    {
        " ", "  ", "\n", "\r\n ", "-", " - ", ",", "(", ")", "Decision", "decision", "DECISION", "based", "BASED", "Based", "on", "On",
        "and", "And", "other", "OTHER", "Other", "medical", "Medical", "treatment", "Treatment", "guidelines", "Guidelines",
        "non", "Non", "mtus", "MTUS", "citation", "Citation", "Decision based on", "Decision based\non", "and Other Medical Treatment Guidelines",
        "Non-MTUS Citation", "Non MTUS Citation", "decisionbased", "xdecision", "basedon", "othermedical", "Pain", "Page(s): 74-96",
        "\u0130", "\u212A", "\u00C9", "7", "a", "d", "D",
    };

    private static Gen<string> Text() =>
        Gen.Frequency((5, Gen.OneOfConst(Pieces)), (1, Gen.String[Gen.Char["adbDAB oe-\n"], 1, 6]))
            .Array[0, 30]
            .Select(parts => string.Concat(parts));

    /// <summary>The phrase's first place at or after <paramref name="start"/>, asked at every position.</summary>
    private static int EveryPosition(string text, string phrase, int start, int end)
    {
        for (int i = Math.Max(0, start); i < end; i++)
        {
            if (Scan.PhraseLength(text, i, end, phrase) > 0)
            {
                return i;
            }
        }
        return -1;
    }

    [Fact]
    public void IndexOfPhraseFindsWhatEveryPositionFinds()
    {
        Gen.Select(Text(), Gen.Int[0, 2], Gen.Int[0, 40], Gen.Int[0, 40]).Sample((text, phrase, from, cut) =>
        {
            int start = Math.Min(from, text.Length);
            int end = Math.Max(start, text.Length - cut);
            Assert.Equal(EveryPosition(text, Phrases[phrase], start, end), Scan.IndexOfPhrase(text, Phrases[phrase], start, end));
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96", "decision based on", -1)]
    [InlineData("Opioids. Decision based\n on Non-MTUS Citation ODG", "decision based on", 9)]
    [InlineData("ODG Pain and other medical treatment guidelines www.example.org", "and other medical treatment guidelines", 9)]
    [InlineData("ODG Pain and other medical treatment guidelinesX", "and other medical treatment guidelines", -1)]
    [InlineData("based on the decision", "decision based on", -1)]
    public void IndexOfPhraseOnLetterLines(string text, string phrase, int expected) =>
        Assert.Equal(expected, Scan.IndexOfPhrase(text, phrase, 0, text.Length));
}
