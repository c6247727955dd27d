using System;
using System.Linq;
using ImrCite.Catalogue;
using Xunit;

namespace ImrCite.Tests;

/// <summary>
/// The generated API's data format (<see cref="CatalogueTable"/>), read from hand-written tables: fields, escapes,
/// null and empty text, lists, aliases with sources, pages and nesting. The generator's side is tested by round trip
/// (tests/ImrCite.Generators.Tests: the generated catalogue equals the loaded one, hostile titles included).
/// </summary>
public sealed class CatalogueTableTests
{
    // id|source|tier|title|edition|series|chapter|codeName|aliases|status|proposedOn|effectiveFrom|coverage|effectiveTo|
    // (coverage|bodyParts|addresses) pages|provenance|statedTotal|regulation|supersededBy|supersededOn|sourceNote|versionDate|sections...
    private const string Document =
        "doc.1|mtus|1|Pipes ~| and ~~ tildes|2009|||Doc|-2|Alias one|DWC page|Alias two||0||2009-07-18|1|0|2|needling|drugs||1-127|2|127|8 CCR 1|doc.2|2016-07-28|~e|2009-05-01|"
        + "2|a|A title|1.2||0|24,30-31,40-38|0|1|addr|0|0|||||1|b|B|||1|B alias|5|1|0|1|0|2010-01-01|doc.2/b|2016-07-28|note|0|"
        + "c|C||Cc|0||0|0|0|0|||||0";

    [Fact]
    public void ReadsEveryFieldOfADocumentAndItsSections()
    {
        var document = CatalogueTable.Document(Document);
        Assert.Equal(("doc.1", "mtus", EvidenceTier.Mtus, "Pipes | and ~ tildes", "2009"), (document.Id, document.SourceId, document.Tier, document.Title, document.Edition));
        Assert.Null(document.Series);
        Assert.Equal("Doc", document.CodeName);
        Assert.Equal(new[] { "Alias one (DWC page)", "Alias two" }, document.AliasEntries.Select(a => a.ToString()));
        Assert.Equal(new GuidelineDate(2009, 7, 18), document.EffectiveFrom);
        Assert.Equal(SectionCoverage.Partial, document.Coverage);
        Assert.Null(document.EffectiveTo);
        Assert.Equal(new[] { "needling", "drugs" }, document.Addresses);
        Assert.Equal("1-127", document.PageSet!.ToString());
        Assert.Equal((Provenance.Verified, 127, "8 CCR 1", "doc.2"), (document.PagesProvenance, document.StatedTotal, document.Regulation, document.SupersededBy));
        Assert.Equal("", document.SourceNote); // "~e": the empty string, not null
        Assert.Equal(new GuidelineDate(2009, 5, 1), document.VersionDate);

        Assert.Equal(new[] { "a", "b", "c" }, document.AllSections.Select(s => s.Id));
        var a = document.FindSection("a")!;
        Assert.Equal(("A title", "1.2"), (a.Title, a.Number));
        Assert.Equal(new[] { (24, 24), (30, 31), (40, 38) }, a.PageSet!.Ranges.Select(r => (r.First, r.Last)));
        Assert.Equal(new[] { "addr" }, a.Addresses);
        Assert.Empty(a.Aliases);
        var b = document.FindSection("b")!;
        Assert.Same(a, b.Parent);
        Assert.Equal(new[] { "B alias" }, b.Aliases);
        Assert.Equal((Provenance.Secondary, "doc.2/b", "note"), (b.PagesProvenance, b.SupersededBy, b.Note));
        Assert.Equal(new GuidelineDate(2016, 7, 28), b.SupersededOn);
        Assert.True(b.AddressesNothing);
        Assert.False(a.AddressesNothing);
        var c = document.FindSection("c")!;
        Assert.Equal(("Cc", (PageSet?)null), (c.CodeName, c.PageSet));
        Assert.Same(c, document.FindSectionByName("c"));
    }

    [Fact]
    public void ReadsTreatments()
    {
        var treatments = CatalogueTable.Treatments("2|opioids|2|opioids|opiates|0|||0|0|hydrocodone|1|Norco|1|opioids|1||0|1|opioids");
        Assert.Equal(new[] { "opioids", "hydrocodone" }, treatments.Select(t => t.Id));
        Assert.Equal(new[] { "opioids", "opiates" }, treatments[0].Names);
        Assert.Empty(treatments[0].Classes);
        Assert.Equal(new[] { "opioids" }, treatments[1].Classes);
        Assert.Null(treatments[0].Form);
        Assert.Equal(1, (int?)treatments[1].Form);
        Assert.Equal(new[] { "opioids" }, treatments[1].AppliesTo);
    }

    [Theory]
    [InlineData("")]
    [InlineData("doc|mtus|x")]
    [InlineData("doc|mtus|1|T|2009")]
    public void ATableTheGeneratorDidNotWriteIsAFormatException(string table)
    {
        Assert.Throws<FormatException>(() => CatalogueTable.Document(table));
    }

    [Fact]
    public void FieldsAfterTheLastSectionAreAFormatException()
    {
        Assert.Throws<FormatException>(() => CatalogueTable.Document(Document + "|extra"));
    }

    /// <summary>The generated data: sources, treatments and documents in one table, deflated and in base 85.</summary>
    private static string Packed(string sources = "1|mtus|MTUS|1|Mtus|-1|MTUS Guidelines|DWC|Note.|1", string treatments = "1|opioids|1|opioids|0|||0|0")
        => CatalogueTable.Pack(sources + "|" + treatments + "|2|" + Document + "|" + Document.Replace("doc.1|", "doc.3|", StringComparison.Ordinal));

    [Fact]
    public void ReadsTheWholeCatalogueFromItsPackedData()
    {
        string data = Packed();
        var catalogue = CatalogueTable.Catalogue(data);
        var source = Assert.Single(catalogue.Sources);
        Assert.Equal(("mtus", "MTUS", EvidenceTier.Mtus, "Mtus", "Note.", SectionCoverage.Partial), (source.Id, source.Name, source.Tier, source.CodeName, source.Note, source.Coverage));
        Assert.Equal(new[] { "MTUS Guidelines (DWC)" }, source.AliasEntries.Select(a => a.ToString()));
        Assert.Equal(new[] { "opioids" }, catalogue.Treatments.Select(t => t.Id));
        Assert.Equal(new[] { "doc.1", "doc.3" }, catalogue.Documents.Select(d => d.Id));
        Assert.Equal("Pipes | and ~ tildes", catalogue.Documents[1].Title);
    }

    [Fact]
    public void TheDataIsReadOnceAndEveryDocumentIsTheCataloguesOwn()
    {
        string data = Packed();
        var document = CatalogueTable.Document(data, "doc.3");
        Assert.Same(document, CatalogueTable.Document(data, "doc.3"));
        Assert.Same(CatalogueTable.Catalogue(data), CatalogueTable.Catalogue(data));
        Assert.Same(document, CatalogueTable.Catalogue(data).Documents[1]);
    }

    [Fact]
    public void PackedDataThatIsNotTheGeneratorsIsAFormatException()
    {
        Assert.Throws<FormatException>(() => CatalogueTable.Document(Packed(), "doc.2"));
        Assert.Throws<FormatException>(() => CatalogueTable.Catalogue("not base 85!"));
        Assert.Throws<FormatException>(() => CatalogueTable.Catalogue(Base85.Encode(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF }, 4)));
        Assert.Throws<FormatException>(() => CatalogueTable.Catalogue(CatalogueTable.Pack("0|0|0|extra")));
    }
}
