using System;
using System.Linq;
using ImrCite.Tests.Support;
using Xunit;
using static ImrCite.Tests.Support.Catalogues;

namespace ImrCite.Tests;

/// <summary>
/// A document's <c>omits</c>: the sections of the document it supersedes that it lacks on purpose, each with a
/// reason.
/// </summary>
public sealed class CatalogueOmitsTests
{
    private const string Old = """
        { "id": "mtus.cpmtg.2009", "source": "mtus", "title": "Chronic Pain Medical Treatment Guidelines", "edition": "2009",
          "effectiveFrom": "2009-07-18", "effectiveTo": "2016-07-27", "supersededBy": "mtus.cpmtg.2016", "supersededOn": "2016-07-28",
          "sourceNote": "n",
          "sections": [
            { "id": "opioids", "title": "Opioids", "aliases": ["Opioid analgesics"] },
            { "id": "soma", "title": "Carisoprodol (Soma)" },
            { "id": "tens", "title": "TENS, chronic pain", "number": "9",
              "sections": [ { "id": "tens-criteria", "title": "Criteria for the use of TENS" } ] }
          ] }
        """;

    /// <summary>The 2009 document and a 2016 one with the given sections and omits.</summary>
    private static string Catalogue(string sections, string omits = "") =>
        "{\n  \"sources\": [ { \"id\": \"mtus\", \"name\": \"MTUS\", \"tier\": \"mtus\" } ],\n  \"documents\": [\n    " + Old + ",\n"
        + "    { \"id\": \"mtus.cpmtg.2016\", \"source\": \"mtus\", \"title\": \"Chronic Pain Medical Treatment Guidelines\", \"edition\": \"2016\",\n"
        + "      \"effectiveFrom\": \"2016-07-28\", \"sourceNote\": \"n\"" + (omits.Length > 0 ? ",\n      \"omits\": " + omits : "")
        + ",\n      \"sections\": " + sections + " }\n  ]\n}\n";

    private const string AllCarriedOver = """
        [
                { "id": "opioids", "title": "Opioids" },
                { "id": "soma", "title": "Carisoprodol (Soma)" },
                { "id": "tens", "title": "TENS, chronic pain", "sections": [ { "id": "tens-criteria", "title": "Criteria for the use of TENS" } ] }
              ]
        """;

    [Fact]
    public void Omits_AreRead_WithTheirReasons()
    {
        var loaded = Load(Catalogue(AllCarriedOver, """[{ "section": "soma", "reason": "Dropped by the 2016 update." }, { "section": "*", "reason": "Only the cited sections are listed." }]"""));
        AssertClean(loaded);
        var omits = loaded.Files[0].Documents[1].Omits;
        Assert.Equal(new[] { "soma", "*" }, omits.Select(o => o.Section.Value));
        Assert.Equal("Dropped by the 2016 update.", omits[0].Reason);
        Assert.False(omits[0].IsWildcard);
        Assert.True(omits[1].IsWildcard);
    }

    [Theory]
    [InlineData("""[{ "section": "soma" }]""", "IMR0003", "{ \"section\": \"soma\" }")]
    [InlineData("""[{ "reason": "r" }]""", "IMR0003", "{ \"reason\": \"r\" }")]
    [InlineData("""[{ "section": "soma", "reason": "" }]""", "IMR0004", "\"\"")]
    [InlineData("""[{ "section": "Soma!", "reason": "r" }]""", "IMR0004", "\"Soma!\"")]
    [InlineData("""[{ "section": "soma", "reason": "r", "why": "x" }]""", "IMR0002", "\"why\"")]
    [InlineData("""["soma"]""", "IMR0004", "\"soma\"")]
    [InlineData("""{ "section": "soma" }""", "IMR0004", "{ \"section\": \"soma\" }")]
    public void MalformedOmission_IsReportedWhereItIsWrong(string omits, string id, string at)
    {
        string text = Catalogue(AllCarriedOver, omits);
        var diagnostic = Assert.Single(Load(text).Diagnostics, d => d.Id == id);
        int start = text.IndexOf("\"omits\"", StringComparison.Ordinal);
        Assert.Equal(text.IndexOf(at, start, StringComparison.Ordinal), diagnostic.Location.Start);
    }
}
