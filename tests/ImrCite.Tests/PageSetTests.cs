using System;
using System.Linq;
using ImrCite.Catalogue;
using Xunit;

namespace ImrCite.Tests;

public sealed class PageSetTests
{
    private static string Ranges(PageSet set) => string.Join(" ", set.Ranges.Select(r => $"[{r.First},{r.Last}]"));

    [Theory]
    [InlineData("24", "[24,24]")]
    [InlineData("74-96", "[74,96]")]
    [InlineData(" 74 - 96 ", "[74,96]")]
    [InlineData("74\u201396", "[74,96]")]
    [InlineData("74\u201496", "[74,96]")]
    [InlineData("76, 80-82", "[76,76] [80,82]")]
    [InlineData("80-82,76", "[80,82] [76,76]")]
    [InlineData("96-74", "[96,74]")]
    [InlineData("000024", "[24,24]")]
    public void TryParse_ReadsRangesInWrittenOrder(string text, string expected)
    {
        var set = PageSet.TryParse(text, out string? error);
        Assert.Null(error);
        Assert.NotNull(set);
        Assert.Equal(expected, Ranges(set!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("74-")]
    [InlineData("-96")]
    [InlineData("1,,2")]
    [InlineData("1,")]
    [InlineData("0")]
    [InlineData("0-5")]
    [InlineData("seventy")]
    [InlineData("74 96")]
    [InlineData("1234567")]
    [InlineData("p. 24")]
    [InlineData("-5")]
    [InlineData("1-2-3")]
    public void TryParseRejectsTextThatIsNotAPageSet(string text)
    {
        Assert.Null(PageSet.TryParse(text, out string? error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void ParseThrowsFormatExceptionWithTheReason()
    {
        var exception = Assert.Throws<FormatException>(() => PageSet.Parse("74-"));
        Assert.Contains("74-", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReversedRangeIsKeptAsWrittenAndReportsItself()
    {
        var range = PageSet.Parse("96-74").Ranges.Single();
        Assert.True(range.IsReversed);
        Assert.Equal((74, 96), (range.Low, range.High));
        Assert.Equal("96-74", range.ToString());
        Assert.False(new PageRange(74, 96).IsReversed);
        Assert.False(new PageRange(24, 24).IsReversed);
    }

    [Fact]
    public void LowAndHighSpanAllRanges()
    {
        var set = PageSet.Parse("80-82, 76, 124");
        Assert.Equal(76, set.Low);
        Assert.Equal(124, set.High);
    }

    [Theory]
    [InlineData("74-96", 74, true)]
    [InlineData("74-96", 96, true)]
    [InlineData("74-96", 73, false)]
    [InlineData("74-96", 97, false)]
    [InlineData("96-74", 80, true)]
    [InlineData("76, 80-82", 78, false)]
    [InlineData("76, 80-82", 81, true)]
    public void ContainsPage(string set, int page, bool expected) =>
        Assert.Equal(expected, PageSet.Parse(set).Contains(page));

    [Theory]
    [InlineData("1-127", "74-96", true)]
    [InlineData("74-96", "76-80, 88", true)]
    [InlineData("74-96", "96-98", false)]
    [InlineData("76, 80-82", "76-80", false)]
    [InlineData("76, 80-82", "82-80", true)]
    public void ContainsSet(string outer, string inner, bool expected) =>
        Assert.Equal(expected, PageSet.Parse(outer).Contains(PageSet.Parse(inner)));

    [Theory]
    [InlineData("74-96", "90-100", 7)]
    [InlineData("74-80", "80-96", 1)]
    [InlineData("74-80", "81-96", 0)]
    [InlineData("74-96", "80", 1)]
    [InlineData("10-20, 30-40", "15-35", 12)]
    [InlineData("96-74", "74-96", 23)]
    public void OverlapWithCountsSharedPages(string a, string b, int shared)
    {
        Assert.Equal(shared, PageSet.Parse(a).OverlapWith(PageSet.Parse(b)));
        Assert.Equal(shared, PageSet.Parse(b).OverlapWith(PageSet.Parse(a)));
    }

    [Theory]
    [InlineData("74-96", "70-100", "70-73, 97-100")]
    [InlineData("74-96", "80-81", "")]
    [InlineData("80, 124", "80-81", "81")]
    [InlineData("24", "30", "30")]
    [InlineData("1-127", "96-130", "128-130")]
    public void OutsideListsThePagesNotInTheSet(string set, string cited, string expected) =>
        Assert.Equal(expected, PageSet.Parse(set).Outside(PageSet.Parse(cited)).ToString());

    [Fact]
    public void NormalizeSortsAndMergesAdjacentAndOverlappingRanges()
    {
        Assert.Equal("74-96, 124", PageSet.Parse("124, 90-96, 80-89, 74-82").Normalize().ToString());
        Assert.Equal("74-96", PageSet.Parse("96-74").Normalize().ToString());
    }

    [Fact]
    public void FormattingUsesHyphensForTheCatalogueAndEnDashesForDisplay()
    {
        var set = PageSet.Parse("76, 80-82");
        Assert.Equal("76, 80-82", set.ToString());
        Assert.Equal("76, 80\u201382", set.ToDisplayString());
        Assert.Equal("pp. 76, 80\u201382", set.ToCitationString());
        Assert.Equal("p. 24", PageSet.Parse("24").ToCitationString());
        Assert.Equal("pp. 74\u201396", PageSet.Parse("74-96").ToCitationString());
        Assert.Equal("pp. 24, 29", PageSet.Parse("24, 29").ToCitationString());
    }

    [Fact]
    public void EqualityIsByRangesInWrittenOrder()
    {
        Assert.Equal(PageSet.Parse("74-96"), PageSet.Parse(" 74 \u2013 96"));
        Assert.Equal(PageSet.Parse("74-96").GetHashCode(), PageSet.Parse("74\u201396").GetHashCode());
        Assert.NotEqual(PageSet.Parse("74-96"), PageSet.Parse("96-74"));
        Assert.NotEqual(PageSet.Parse("76, 80"), PageSet.Parse("80, 76"));
        Assert.False(PageSet.Parse("24").Equals(null));
        Assert.True(new PageRange(74, 96) == new PageRange(74, 96));
        Assert.True(new PageRange(74, 96) != new PageRange(96, 74));
    }

    [Fact]
    public void EmptySetHasNoPages()
    {
        var empty = new PageSet();
        Assert.True(empty.IsEmpty);
        Assert.False(empty.Contains(1));
        Assert.True(PageSet.Parse("1-10").Contains(empty));
        Assert.Equal("", empty.ToString());
    }
}
