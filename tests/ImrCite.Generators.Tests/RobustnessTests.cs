using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ImrCite.Generators.Tests.Infrastructure;
using Xunit;

namespace ImrCite.Generators.Tests;

/// <summary>
/// Malformed catalogues never make the generator throw (no GeneratorRunResult.Exception, no CS8785); the valid
/// documents are still generated, and the generated code compiles.
/// </summary>
public sealed class RobustnessTests
{
    // Sorts after main.imrcite.json: duplicates in it lose to main's first declarations.
    private const string BadPath = "/0/guidelines/z-bad.imrcite.json";

    /// <summary>The generated files for the valid test catalogue, which every run below also gets.</summary>
    private static readonly string[] MainOutputs =
    {
        "Mtus.ChronicPain.g.cs", "Regulations.MedicalTreatmentUtilizationScheduleRegulations.g.cs",
    };

    private static GeneratorRun RunWithMain(string badText, string badPath = BadPath)
    {
        var run = GeneratorHarness.Run((TestCatalogues.MainPath, TestCatalogues.Main), (badPath, badText));
        GeneratorHarness.AssertHealthy(run);
        var hints = run.Sources.Select(s => s.HintName).ToList();
        Assert.Contains("GeneratedCatalogue.g.cs", hints);
        foreach (string expected in MainOutputs)
        {
            Assert.Contains(expected, hints);
        }
        return run;
    }

    public static IEnumerable<object[]> Malformed()
    {
        yield return new object[] { "empty", "" };
        yield return new object[] { "whitespace", "  \r\n\t " };
        yield return new object[] { "bom-only", "\uFEFF" };
        yield return new object[] { "null", "null" };
        yield return new object[] { "array", "[1, 2, 3]" };
        yield return new object[] { "number", "42" };
        yield return new object[] { "truncated", TestCatalogues.Second.Substring(0, TestCatalogues.Second.Length / 2) };
        yield return new object[] { "missing-comma", "{ \"sources\": [ { \"id\": \"x\" \"name\": \"X\", \"tier\": \"mtus\" } ] }" };
        yield return new object[] { "trailing-garbage", TestCatalogues.Second + " }}} garbage" };
        yield return new object[] { "unterminated-string", "{ \"documents\": [ { \"id\": \"abc" };
        yield return new object[] { "too-deep", new string('[', 300) + new string(']', 300) };
        yield return new object[] { "wrong-types", """
            {
              "sources": "mtus",
              "treatments": [ 1, null, { "id": 5, "names": "x" }, { "id": "t", "names": [1, ""], "classes": "c" } ],
              "documents": [
                7,
                { "id": ["x"], "source": "mtus" },
                { "id": "wt", "source": 3, "title": true, "edition": {}, "effectiveFrom": 2009, "pages": 12, "statedTotal": "127",
                  "aliases": "one", "provenance": 1, "sections": { "id": "s" } },
                { "id": "wt2", "source": "mtus", "title": "T", "edition": "1", "effectiveFrom": "2009-13-45", "sourceNote": "n",
                  "pages": "1-2-3", "sections": [ "s", { "id": "ok", "title": null, "pages": "0", "sections": 5 }, { "id": "s2", "title": "S2", "pages": "9-1" } ] }
              ]
            }
            """ };
        yield return new object[] { "unknown-fields", """
            { "extra": 1, "documents": [ { "id": "uf", "source": "mtus", "title": "Unknown Fields", "edition": "1", "effectiveFrom": "2009-01-01",
              "sourceNote": "n", "colour": "red", "sections": [ { "id": "s", "title": "S", "shape": "round" } ] } ] }
            """ };
        yield return new object[] { "unknown-source", """
            { "documents": [ { "id": "us", "source": "nowhere", "title": "Unknown Source", "edition": "1", "effectiveFrom": "2009-01-01", "sourceNote": "n",
              "sections": [ { "id": "s", "title": "S" } ] } ] }
            """ };
        yield return new object[] { "duplicate-section-ids", """
            { "documents": [ { "id": "ds", "source": "mtus", "title": "Duplicate Sections", "edition": "1", "effectiveFrom": "2009-01-01", "sourceNote": "n",
              "pages": "1-10",
              "sections": [ { "id": "s", "title": "First", "pages": "1-2" }, { "id": "s", "title": "Second", "pages": "3-4" },
                            { "id": "p", "title": "Parent", "sections": [ { "id": "s", "title": "Nested" } ] } ] } ] }
            """ };
        yield return new object[] { "duplicate-document-id-in-another-file", """
            { "documents": [ { "id": "mtus.cpmtg.2009", "source": "mtus", "title": "Impostor", "edition": "1", "effectiveFrom": "2009-01-01", "sourceNote": "n",
              "sections": [ { "id": "x", "title": "X" } ] } ] }
            """ };
        yield return new object[] { "duplicate-source-and-treatment", """
            { "sources": [ { "id": "mtus", "name": "Another MTUS", "tier": "other", "codeName": "Other" } ],
              "treatments": [ { "id": "opioids", "names": ["different"] }, { "id": "loop", "names": ["loop"], "classes": ["loop", "missing"] } ] }
            """ };
        yield return new object[] { "dangling-supersession", """
            { "documents": [ { "id": "dg", "source": "mtus", "title": "Dangling", "edition": "1", "effectiveFrom": "2009-01-01", "sourceNote": "n",
              "supersededBy": "nowhere", "supersededOn": "2020-01-01",
              "sections": [ { "id": "s", "title": "S", "supersededBy": "nowhere/s", "supersededOn": "2020-01-01", "addresses": ["nothing"] } ] } ] }
            """ };
        yield return new object[] { "huge-numbers", """
            { "documents": [ { "id": "hn", "source": "mtus", "title": "Huge", "edition": "1", "effectiveFrom": "9999-12-31", "sourceNote": "n",
              "pages": "1-999999", "statedTotal": 99999999999999999999,
              "sections": [ { "id": "s", "title": "S", "pages": "2147483647" }, { "id": "t", "title": "T", "pages": "999999-999999" } ] } ] }
            """ };
        yield return new object[] { "deep-sections", DeepSections(40) };
        yield return new object[] { "comments-and-trailing-commas", """
            // a comment
            { /* block */ "documents": [ { "id": "cm", "source": "mtus", "title": "Commented", "edition": "1", "effectiveFrom": "2009-01-01", "sourceNote": "n",
              "sections": [ { "id": "s", "title": "S", }, ], }, ], }
            """ };
        yield return new object[] { "control-characters", "{ \"documents\": [ { \"id\": \"cc\", \"source\": \"mtus\", \"title\": \"A\\u0000B\\u001fC\\u200bD\\ufeffE\", \"edition\": \"\\u0007\", \"effectiveFrom\": \"2009-01-01\", \"sourceNote\": \"\\ud800\", \"sections\": [ { \"id\": \"s\", \"title\": \"\\u0000\" } ] } ] }" };
        // Issue 13: the reader reports a noncharacter (IMR0004) and hands the generator U+FFFD in its place.
        yield return new object[] { "noncharacter-title", "{ \"documents\": [ { \"id\": \"nc\", \"source\": \"mtus\", \"title\": \"Pain\\uFFFE\", \"codeName\": null, \"edition\": \"1\", \"effectiveFrom\": \"2009-01-01\", \"sourceNote\": \"n\", \"sections\": [ { \"id\": \"s\", \"title\": \"S\\uFFFF\\uD83F\\uDFFE\" } ] } ] }" };
        yield return new object[] { "lone-surrogate-raw", "{ \"documents\": [ { \"id\": \"ls\", \"source\": \"mtus\", \"title\": \"X\uD800Y\", \"edition\": \"1\", \"effectiveFrom\": \"2009-01-01\", \"sourceNote\": \"n\" } ] }" };
    }

