using System;
using System.IO;
using System.Linq;
using ImrCite.Catalogue;
using ImrCite.Citations;
using ImrCite.Diagnostics;
using Xunit;

namespace ImrCite.Reliability.Tests;

/// <summary>
/// Fullwidth digits ("Page ７４", "９７９２.２０") and digits of other scripts are read as the ASCII digits they stand
/// for — page numbers, regulation numbers and years alike — and each citation that has them gets one IMR0100 warning
/// that names the number, says how it is read and asks for ASCII digits; never the generic "not followed by any page
/// number".
/// </summary>
public sealed class NonAsciiDigitTests
{
    private static readonly Lazy<CitationResolver> Resolver = new(() =>
        new CitationResolver(CatalogueLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "guidelines") }).Catalogue));

    private static readonly GuidelineDate AsOf = new(2015, 6, 1);

    private static string Fullwidth(string ascii) => new(ascii.Select(c => c is >= '0' and <= '9' ? (char)('\uff10' + (c - '0')) : c).ToArray());

    [Theory]
    [InlineData("MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96")]
    [InlineData("MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-120 of 127")]
    [InlineData("MTUS Chronic Pain Medical Treatment Guidelines (2009) Benzodiazepines Page 24")]
    [InlineData("8 C.C.R. \u00a7\u00a7 9792.20 - 9792.26")]
    public void FullwidthDigitsAreReadAsDigitsAndReportedOnce(string ascii)
    {
        string fullwidth = Fullwidth(ascii);
        var expected = Resolver.Value.Analyze(ascii, AsOf);
        var actual = Resolver.Value.Analyze(fullwidth, AsOf);

        Assert.Equal(fullwidth, actual.Text);
        Assert.Equal(expected.Citations.Select(c => c.ToString()), actual.Citations.Select(c => c.ToString()));
        // The same findings as the ASCII text, at the same places, and one more: the digits.
        Assert.Equal(expected.Problems.Select(p => (p.Id, p.Start, p.Length)), actual.Problems.Where(p => !IsDigitsFinding(p)).Select(p => (p.Id, p.Start, p.Length)));
        var digits = Assert.Single(actual.Problems, IsDigitsFinding);
        Assert.Equal(ImrSeverity.Warning, digits.Severity);
        string first = fullwidth.Substring(digits.Start, digits.Length);
        Assert.Contains($"'{first}' is written in fullwidth digits", digits.Message, StringComparison.Ordinal);
        Assert.Contains("write ASCII digits", digits.Message, StringComparison.Ordinal);
        Assert.Equal(ascii.Substring(digits.Start, digits.Length), digits.Suggestion);
        Assert.DoesNotContain(actual.Problems, p => p.Message.Contains("not followed by any page number", StringComparison.Ordinal));
    }

    [Fact]
    public void DigitsOfAnotherScriptAreNamedSo()
    {
        // Arabic-Indic digits: "٧٤-٩٦".
        var analysis = Resolver.Value.Analyze("MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): \u0667\u0664-\u0669\u0666", AsOf);
        Assert.Equal("MTUS Chronic Pain Medical Treatment Guidelines (2009), Opioids, pp. 74\u201396", Assert.Single(analysis.Citations).ToString());
        var digits = Assert.Single(analysis.Problems);
        Assert.Equal("IMR0100", digits.Id);
        Assert.Contains("'\u0667\u0664' is written in digits of another script (and 1 more number of this citation); it is read as '74'", digits.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AsciiTextIsNotCopied()
    {
        const string text = "MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96";
        Assert.Same(text, Resolver.Value.Analyze(text, AsOf).Text);
        Assert.Empty(Resolver.Value.Analyze(text, AsOf).Problems);
    }

    private static bool IsDigitsFinding(CitationProblem problem) => problem.Id == "IMR0100" && problem.Message.Contains("is written in", StringComparison.Ordinal);
}
