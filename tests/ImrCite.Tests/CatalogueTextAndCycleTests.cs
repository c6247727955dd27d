using System;
using System.IO;
using System.Linq;
using System.Text;
using ImrCite.Catalogue;
using ImrCite.Tests.Support;
using Xunit;
using static ImrCite.Tests.Support.Catalogues;

namespace ImrCite.Tests;

/// <summary>
/// Issue 13 regressions: characters that are not text in strings (IMR0004), bytes that are not UTF-8 (IMR0019),
/// and supersession cycles (IMR0018).
/// </summary>
public sealed class CatalogueTextAndCycleTests
{
    private static string SourceWithName(string nameJson) =>
        "{\n  \"sources\": [\n    { \"id\": \"mtus\", \"name\": " + nameJson + ", \"tier\": \"mtus\" }\n  ]\n}\n";

    // ---- characters that are not text ----------------------------------------------------------

    [Theory]
    [InlineData("\"MTUS \\uD800\"", 0xD800)]
    [InlineData("\"MTUS \\uDC00 x\"", 0xDC00)]
    [InlineData("\"\\uD83D\\u0041\"", 0xD83D)]
    [InlineData("\"MTUS \\uFFFE\"", 0xFFFE)]
    [InlineData("\"MTUS \uFFFF\"", 0xFFFF)]
    [InlineData("\"MTUS \uFDD0\"", 0xFDD0)]
    [InlineData("\"MTUS \\uD83F\\uDFFE\"", 0x1FFFE)]
    public void StringHoldingACharacterThatIsNotTextIsInvalidAtTheString(string name, int codePoint)
    {
        string text = SourceWithName(name);
        var loaded = Load(text);
        var diagnostic = AssertSingle(loaded, "IMR0004");
        AssertSpan(diagnostic, text, name);
        Assert.Contains("U+" + codePoint.ToString("X4", System.Globalization.CultureInfo.InvariantCulture), diagnostic.Message, StringComparison.Ordinal);
        // The record is kept, with U+FFFD where the character stood: nothing downstream meets it.
        string read = loaded.Catalogue.FindSource("mtus")!.Name;
        Assert.Contains('\uFFFD', read);
        int ignored = -1;
        Assert.Equal(read, ImrCite.Tests.Support.TextCheck.Sanitized(read, ref ignored));
    }

