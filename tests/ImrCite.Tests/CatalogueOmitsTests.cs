using System;
using System.Linq;
using ImrCite.Testing;
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
    public void OmitsAreReadWithTheirReasons()
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

    // ---- IMR0017: a successor lacks a predecessor's section ----------------------------------------

    [Fact]
    public void SuccessorWithEverySectionIsClean()
    {
        AssertClean(Load(Catalogue(AllCarriedOver)));
    }

    [Fact]
    public void SectionsCarriedOverUnderNewIdsAreMatchedByTitleAliasOrNumber()
    {
        const string sections = """
            [
                    { "id": "2016-opioids", "title": "Opioid analgesics" },
                    { "id": "2016-soma", "title": "Muscle relaxants", "aliases": ["carisoprodol (soma)"] },
                    { "id": "2016-tens", "title": "Transcutaneous electrical nerve stimulation", "number": "9" },
                    { "id": "2016-tens-criteria", "title": "TENS criteria", "aliases": ["Criteria for the use of TENS"] }
                  ]
            """;
        AssertClean(Load(Catalogue(sections)));
    }

    [Fact]
    public void MissingSectionsAreOneWarningAtTheSuccessorNamingThemAndPointingAtThePredecessor()
    {
        string text = Catalogue("""[ { "id": "opioids", "title": "Opioids" } ]""");
        var diagnostic = AssertSingle(Load(text), "IMR0017");
        Assert.Equal(ImrCite.Diagnostics.ImrSeverity.Warning, diagnostic.Severity);
        AssertSpan(diagnostic, text, "\"mtus.cpmtg.2016\"", occurrence: 2);
        Assert.Equal(TextPositions.OffsetOf(text, "\"mtus.cpmtg.2009\""), Assert.Single(diagnostic.AdditionalLocations).Start);
        Assert.Equal(
            "'mtus.cpmtg.2016' supersedes 'mtus.cpmtg.2009' but lacks 3 of its sections: 'Carisoprodol (Soma)' (soma), 'TENS, chronic pain' (tens), "
            + "'Criteria for the use of TENS' (tens-criteria). Add the section(s) to 'mtus.cpmtg.2016' (matched by id, title, number or alias), "
            + "or list them in \"omits\" with a reason.",
            diagnostic.Message);
    }

    [Fact]
    public void OmittedSectionsAreNotReported()
    {
        const string omits = """[{ "section": "soma", "reason": "Dropped." }, { "section": "tens", "reason": "Merged." }, { "section": "tens-criteria", "reason": "Merged." }]""";
        AssertClean(Load(Catalogue("""[ { "id": "opioids", "title": "Opioids" } ]""", omits)));
    }

    [Fact]
    public void PartlyOmittedReportsOnlyTheRest()
    {
        var diagnostic = AssertSingle(Load(Catalogue("""[ { "id": "opioids", "title": "Opioids" } ]""", """[{ "section": "tens", "reason": "Merged." }]""")), "IMR0017");
        Assert.Contains("lacks 2 of its sections: 'Carisoprodol (Soma)' (soma), 'Criteria for the use of TENS' (tens-criteria).", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WildcardOmissionCoversEverySectionNotListed()
    {
        AssertClean(Load(Catalogue("[]", """[{ "section": "*", "reason": "Catalogued in part." }]""")));
    }

    [Fact]
    public void PartialSuccessorClaimsNothingAboutMissingSections()
    {
        string text = Catalogue("[]").Replace("\"effectiveFrom\": \"2016-07-28\"", "\"effectiveFrom\": \"2016-07-28\", \"coverage\": \"partial\"", StringComparison.Ordinal);
        AssertClean(Load(text));
    }

    [Fact]
    public void PartialSourceMakesItsSuccessorsPartialTooUnlessTheyClaimCompleteness()
    {
        string partialSource = Catalogue("[]").Replace("\"tier\": \"mtus\"", "\"tier\": \"mtus\", \"coverage\": \"partial\"", StringComparison.Ordinal);
        AssertClean(Load(partialSource));
        string complete = partialSource.Replace("\"effectiveFrom\": \"2016-07-28\"", "\"effectiveFrom\": \"2016-07-28\", \"coverage\": \"complete\"", StringComparison.Ordinal);
        AssertSingle(Load(complete), "IMR0017");
    }

    [Fact]
    public void SectionSupersededIntoAnotherDocumentCountsAsCarriedOver()
    {
        string text = Catalogue("""[ { "id": "opioids", "title": "Opioids" }, { "id": "tens", "title": "TENS" }, { "id": "tens-criteria", "title": "Criteria for the use of TENS" } ]""")
            .Replace("{ \"id\": \"soma\", \"title\": \"Carisoprodol (Soma)\" }",
                "{ \"id\": \"soma\", \"title\": \"Carisoprodol (Soma)\", \"supersededBy\": \"mtus.cpmtg.2016/opioids\", \"supersededOn\": \"2016-07-28\" }", StringComparison.Ordinal);
        AssertClean(Load(text));
    }

    [Fact]
    public void OmissionOfASectionThePredecessorLacksIsInvalidAtTheId()
    {
        string text = Catalogue(AllCarriedOver, """[{ "section": "sommа", "reason": "Typo with a Cyrillic a." }, { "section": "somma", "reason": "Typo." }]""");
        var loaded = Load(text);
        Assert.Equal(new[] { "IMR0004", "IMR0004" }, loaded.Diagnostics.Select(d => d.Id));
        AssertSpan(loaded.Diagnostics[1], text, "\"somma\"");
        Assert.Contains("not a section of 'mtus.cpmtg.2009'", loaded.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OmitsOnADocumentThatSupersedesNothingIsInvalid()
    {
        string text = Catalogue(AllCarriedOver, """[{ "section": "soma", "reason": "r" }]""").Replace("\"supersededBy\": \"mtus.cpmtg.2016\", \"supersededOn\": \"2016-07-28\",", "", StringComparison.Ordinal);
        var diagnostic = AssertSingle(Load(text), "IMR0004");
        Assert.Contains("supersedes no document", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PredecessorInAnotherFileIsFollowed()
    {
        string text = Catalogue("""[ { "id": "opioids", "title": "Opioids" } ]""");
        int split = text.IndexOf(",\n    { \"id\": \"mtus.cpmtg.2016\"", StringComparison.Ordinal);
        string first = text.Substring(0, split) + "\n  ]\n}\n";
        string second = "{\n  \"documents\": [\n" + text.Substring(split + 2);
        var loaded = ImrCite.CatalogueLoader.FromText(("a.imrcite.json", first), ("b.imrcite.json", second));
        var diagnostic = Assert.Single(loaded.Diagnostics);
        Assert.Equal(("IMR0017", "b.imrcite.json", "a.imrcite.json"), (diagnostic.Id, diagnostic.Location.Path, diagnostic.AdditionalLocations[0].Path));
    }

    [Fact]
    public void ManyMissingSectionsAreStillOneShortWarning()
    {
        var sections = string.Join(", ", Enumerable.Range(1, 2000).Select(i => $"{{ \"id\": \"s{i}\", \"title\": \"Section {i} {new string('x', 500)}\" }}"));
        string old = $$"""{ "id": "d.1", "source": "mtus", "title": "D", "edition": "1", "effectiveFrom": "2000-01-01", "effectiveTo": "2000-12-31", "supersededBy": "d.2", "supersededOn": "2001-01-01", "sourceNote": "n", "sections": [{{sections}}] }""";
        string next = """{ "id": "d.2", "source": "mtus", "title": "D", "edition": "2", "effectiveFrom": "2001-01-01", "sourceNote": "n" }""";
        string text = "{ \"sources\": [ { \"id\": \"mtus\", \"name\": \"MTUS\", \"tier\": \"mtus\" } ], \"documents\": [" + old + ", " + next + "] }";
        var diagnostic = AssertSingle(Load(text), "IMR0017");
        Assert.Contains("lacks 2000 of its sections:", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(" and 1995 more.", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(diagnostic.Message.Length < 1000, diagnostic.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
