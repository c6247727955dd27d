using System;
using System.Linq;
using System.Text;
using ImrCite.Reliability.Tests.Support;
using ImrCite.Tooling;
using Xunit;
using Xunit.Abstractions;

namespace ImrCite.Reliability.Tests;

/// <summary>
/// Doubling a catalogue at most doubles the time to read and validate it (and to format it), on the shapes
/// issue 13 found quadratic: many sibling sections, long page lists, many documents of one title, repeated
/// pages and identical siblings. Each is a ratio of two sizes measured in one run.
/// </summary>
public sealed class CatalogueScaling
{
    private readonly ITestOutputHelper _output;

    public CatalogueScaling(ITestOutputHelper output) => _output = output;

    private static string Document(string sections, string extra = "") =>
        "{ \"sources\": [ { \"id\": \"mtus\", \"name\": \"MTUS\", \"tier\": \"mtus\" } ], \"documents\": [ { \"id\": \"d\", \"source\": \"mtus\", \"title\": \"D\", \"edition\": \"1\", "
        + "\"effectiveFrom\": \"2009-07-18\", \"pages\": \"1-999999\", \"sourceNote\": \"n\"" + extra + ", \"sections\": [" + sections + "] } ] }";

    private static void Load(string text) => CatalogueLoader.FromText(("scaling.imrcite.json", text));

    [Fact]
    public void SiblingSections()
    {
        Scaling.AssertLinear(_output, "reader+validator, n sibling sections", n => Document(string.Join(",",
            Enumerable.Range(0, n).Select(i => $"{{ \"id\": \"s{i}\", \"title\": \"Section {i}\", \"pages\": \"{2 * i + 1}-{2 * i + 2}\" }}"))), Load, 1000);
    }

    [Fact]
    public void IdenticalSiblingSections()
    {
        Scaling.AssertLinear(_output, "reader+validator, n identical sibling sections", n => Document(string.Join(",",
            Enumerable.Repeat("{ \"id\": \"same\", \"title\": \"Same\", \"pages\": \"10-20\" }", n))), Load, 500);
    }

    [Fact]
    public void PageListEntries()
    {
        Scaling.AssertLinear(_output, "reader+validator, a page set of n entries", n => Document(
            "{ \"id\": \"s\", \"title\": \"S\", \"pages\": \"" + string.Join(", ", Enumerable.Range(0, n).Select(i => $"{3 * i + 1}-{3 * i + 2}")) + "\" }"), Load, 2000);
    }

    [Fact]
    public void RepeatedPages()
    {
        Scaling.AssertLinear(_output, "reader+validator, a page set of n repeated pages", n => Document(
            "{ \"id\": \"s\", \"title\": \"S\", \"pages\": \"" + string.Join(",", Enumerable.Repeat("1", n)) + "\" }"), Load, 2000);
    }

    [Fact]
    public void SameTitleDocuments()
    {
        Scaling.AssertLinear(_output, "reader+validator, n documents of one title", n =>
        {
            var text = new StringBuilder("{ \"sources\": [ { \"id\": \"odg\", \"name\": \"ODG\", \"tier\": \"guideline\" } ], \"documents\": [");
            text.AppendJoin(", ", Enumerable.Range(0, n).Select(i => $"{{ \"id\": \"d{i}\", \"source\": \"odg\", \"title\": \"Pain\", \"edition\": \"{i}\", \"effectiveFrom\": \"2009-07-18\", \"sourceNote\": \"n\" }}"));
            return text.Append("] }").ToString();
        }, Load, 500);
    }

    [Fact]
    public void SupersessionChainsAndCycles()
    {
        Scaling.AssertLinear(_output, "reader+validator, n documents in one supersession chain closing a cycle", n =>
        {
            var text = new StringBuilder("{ \"sources\": [ { \"id\": \"odg\", \"name\": \"ODG\", \"tier\": \"guideline\", \"coverage\": \"partial\" } ], \"documents\": [");
            text.AppendJoin(", ", Enumerable.Range(0, n).Select(i => $"{{ \"id\": \"d{i}\", \"source\": \"odg\", \"title\": \"T{i}\", \"edition\": \"{i}\", \"effectiveFrom\": \"2009-07-18\", \"supersededBy\": \"d{(i + 1) % n}\", \"supersededOn\": \"2010-01-01\", \"sourceNote\": \"n\", \"sections\": [ {{ \"id\": \"s\", \"title\": \"S\", \"supersededBy\": \"d{(i + 1) % n}/s\", \"supersededOn\": \"2010-01-01\" }} ] }}"));
            return text.Append("] }").ToString();
        }, Load, 500);
    }

    [Fact]
    public void Formatter()
    {
        Scaling.AssertLinear(_output, "formatter, n sibling sections", n => Document(string.Join(",",
            Enumerable.Range(0, n).Select(i => $"{{ \"pages\": \"{2 * i + 1}-{2 * i + 2}\", \"title\": \"Section {i}\", \"id\": \"s{i}\" }}"))),
            text => CatalogueFormatter.TryFormat("scaling.imrcite.json", text), 1000);
    }
}
