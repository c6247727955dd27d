using System;
using ImrCite.Catalogue;
using Xunit;

namespace ImrCite.Tests;

public sealed class GuidelineDateTests
{
    [Theory]
    [InlineData("2016-07-28", 2016, 7, 28)]
    [InlineData("2009-07-18", 2009, 7, 18)]
    [InlineData("2016-02-29", 2016, 2, 29)]
    [InlineData("2000-02-29", 2000, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void TryParseReadsCalendarDates(string text, int year, int month, int day)
    {
        Assert.True(GuidelineDate.TryParse(text, out var date));
        Assert.Equal((year, month, day), (date.Year, date.Month, date.Day));
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2015-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("2016-02-30")]
    [InlineData("2016-04-31")]
    [InlineData("2016-13-01")]
    [InlineData("2016-00-10")]
    [InlineData("2016-07-00")]
    [InlineData("0000-01-01")]
    [InlineData("2016-7-28")]
    [InlineData("2016/07/28")]
    [InlineData(" 2016-07-28")]
    [InlineData("2016-07-28 ")]
    [InlineData("2016-07-28T00:00")]
    [InlineData("+016-07-28")]
    [InlineData("2016--7-28")]
    [InlineData("2016-07-2a")]
    [InlineData("\uff12\uff10\uff11\uff16-07-28")]
    [InlineData("07/28/2016")]
    public void TryParseRejectsAnythingElse(string? text)
    {
        Assert.False(GuidelineDate.TryParse(text, out var date));
        Assert.Equal(default, date);
    }

    [Fact]
    public void ParseThrowsFormatExceptionForBadText()
    {
        Assert.Throws<FormatException>(() => GuidelineDate.Parse("2016-02-30"));
    }

    [Theory]
    [InlineData(2015, 2, 29)]
    [InlineData(2016, 13, 1)]
    [InlineData(0, 1, 1)]
    [InlineData(10000, 1, 1)]
    [InlineData(2016, 1, 0)]
    public void ConstructorRejectsDatesThatDoNotExist(int year, int month, int day)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GuidelineDate(year, month, day));
    }

    [Fact]
    public void ComparisonIsChronological()
    {
        var before = GuidelineDate.Parse("2016-07-27");
        var on = GuidelineDate.Parse("2016-07-28");
        var nextYear = GuidelineDate.Parse("2017-01-01");
        Assert.True(before < on);
        Assert.True(on > before);
        var sameDay = new GuidelineDate(2016, 7, 28);
        Assert.True(on <= sameDay && on >= sameDay);
        Assert.False(on < sameDay || on > sameDay);
        Assert.True(on < nextYear);
        Assert.True(GuidelineDate.Parse("2016-12-31") < GuidelineDate.Parse("2017-01-01"));
        Assert.True(GuidelineDate.Parse("2016-09-30") < GuidelineDate.Parse("2016-10-01"));
        Assert.Equal(-1, Math.Sign(before.CompareTo(on)));
        Assert.Equal(0, on.CompareTo(new GuidelineDate(2016, 7, 28)));
    }

    [Fact]
    public void EqualityIsByDay()
    {
        Assert.Equal(new GuidelineDate(2016, 7, 28), GuidelineDate.Parse("2016-07-28"));
        Assert.True(new GuidelineDate(2016, 7, 28) == GuidelineDate.FromDateTime(new DateTime(2016, 7, 28, 23, 59, 0)));
        Assert.True(new GuidelineDate(2016, 7, 28) != new GuidelineDate(2016, 7, 27));
        Assert.Equal(new GuidelineDate(2016, 7, 28).GetHashCode(), GuidelineDate.Parse("2016-07-28").GetHashCode());
        Assert.False(new GuidelineDate(2016, 7, 28).Equals("2016-07-28"));
    }
}