    [Fact]
    public void RawLoneSurrogateInTheTextIsInvalidAtTheStringNotSilentlyReplaced()
    {
        string name = "\"MTUS " + '\uD800' + " x\"";
        string text = SourceWithName(name);
        var diagnostic = AssertSingle(Load(text), "IMR0004");
        AssertSpan(diagnostic, text, name);
        Assert.Contains("lone surrogate", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FieldNameHoldingALoneSurrogateIsReportedAtTheName()
    {
        string text = "{ \"sources\": [ { \"id\": \"mtus\", \"name\": \"MTUS\", \"tier\": \"mtus\", \"\\uDC00\": 1 } ] }";
        var loaded = Load(text);
        Assert.Contains(loaded.Diagnostics, d => d.Id == "IMR0004" && d.Location.Start == text.IndexOf("\"\\uDC00\"", StringComparison.Ordinal));
        Assert.All(loaded.Diagnostics, d => Assert.DoesNotContain(d.Message, c => char.IsSurrogate(c)));
    }

    [Fact]
    public void TitleWithANoncharacterBuildsACatalogueWithoutIt()
    {
        string text = "{ \"sources\": [ { \"id\": \"mtus\", \"name\": \"MTUS\", \"tier\": \"mtus\" } ], \"documents\": [ { \"id\": \"d\", \"source\": \"mtus\", "
            + "\"title\": \"Pain\\uFFFE\", \"edition\": \"1\", \"effectiveFrom\": \"2009-07-18\", \"sourceNote\": \"n\", \"sections\": [ { \"id\": \"s\", \"title\": \"S\\uFFFF\" } ] } ] }";
        var loaded = Load(text);
        Assert.Equal(new[] { "IMR0004", "IMR0004" }, loaded.Diagnostics.Select(d => d.Id));
        var document = loaded.Catalogue.FindDocument("d")!;
        Assert.Equal("Pain\uFFFD", document.Title);
        Assert.Equal("S\uFFFD", document.FindSection("s")!.Title);
    }

    // ---- IMR0019: bytes that are not UTF-8 -------------------------------------------------------

    private static readonly byte[] Latin1 = Encoding.Latin1.GetBytes("{\n  \"sources\": [\n    { \"id\": \"mtus\", \"name\": \"Médical\", \"tier\": \"mtus\" }\n  ]\n}\n");

    [Fact]
    public void Latin1BytesAreIMR0019AtTheFirstBadByteAndNothingIsRead()
    {
        var file = CatalogueReader.Read("latin1.imrcite.json", Latin1);
        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("IMR0019", diagnostic.Id);
        Assert.Equal((3, 31), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn)); // the 'é' of "Médical"
        Assert.Contains("0xE9", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains($"byte offset {Array.IndexOf(Latin1, (byte)0xE9)}", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(file.Sources);
        Assert.True(file.IsUndecodable);
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x22, 0xC3 }, 3)]                     // cut short at the end
    [InlineData(new byte[] { 0x7B, 0x22, 0xC0, 0xAF, 0x22, 0x7D }, 3)]   // overlong '/'
    [InlineData(new byte[] { 0x7B, 0x22, 0xED, 0xA0, 0x80, 0x22 }, 3)]   // an encoded surrogate
    [InlineData(new byte[] { 0x7B, 0x22, 0xF4, 0x90, 0x80, 0x80 }, 3)]   // above U+10FFFF
    [InlineData(new byte[] { 0x7B, 0x80 }, 2)]                           // a lone continuation byte
    [InlineData(new byte[] { 0xFF, 0xFE, 0x7B, 0x00, 0x00, 0xD8, 0x7D, 0x00 }, 2)] // UTF-16 with a lone surrogate
    public void MalformedBytes_AreIMR0019_AtTheFirstBadOne(byte[] bytes, int column)
    {
        var file = CatalogueReader.Read("bad.imrcite.json", bytes);
        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(("IMR0019", 1, column), (diagnostic.Id, diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
    }

    [Fact]
    public void Utf8WithOrWithoutBomAndUtf16WithBomAreRead()
    {
        string text = "{ \"sources\": [ { \"id\": \"mtus\", \"name\": \"Médical — 😀\", \"tier\": \"mtus\" } ] }";
        foreach (var bytes in new[]
        {
            Encoding.UTF8.GetBytes(text),
            new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
            new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
            new byte[] { 0xFE, 0xFF }.Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
        })
        {
            var file = CatalogueReader.Read("ok.imrcite.json", bytes);
            Assert.Empty(file.Diagnostics);
            Assert.Equal("Médical — 😀", file.Sources.Single().Name);
        }
    }

    [Fact]
    public void TheLoaderReportsLatin1FilesInsteadOfReadingReplacementCharacters()
    {
        string folder = Path.Combine(Path.GetTempPath(), "imrcite-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string path = Path.Combine(folder, "latin1.imrcite.json");
            File.WriteAllBytes(path, Latin1);
            var loaded = CatalogueLoader.Load(new[] { path });
            Assert.Equal("IMR0019", Assert.Single(loaded.Diagnostics).Id);
            Assert.Empty(loaded.Catalogue.Sources);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // ---- IMR0018: supersession cycles ------------------------------------------------------------

    private static string Documents(params string[] documents) =>
        "{ \"sources\": [ { \"id\": \"mtus\", \"name\": \"MTUS\", \"tier\": \"mtus\" } ],\n  \"documents\": [\n    " + string.Join(",\n    ", documents) + "\n  ]\n}";

    private static string Doc(string id, string? successor, string sections = "") =>
        $"{{ \"id\": \"{id}\", \"source\": \"mtus\", \"title\": \"Title {id}\", \"edition\": \"{id}\", \"effectiveFrom\": \"2009-07-18\", \"sourceNote\": \"n\""
        + (successor is null ? "" : $", \"supersededBy\": \"{successor}\", \"supersededOn\": \"2010-01-01\"")
        + (sections.Length == 0 ? "" : ", \"sections\": [" + sections + "]") + " }";

    [Fact]
    public void DocumentSupersededByItselfIsACycleAtTheLink()
    {
        string text = Documents(Doc("a", "a"));
        var diagnostic = AssertSingle(Load(text), "IMR0018");
        AssertSpan(diagnostic, text, "\"a\"", occurrence: 3);
        Assert.Equal(Diagnostics.ImrSeverity.Error, diagnostic.Severity);
        Assert.StartsWith("A document is superseded by itself: 'a' \u2192 'a'.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoDocumentsSupersedingEachOtherAreOneCycleAtTheFirstDeclared()
    {
        string text = Documents(Doc("b", "a"), Doc("a", "b"));
        var diagnostic = AssertSingle(Load(text), "IMR0018");
        AssertAt(diagnostic, text, "\"supersededBy\": \"a\"".Substring(16));
        Assert.StartsWith("2 documents supersede each other in a cycle: 'b' \u2192 'a' \u2192 'b'.", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("\"b\", \"supersededOn\"", StringComparison.Ordinal), Assert.Single(diagnostic.AdditionalLocations).Start);
    }

    [Fact]
    public void LongerCycleWithAChainLeadingIntoItIsOneDiagnostic()
    {
        string text = Documents(Doc("x", "a"), Doc("a", "b"), Doc("b", "c"), Doc("c", "a"), Doc("ok", null), Doc("old", "ok"));
        var diagnostic = AssertSingle(Load(text), "IMR0018");
        Assert.Contains("3 documents supersede each other in a cycle: 'a' \u2192 'b' \u2192 'c' \u2192 'a'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VeryLongCycleIsNamedShortly()
    {
        const int length = 1000;
        var docs = Enumerable.Range(0, length).Select(i => Doc($"d{i}", $"d{(i + 1) % length}")).ToArray();
        var diagnostic = AssertSingle(Load(Documents(docs)), "IMR0018");
        Assert.Contains("(1000 documents in the cycle)", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(diagnostic.Message.Length < 400, diagnostic.Message);
    }

    [Fact]
    public void SectionCyclesAcrossDocumentsAreFound()
    {
        string sectionA = "{ \"id\": \"s\", \"title\": \"S\", \"supersededBy\": \"b/t\", \"supersededOn\": \"2010-01-01\" }";
        string sectionB = "{ \"id\": \"t\", \"title\": \"T\", \"supersededBy\": \"a/s\", \"supersededOn\": \"2010-01-01\" }";
        string self = "{ \"id\": \"u\", \"title\": \"U\", \"supersededBy\": \"a/u\", \"supersededOn\": \"2010-01-01\" }";
        var loaded = Load(Documents(Doc("a", null, sectionA + ", " + self), Doc("b", null, sectionB)));
        Assert.Equal(2, loaded.Diagnostics.Count);
        Assert.All(loaded.Diagnostics, d => Assert.Equal("IMR0018", d.Id));
        Assert.Contains(loaded.Diagnostics, d => d.Message.StartsWith("2 sections supersede each other in a cycle: 'a/s' \u2192 'b/t' \u2192 'a/s'.", StringComparison.Ordinal));
        Assert.Contains(loaded.Diagnostics, d => d.Message.StartsWith("A section is superseded by itself: 'a/u' \u2192 'a/u'.", StringComparison.Ordinal));
    }

    [Fact]
    public void ChainsWithoutCyclesAreFine()
    {
        AssertClean(Load(Documents(Doc("a", "b"), Doc("b", "c"), Doc("c", null))));
    }
}
