using System;
using System.IO;
using System.Linq;
using ImrCite.Catalogue;
using Xunit;
using Xunit.Abstractions;

namespace ImrCite.Tooling.Tests;

public class CatalogueFormatterTests
{
    private readonly ITestOutputHelper _output;

    public CatalogueFormatterTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void MalformedCatalogueIsRefusedWithLocatedDiagnostics()
    {
        const string broken = "{\n  \"sources\": [\n    { \"id\": \"x\", }\n  \n";
        var result = CatalogueFormatter.TryFormat("broken.imrcite.json", broken);
        Assert.False(result.Succeeded);
        Assert.Null(result.Formatted);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "IMR0001");
        Assert.Equal("broken.imrcite.json", diagnostic.Location.Path);
        Assert.True(diagnostic.Location.StartLine >= 1);
        var ex = Assert.Throws<CatalogueFormatException>(() => CatalogueFormatter.Format(broken));
        Assert.NotEmpty(ex.Diagnostics);
    }

    [Fact]
    public void MalformedFileIsLeftUntouched()
    {
        string folder = Fixtures.TempFolder();
        string path = Path.Combine(folder, "broken.imrcite.json");
        File.WriteAllText(path, "[1, 2");
        var result = CatalogueFormatter.FormatFile(path, checkOnly: false);
        Assert.True(result.Failed);
        Assert.False(result.Written);
        Assert.Equal("[1, 2", File.ReadAllText(path));
    }

    [Fact]
    public void CanonicalLayoutOrdersKeysBySchemaAndKeepsUnknownKeysLast()
    {
        const string text = "{\"documents\":[{\"sections\":[{\"zzz\":1,\"pages\":\"2\",\"id\":\"b\",\"title\":\"B\"},{\"title\":\"A\",\"id\":\"a\"}],\"title\":\"T\",\"id\":\"d\",\"extra\":true,\"source\":\"s\"}],\"$schema\":\"x\",\"sources\":[]}";
        string formatted = CatalogueFormatter.Format(text);
        const string expected = "{\n  \"$schema\": \"x\",\n  \"sources\": [],\n  \"documents\": [\n    {\n      \"id\": \"d\",\n      \"source\": \"s\",\n      \"title\": \"T\",\n      \"sections\": [\n        {\n          \"id\": \"b\",\n          \"title\": \"B\",\n          \"pages\": \"2\",\n          \"zzz\": 1\n        },\n        {\n          \"id\": \"a\",\n          \"title\": \"A\"\n        }\n      ],\n      \"extra\": true\n    }\n  ]\n}\n";
        Assert.Equal(expected, formatted);
    }

    [Fact]
    public void NewFieldsTakeTheirSchemaPlacesAndAliasAndOmissionObjectsAreOrderedToo()
    {
        const string text = "{\"sources\":[{\"aliases\":[\"S\",{\"source\":\"DWC\",\"name\":\"Ess\"}],\"coverage\":\"partial\",\"tier\":\"other\",\"name\":\"S\",\"id\":\"s\"}],"
            + "\"documents\":[{\"sections\":[],\"omits\":[{\"reason\":\"r\",\"section\":\"*\"}],\"coverage\":\"complete\",\"sourceNote\":\"n\",\"proposedOn\":\"2024-01-02\",\"status\":\"proposed\",\"edition\":\"1\",\"title\":\"T\",\"source\":\"s\",\"id\":\"d\"}]}";
        string formatted = CatalogueFormatter.Format(text);
        const string expected = "{\n  \"sources\": [\n    {\n      \"id\": \"s\",\n      \"name\": \"S\",\n      \"tier\": \"other\",\n      \"coverage\": \"partial\",\n      \"aliases\": [\n        \"S\",\n        {\n          \"name\": \"Ess\",\n          \"source\": \"DWC\"\n        }\n      ]\n    }\n  ],\n"
            + "  \"documents\": [\n    {\n      \"id\": \"d\",\n      \"source\": \"s\",\n      \"title\": \"T\",\n      \"edition\": \"1\",\n      \"status\": \"proposed\",\n      \"proposedOn\": \"2024-01-02\",\n      \"coverage\": \"complete\",\n      \"sourceNote\": \"n\",\n"
            + "      \"omits\": [\n        {\n          \"section\": \"*\",\n          \"reason\": \"r\"\n        }\n      ],\n      \"sections\": []\n    }\n  ]\n}\n";
        Assert.Equal(expected, formatted);
        Assert.Equal(formatted, CatalogueFormatter.Format(formatted));
        AssertSameRecords(("a.imrcite.json", text), ("a.imrcite.json", formatted));
    }

    [Fact]
    public void FormatIsIdempotentReadableAndPreservesRecords()
    {
        string text = Fixtures.Catalogue();
        string once = CatalogueFormatter.Format(text);
        Assert.Equal(once, CatalogueFormatter.Format(once));
        Assert.Contains("en dash & an ampersand", once);
        Assert.Contains("–", once);
        Assert.DoesNotContain("\r", once);
        Assert.EndsWith("}\n", once);
        AssertSameRecords(("a.imrcite.json", text), ("a.imrcite.json", once));
    }

    [Fact]
    public void NonCanonicalFileCheckModeReturnsDiffAndWriteModeFixesItAtomically()
    {
        string folder = Fixtures.TempFolder();
        string path = Path.Combine(folder, "test.imrcite.json");
        string original = Fixtures.Catalogue().Replace("\n", "\r\n");
        File.WriteAllText(path, original);

        var check = CatalogueFormatter.FormatFile(path, checkOnly: true);
        Assert.True(check.Changed);
        Assert.False(check.Written);
        Assert.StartsWith("--- " + path + "\n+++ " + path + " (canonical)\n@@ -", check.Diff);
        Assert.Contains("\n-", check.Diff);
        Assert.Contains("\n+", check.Diff);
        Assert.Contains("\n ", check.Diff);
        Assert.Equal(original, File.ReadAllText(path));
        _output.WriteLine(check.Diff);

        var write = CatalogueFormatter.FormatFile(path, checkOnly: false);
        Assert.True(write.Written);
        string rewritten = File.ReadAllText(path);
        Assert.Equal(CatalogueFormatter.Format(original), rewritten);
        Assert.Equal(new[] { path }, Directory.GetFiles(folder));

        var again = CatalogueFormatter.FormatFile(path, checkOnly: true);
        Assert.False(again.Changed);
        Assert.Equal("", again.Diff);
        AssertSameRecords(("test.imrcite.json", original), ("test.imrcite.json", rewritten));
    }

    [Fact]
    public void LineEndingOnlyDifferenceStillYieldsADiff()
    {
        string canonical = CatalogueFormatter.Format(Fixtures.Catalogue());
        string diff = LineDiff.Unified(canonical.Replace("\n", "\r\n"), canonical, "a", "b");
        Assert.Contains("line endings", diff);
    }

    [Fact]
    public void ShippedCatalogueIsCanonicalAfterFormattingOnce()
    {
        string folder = Fixtures.TempFolder();
        var shipped = Directory.GetFiles(Fixtures.ShippedFolder(), "*.imrcite.json").OrderBy(p => p, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(shipped);
        foreach (string file in shipped)
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        foreach (var check in CatalogueFormatter.FormatFiles(new[] { folder }, checkOnly: true).Where(r => r.Changed))
        {
            _output.WriteLine(check.Diff);
        }
        var first = CatalogueFormatter.FormatFiles(new[] { folder }, checkOnly: false);
        Assert.All(first, r => Assert.False(r.Failed));
        foreach (var r in first)
        {
            _output.WriteLine($"{Path.GetFileName(r.Path)}: {(r.Changed ? "was NOT canonical" : "already canonical")}");
        }
        var second = CatalogueFormatter.FormatFiles(new[] { folder }, checkOnly: true);
        Assert.All(second, r => Assert.False(r.Changed, r.Diff));

        var before = shipped.Select(p => (Path.GetFileName(p), File.ReadAllText(p))).ToArray();
        var after = Directory.GetFiles(folder).OrderBy(p => p, StringComparer.Ordinal).Select(p => (Path.GetFileName(p), File.ReadAllText(p))).ToArray();
        AssertSameRecords(before, after);
        Assert.Equal(
            CatalogueLoader.FromText(before).Diagnostics.Select(d => d.Id + d.Message),
            CatalogueLoader.FromText(after).Diagnostics.Select(d => d.Id + d.Message));
    }

    private static void AssertSameRecords((string, string) before, (string, string) after) =>
        AssertSameRecords(new[] { before }, new[] { after });

    private static void AssertSameRecords((string, string)[] before, (string, string)[] after)
    {
        var diff = CatalogueDiffer.Compare(CatalogueSnapshot.FromTexts("before", before), CatalogueSnapshot.FromTexts("after", after), new CatalogueDiffOptions { AsOf = new GuidelineDate(2030, 1, 1) });
        Assert.True(diff.IsEmpty, diff.ToText());
        var a = CatalogueLoader.FromText(before).Catalogue;
        var b = CatalogueLoader.FromText(after).Catalogue;
        Assert.Equal(a.Sources.Select(s => (s.Id, s.Name, s.Tier, s.CodeName, s.Coverage, string.Join("|", s.AliasEntries))), b.Sources.Select(s => (s.Id, s.Name, s.Tier, s.CodeName, s.Coverage, string.Join("|", s.AliasEntries))));
        Assert.Equal(a.Treatments.Select(t => t.Id + ":" + string.Join("|", t.Names) + ":" + string.Join("|", t.Classes)), b.Treatments.Select(t => t.Id + ":" + string.Join("|", t.Names) + ":" + string.Join("|", t.Classes)));
        Assert.Equal(a.Documents.Select(Describe), b.Documents.Select(Describe));
    }

    private static string Describe(GuidelineDocument d) =>
        string.Join("\u0001", new object?[] { d.Id, d.SourceId, d.Tier, d.Title, d.Edition, d.Series, d.Chapter, d.CodeName, string.Join("|", d.AliasEntries), d.Status, d.ProposedOn, d.VersionDate, d.EffectiveFrom, d.EffectiveTo, d.Coverage, d.PageSet, d.PagesProvenance, d.StatedTotal, d.Regulation, d.SupersededBy, d.SupersededOn, d.SourceNote })
        + string.Concat(d.AllSections.Select(s => "\u0002" + string.Join("\u0001", new object?[] { s.FullId, s.Title, s.Number, s.CodeName, string.Join("|", s.AliasEntries), s.PageSet, s.PagesProvenance, string.Join("|", s.Addresses), s.EffectiveFrom, s.SupersededBy, s.SupersededOn, s.Note, s.Parent?.Id })));
}
