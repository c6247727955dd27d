using System;
using System.Linq;
using ImrCite.Catalogue;
using ImrCite.Tests.Support;
using Xunit;
using static ImrCite.Tests.Support.Catalogues;

namespace ImrCite.Tests;

/// <summary>Aliases as strings or as objects naming where the name comes from, on sources, documents and sections.</summary>
public sealed class CatalogueAliasTests
{
    private const string Text = """
        {
          "sources": [
            { "id": "mtus", "name": "Medical Treatment Utilization Schedule", "tier": "mtus",
              "aliases": ["MTUS", { "name": "CA MTUS", "source": "DWC MTUS page" }] }
          ],
          "documents": [
            { "id": "mtus.cpmtg.2009", "source": "mtus", "title": "Chronic Pain Medical Treatment Guidelines", "edition": "2009",
              "aliases": [{ "name": "Chronic Pain Treatment Guidelines", "source": "MAXIMUS chapter label table" }, "CPMTG"],
              "effectiveFrom": "2009-07-18", "pages": "1-127", "sourceNote": "n",
              "sections": [
                { "id": "opioids", "title": "Opioids", "pages": "74-96",
                  "aliases": [{ "name": "Opioids, general" }, { "name": "Opiates", "source": "letters" }] }
              ] }
          ]
        }
        """;

    [Fact]
    public void StringAndObjectAliasesKeepTheirNamesAndTheSources()
    {
        var loaded = Load(Text);
        AssertClean(loaded);
        var source = loaded.Catalogue.FindSource("mtus")!;
        Assert.Equal(new[] { "MTUS", "CA MTUS" }, source.Aliases);
        Assert.Equal(new string?[] { null, "DWC MTUS page" }, source.AliasEntries.Select(a => a.Source));

        var document = loaded.Catalogue.FindDocument("mtus.cpmtg.2009")!;
        Assert.Equal(new[] { "Chronic Pain Treatment Guidelines", "CPMTG" }, document.Aliases);
        Assert.Equal(new string?[] { "MAXIMUS chapter label table", null }, document.AliasEntries.Select(a => a.Source));

        var section = document.FindSection("opioids")!;
        Assert.Equal(new[] { "Opioids, general", "Opiates" }, section.Aliases);
        Assert.Equal(new string?[] { null, "letters" }, section.AliasEntries.Select(a => a.Source));

        var record = loaded.Files[0].Documents[0];
        Assert.Equal(new string?[] { "MAXIMUS chapter label table", null }, record.AliasSources);
    }

    [Fact]
    public void ObjectAliasesMatchLikeStrings()
    {
        var catalogue = Load(Text).Catalogue;
        Assert.Equal("mtus.cpmtg.2009", Assert.Single(catalogue.FindDocumentsByName("chronic pain treatment guidelines")).Id);
        Assert.Equal("opioids", catalogue.FindDocument("mtus.cpmtg.2009")!.FindSectionByName("OPIATES")!.Id);
        var analysis = new ImrCite.Citations.CitationResolver(catalogue).Analyze("MTUS Chronic Pain Treatment Guidelines Opiates Page(s): 74-96");
        Analyses.AssertNoProblems(analysis);
        Assert.Equal("opioids", Analyses.AssertResolved(analysis, 1)[0].Citation.Section!.Id);
    }

    [Fact]
    public void ObjectAliasThatNamesAnotherSectionIsADuplicateAliasAtTheName()
    {
        string text = Text.Replace("{ \"name\": \"Opiates\", \"source\": \"letters\" }", "{ \"name\": \"Opiates\", \"source\": \"letters\" }] },\n        { \"id\": \"other\", \"title\": \"Other\", \"aliases\": [{ \"name\": \"Opiates\" }", StringComparison.Ordinal);
        var diagnostic = AssertSingle(Load(text), "IMR0011");
        AssertSpan(diagnostic, text, "\"Opiates\"", occurrence: 2);
    }

    [Fact]
    public void SettingAliasesOrAliasEntriesKeepsBothViewsInStep()
    {
        var plain = new GuidelineSource("s", "S", EvidenceTier.Other) { Aliases = new[] { "a", "b" } };
        Assert.Equal(new[] { "a", "b" }, plain.AliasEntries.Select(a => a.Name));
        Assert.All(plain.AliasEntries, a => Assert.Null(a.Source));

        var sourced = new GuidelineSource("s", "S", EvidenceTier.Other) { AliasEntries = new[] { new GuidelineAlias("a", "x") } };
        Assert.Equal(new[] { "a" }, sourced.Aliases);
        Assert.Equal("a (x)", sourced.AliasEntries[0].ToString());

        var none = new GuidelineSection("s", "S");
        Assert.Empty(none.Aliases);
        Assert.Empty(none.AliasEntries);
    }

    [Theory]
    [InlineData("{ \"source\": \"x\" }", "IMR0003", "{ \"source\": \"x\" }")]
    [InlineData("{ \"name\": \"\" }", "IMR0004", "\"\"")]
    [InlineData("{ \"name\": \"   \" }", "IMR0004", "\"   \"")]
    [InlineData("{ \"name\": 4 }", "IMR0004", "4")]
    [InlineData("{ \"name\": \"N\", \"source\": \"\" }", "IMR0004", "\"\"")]
    [InlineData("{ \"name\": \"N\", \"from\": \"x\" }", "IMR0002", "\"from\"")]
    [InlineData("[\"N\"]", "IMR0004", "[\"N\"]")]
    [InlineData("null", "IMR0004", "null")]
    public void MalformedAliasObject_IsReportedWhereItIsWrong(string alias, string id, string at)
    {
        string text = "{\n  \"sources\": [\n    { \"id\": \"mtus\", \"name\": \"MTUS\", \"tier\": \"mtus\", \"aliases\": [" + alias + "] }\n  ]\n}\n";
        var diagnostic = AssertSingle(Load(text), id);
        if (id == "IMR0003")
        {
            AssertAt(diagnostic, text, at); // a missing field is reported at the object that lacks it
        }
        else
        {
            AssertSpan(diagnostic, text, at);
        }
    }
}