    private static string DeepSections(int depth)
    {
        var builder = new StringBuilder("{ \"documents\": [ { \"id\": \"deep\", \"source\": \"mtus\", \"title\": \"Deep\", \"edition\": \"1\", \"effectiveFrom\": \"2009-01-01\", \"sourceNote\": \"n\", \"sections\": [");
        for (int i = 0; i < depth; i++)
        {
            builder.Append($"{{ \"id\": \"s{i}\", \"title\": \"Level {i}\", \"sections\": [");
        }
        for (int i = 0; i < depth; i++)
        {
            builder.Append("] }");
        }
        return builder.Append("] } ] }").ToString();
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void MalformedCatalogueDoesNotBreakGeneration(string name, string text)
    {
        Assert.NotNull(name);
        RunWithMain(text);
    }

    [Fact]
    public void ValidDocumentsOfAPartlyBrokenFileAreGenerated()
    {
        string text = """
            { "documents": [
                { "id": "good", "source": "mtus", "title": "Good One", "edition": "1", "effectiveFrom": "2009-01-01", "sourceNote": "n",
                  "sections": [ { "id": "s", "title": "S", "pages": "1" } ] },
                { "id": "Bad Id!", "source": "mtus", "title": "Bad", "edition": "1", "effectiveFrom": "2009-01-01", "sourceNote": "n" },
                { "source": "mtus", "title": "No Id", "edition": "1", "effectiveFrom": "2009-01-01", "sourceNote": "n" },
                { "id": "orphan", "source": "nowhere", "title": "Orphan", "edition": "1", "effectiveFrom": "2009-01-01", "sourceNote": "n" }
            ] }
            """;
        var run = RunWithMain(text);
        Assert.Contains("Mtus.GoodOne.g.cs", run.Sources.Select(s => s.HintName));
        Assert.DoesNotContain(run.Sources, s => s.HintName.Contains("Orphan", StringComparison.Ordinal) || s.HintName.Contains("Bad", StringComparison.Ordinal));
    }

    [Fact]
    public void DuplicateDocumentIdKeepsTheFirstDeclaration()
    {
        // Files are ordered by name: "main" before "z-dup", so main's declaration wins.
        string text = """
            { "documents": [ { "id": "mtus.cpmtg.2009", "source": "mtus", "title": "Impostor", "edition": "1", "effectiveFrom": "2009-01-01", "sourceNote": "n" } ] }
            """;
        var run = RunWithMain(text, "/0/guidelines/z-dup.imrcite.json");
        Assert.DoesNotContain(run.Sources, s => s.HintName.Contains("Impostor", StringComparison.Ordinal));
        Assert.Contains("Chronic Pain Medical Treatment Guidelines", run.Source("Mtus.ChronicPain.g.cs"));
    }

    /// <summary>
    /// Two catalogue files with the same file name in different folders, both declaring one document id: the
    /// generator keys documents by (id, file name, ordinal), so both declarations match the first one's name.
    /// </summary>
    [Fact]
    public void DuplicateDocumentIdInSameNamedFilesOfDifferentFolders()
    {
        string Doc(string title) => $$"""
            { "sources": [ { "id": "mtus", "name": "MTUS", "tier": "mtus" } ],
              "documents": [ { "id": "same.id", "source": "mtus", "title": "{{title}}", "edition": "1", "effectiveFrom": "2009-01-01", "sourceNote": "n",
                "sections": [ { "id": "s", "title": "S" } ] } ] }
            """;
        var run = GeneratorHarness.Run(("/0/guidelines/a/catalogue.imrcite.json", Doc("First")), ("/0/guidelines/b/catalogue.imrcite.json", Doc("Second")));
        GeneratorHarness.AssertHealthy(run);
        Assert.Equal(new[] { "GeneratedCatalogue.Data.g.cs", "GeneratedCatalogue.g.cs", "Mtus.First.g.cs" }, run.Sources.Select(s => s.HintName).ToArray());
    }

    [Fact]
    public void SameNamedFilesInDifferentFoldersAreBothGenerated()
    {
        string Doc(string id, string title) => $$"""
            { "documents": [ { "id": "{{id}}", "source": "mtus", "title": "{{title}}", "edition": "1", "effectiveFrom": "2009-01-01", "sourceNote": "n",
                "sections": [ { "id": "s", "title": "S" } ] } ] }
            """;
        var run = GeneratorHarness.Run((TestCatalogues.MainPath, TestCatalogues.Main),
            ("/0/guidelines/a/extra.imrcite.json", Doc("a.doc", "Alpha")), ("/0/guidelines/b/extra.imrcite.json", Doc("b.doc", "Beta")));
        GeneratorHarness.AssertHealthy(run);
        Assert.Contains("Mtus.Alpha.g.cs", run.Sources.Select(s => s.HintName));
        Assert.Contains("Mtus.Beta.g.cs", run.Sources.Select(s => s.HintName));
    }

    /// <summary>Random text (fixed seeds) of JSON-ish characters, and random mutations of a valid file.</summary>
    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 12).Select(i => new object[] { i * 7919 });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomGarbage(int seed)
    {
        var random = new Random(seed);
        const string alphabet = "{}[]\":,0123456789-. \n\r\tabcdefghijklmnopqrstuvwxyz\\/*#@ÉΩ\u2028\0";
        var builder = new StringBuilder();
        int length = random.Next(0, 600);
        for (int i = 0; i < length; i++)
        {
            builder.Append(random.Next(10) == 0 ? (char)random.Next(0, 0xFFFF) : alphabet[random.Next(alphabet.Length)]);
        }
        RunWithMain(builder.ToString());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomMutationsOfAValidFile(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(TestCatalogues.Second.Replace("mtus.cpmtg.2016", "mutant." + seed, StringComparison.Ordinal));
        int edits = random.Next(1, 8);
        for (int i = 0; i < edits; i++)
        {
            int at = random.Next(text.Length);
            switch (random.Next(4))
            {
                case 0:
                    text.Remove(at, Math.Min(text.Length - at, random.Next(1, 12)));
                    break;
                case 1:
                    text.Insert(at, "{}[]\",:\\x0-9é"[random.Next(13)]);
                    break;
                case 2:
                    text[at] = (char)random.Next(32, 127);
                    break;
                default:
                    text.Insert(at, "\"sections\": [ { \"id\": \"m\", \"title\": \"Mutant\" } ],");
                    break;
            }
        }
        RunWithMain(text.ToString(), "/0/guidelines/mutant.imrcite.json");
    }
}
