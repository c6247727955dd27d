using System;
using System.Linq;
using System.Text;
using ImrCite.Tests.Support;
using Xunit;
using static ImrCite.Tests.Support.Catalogues;

namespace ImrCite.Tests;

/// <summary>
/// Diagnostic bombs (issue 13): at most one diagnostic per offending record and rule, duplicates listed once,
/// messages bounded in length. Time is checked by the reliability suite (tests/ImrCite.Reliability.Tests).
/// </summary>
public sealed class CatalogueBudgetTests
{
    private const int MessageLimit = 600;

    private static string Document(string sections, string pages = "1-999999") =>
        "{ \"sources\": [ { \"id\": \"mtus\", \"name\": \"MTUS\", \"tier\": \"mtus\" } ],\n  \"documents\": [ { \"id\": \"d\", \"source\": \"mtus\", \"title\": \"D\", \"edition\": \"1\", "
        + "\"effectiveFrom\": \"2009-07-18\", \"pages\": \"" + pages + "\", \"sourceNote\": \"n\", \"sections\": [" + sections + "] } ] }";

    [Fact]
    public void RepeatedPagesInOnePageSetAreOneDiagnosticWithABoundedMessage()
    {
        string pages = string.Join(",", Enumerable.Repeat("1", 1000));
        var loaded = Load(Document("{ \"id\": \"s\", \"title\": \"S\", \"pages\": \"" + pages + "\" }"));
        var diagnostic = AssertSingle(loaded, "IMR0008");
        Assert.True(diagnostic.Message.Length < MessageLimit, diagnostic.Message);
        Assert.Contains("Pages 1 and 1 of the page set '1,1,1,", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("(999 entries repeat pages listed before them)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyReversedRangesAreOneDiagnostic()
    {
        string pages = string.Join(",", Enumerable.Range(0, 500).Select(i => $"{2 * i + 2}-{2 * i + 1}"));
        var diagnostic = AssertSingle(Load(Document("{ \"id\": \"s\", \"title\": \"S\", \"pages\": \"" + pages + "\" }")), "IMR0007");
        Assert.Contains("'2-1'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableHugePageSetQuotesABoundedPart()
    {
        string pages = string.Join(",", Enumerable.Range(1, 5000)) + ",x";
        var diagnostic = AssertSingle(Load(Document("{ \"id\": \"s\", \"title\": \"S\", \"pages\": \"" + pages + "\" }")), "IMR0006");
        Assert.True(diagnostic.Message.Length < MessageLimit, diagnostic.Message);
    }

    [Fact]
    public void TwoThousandIdenticalSiblingsGiveAtMostOneDiagnosticPerSectionAndRule()
    {
        const int count = 2000;
        string sections = string.Join(",\n", Enumerable.Repeat("{ \"id\": \"same\", \"title\": \"Same\", \"pages\": \"10-20\" }", count));
        var loaded = Load(Document(sections));
        foreach (var group in loaded.Diagnostics.GroupBy(d => d.Id))
        {
            Assert.True(group.Count() <= count - 1, $"{group.Key}: {group.Count()} diagnostics for {count} sections");
            // Each of them at a different section: never two of one rule at one place.
            Assert.Equal(group.Count(), group.Select(d => d.Location.Start).Distinct().Count());
        }
        Assert.Equal(new[] { "IMR0005", "IMR0008", "IMR0011" }, loaded.Diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(count - 1, loaded.Diagnostics.Count(d => d.Id == "IMR0008"));
        Assert.All(loaded.Diagnostics, d => Assert.True(d.Message.Length < MessageLimit, d.Message));
    }

    [Fact]
    public void SiblingsThatAllOverlapOneAreEachReportedOnceAtTheLaterSibling()
    {
        string sections = "{ \"id\": \"wide\", \"title\": \"Wide\", \"pages\": \"1-1000\" },\n"
            + string.Join(",\n", Enumerable.Range(1, 300).Select(i => $"{{ \"id\": \"s{i}\", \"title\": \"S{i}\", \"pages\": \"{3 * i}-{3 * i + 1}\" }}"));
        var loaded = Load(Document(sections));
        var overlaps = loaded.Diagnostics.Where(d => d.Id == "IMR0008").ToList();
        Assert.Equal(300, overlaps.Count);
        Assert.All(overlaps, d => Assert.Contains("with its sibling 'wide'", d.Message, StringComparison.Ordinal));
        Assert.Equal(300, loaded.Diagnostics.Count);
    }

    [Fact]
    public void HugeValuesInMessagesAreShortened()
    {
        string longId = string.Concat(Enumerable.Repeat("abcdefghij.", 10000)) + "z";
        string text = "{ \"sources\": [ { \"id\": \"mtus\", \"name\": \"MTUS\", \"tier\": \"mtus\" } ], \"documents\": [ "
            + "{ \"id\": \"" + longId + "\", \"source\": \"" + longId + "\", \"title\": \"T\", \"edition\": \"1\", \"effectiveFrom\": \"2009-07-18\", \"sourceNote\": \"n\", "
            + "\"supersededBy\": \"" + longId + "x\", \"supersededOn\": \"2010-01-01\", \"" + new string('q', 50000) + "\": 1, \"codeName\": \"" + new string('-', 50000) + "\" } ] }";
        var loaded = Load(text);
        Assert.Equal(new[] { "IMR0002", "IMR0004", "IMR0012", "IMR0014" }, loaded.Diagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(loaded.Diagnostics, d => Assert.True(d.Message.Length < MessageLimit, $"{d.Id}: {d.Message.Length} characters"));
    }

    [Fact]
    public void UnknownSourceListsAFewKnownSourcesNotAllOfThem()
    {
        var builder = new StringBuilder("{ \"sources\": [");
        builder.AppendJoin(", ", Enumerable.Range(0, 3000).Select(i => $"{{ \"id\": \"source-{i:D4}\", \"name\": \"S\", \"tier\": \"other\" }}"));
        builder.Append("], \"documents\": [");
        builder.AppendJoin(", ", Enumerable.Range(0, 100).Select(i => $"{{ \"id\": \"d{i}\", \"source\": \"nope\", \"title\": \"T{i}\", \"edition\": \"1\", \"effectiveFrom\": \"2009-07-18\", \"sourceNote\": \"n\" }}"));
        builder.Append("] }");
        var loaded = Load(builder.ToString());
        Assert.Equal(100, loaded.Diagnostics.Count(d => d.Id == "IMR0014"));
        var first = loaded.Diagnostics.First(d => d.Id == "IMR0014");
        Assert.Contains("source-0000, source-0001, source-0002, source-0003, source-0004 and 2995 more", first.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManySameTitleDocumentsInForceTogetherAreOneWarningEachNotOnePerPair()
    {
        const int count = 500;
        var builder = new StringBuilder("{ \"sources\": [ { \"id\": \"odg\", \"name\": \"ODG\", \"tier\": \"guideline\" } ], \"documents\": [");
        builder.AppendJoin(", ", Enumerable.Range(0, count).Select(i => $"{{ \"id\": \"d{i}\", \"source\": \"odg\", \"title\": \"Pain\", \"edition\": \"{i}\", \"effectiveFrom\": \"2009-07-18\", \"sourceNote\": \"n\" }}"));
        builder.Append("] }");
        var loaded = Load(builder.ToString());
        Assert.Equal(count - 1, loaded.Diagnostics.Count);
        Assert.All(loaded.Diagnostics, d => Assert.Equal("IMR0016", d.Id));
    }

    [Fact]
    public void SameTitleDocumentsInSuccessiveWindowsAreFineInAnyDeclarationOrder()
    {
        // Declared newest first; windows touch but do not overlap.
        var builder = new StringBuilder("{ \"sources\": [ { \"id\": \"odg\", \"name\": \"ODG\", \"tier\": \"guideline\" } ], \"documents\": [");
        builder.AppendJoin(", ", Enumerable.Range(0, 50).Reverse().Select(i =>
            $"{{ \"id\": \"d{i}\", \"source\": \"odg\", \"title\": \"Pain\", \"edition\": \"{2000 + i}\", \"effectiveFrom\": \"{2000 + i}-01-01\", \"effectiveTo\": \"{2000 + i}-12-31\", \"sourceNote\": \"n\" }}"));
        builder.Append("] }");
        AssertClean(Load(builder.ToString()));
    }

    [Fact]
    public void OverlapHiddenBehindALongerWindowIsStillFound()
    {
        // d2 overlaps d0 only; d1 (in between by start date) ends early. The sweep keeps the longest window.
        const string text = """
            { "sources": [ { "id": "odg", "name": "ODG", "tier": "guideline" } ], "documents": [
              { "id": "d0", "source": "odg", "title": "Pain", "edition": "0", "effectiveFrom": "2000-01-01", "sourceNote": "n" },
              { "id": "d1", "source": "odg", "title": "Other", "aliases": ["Pain"], "edition": "1", "effectiveFrom": "2001-01-01", "effectiveTo": "2001-01-31", "sourceNote": "n" },
              { "id": "d2", "source": "odg", "title": "Third", "aliases": ["Pain"], "edition": "2", "effectiveFrom": "2005-01-01", "sourceNote": "n" } ] }
            """;
        var loaded = Load(text);
        var ids = loaded.Diagnostics.Select(d => (d.Id, Document: d.Message.Split('\'')[5])).ToList();
        Assert.Equal(new[] { ("IMR0016", "d1"), ("IMR0016", "d2") }, ids);
    }
}
