using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using CsCheck;
using ImrCite.Generators.Tests.Infrastructure;
using Xunit;

namespace ImrCite.Generators.Tests;

/// <summary>
/// A property of the generator (issue 13): for any catalogue the validator passes without an error, the
/// generator does not throw and the code it emits compiles — whatever the titles hold (markup, quotes,
/// keywords, digits, combining marks, bidi and zero-width characters, characters outside the BMP), whatever
/// the sources and documents are called, in whatever namespace. CsCheck generates the catalogues; a failure
/// prints the seed that reproduces it. CI runs a fixed budget (<see cref="Iterations"/>); set
/// IMRCITE_PROPERTY_ITERATIONS for a longer run.
/// </summary>
public sealed class GeneratorPropertyTests
{
    private const string Path = "/0/guidelines/generated.imrcite.json";

    private static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("IMRCITE_PROPERTY_ITERATIONS"), out long iterations) && iterations > 0 ? iterations : 40;

    private static readonly string[] TitlePieces =
    {
        "Opioids", "opioids", "Chronic", "Pain", "class", "namespace", "Id", "Ids", "Pages", "Document", "Cite", "Build",
        "FindSection", "GeneratedCatalogue", "Catalogue", "Citations", "System", "ImrCite", "1", "2.4", "9792.20", "0",
        " ", "  ", ",", ".", ";", ":", "'", "\"", "\\", "/", "(", ")", "[", "]", "{", "}", "<", ">", "&", "&amp;", "<!--", "-->",
        "*/", "/*", "//", "#", "@", "$", "%", "-", "_", "__", "—", "–", "›", "é", "Ü", "ß", "中文", "e\u0301", "\u200B", "\u200D",
        "\u202E", "\u2028", "\t", "🙂", "𝔸", "\u00A0", "ǅ", "Ⅻ", "٣",
    };

    private static readonly string[] SourceIds = { "mtus", "acoem", "catalogue", "citations", "diagnostics", "text", "system", "imrcite", "odg", "x1", "generated-catalogue" };

    private static readonly string?[] CodeNames =
    {
        null, null, null, "Catalogue", "Citations", "Diagnostics", "Text", "GuidelineRecord", "GuidelineRecordAttribute", "CatalogueLoader",
        "GeneratedCatalogue", "System", "Mtus", "Id", "Pages", "Document", "Class", "_1", "Opioids",
    };

    private static readonly string[] Namespaces = { "ImrCite.Guidelines", "ImrCite", "My.App", "ImrCite.Catalogue", "System.Array", "Guidelines" };

    private static readonly Gen<string> Title =
        Gen.OneOfConst(TitlePieces).Array[1, 6].Select(pieces => string.Concat(pieces));

    private static readonly Gen<(string Title, string? CodeName, bool Pages, string[] Children)> Section =
        Gen.Select(Title, Gen.OneOfConst(CodeNames), Gen.Bool, Title.Array[0, 2]);

    private static readonly Gen<(string Title, string? CodeName, bool Superseded, (string Title, string? CodeName, bool Pages, string[] Children)[] Sections)> Document =
        Gen.Select(Title, Gen.OneOfConst(CodeNames), Gen.Bool, Section.Array[0, 5]);

    private static readonly Gen<(string Id, string? CodeName, string Name)[]> Sources =
        Gen.Select(Gen.OneOfConst(SourceIds), Gen.OneOfConst(CodeNames), Title).Array[1, 3];

    private static readonly Gen<(string Json, string Namespace, string AsOf)> Case =
        Gen.Select(Sources, Document.Array[0, 4], Gen.OneOfConst(Namespaces), Gen.OneOfConst("", "2015-06-01", "2020-01-01"))
            .Select(c => (Write(c.Item1, c.Item2), c.Item3, c.Item4));

    [Fact]
    public void AnyValidCatalogueGeneratesCodeThatCompiles()
    {
        int valid = 0;
        int total = 0;
        Case.Sample(c =>
        {
            Interlocked.Increment(ref total);
            var loaded = ImrCite.CatalogueLoader.FromText((Path, c.Json));
            if (loaded.Diagnostics.Any(d => d.Severity == ImrCite.Diagnostics.ImrSeverity.Error))
            {
                return; // not a valid catalogue: the analyzer reports it (and the generator is fuzzed on such input elsewhere)
            }
            Interlocked.Increment(ref valid);
            var options = new Dictionary<string, string> { ["build_property.ImrCiteNamespace"] = c.Namespace };
            if (c.AsOf.Length > 0)
            {
                options["build_property.ImrCiteAsOf"] = c.AsOf;
            }
            var run = GeneratorHarness.Run(GeneratorHarness.Texts((Path, c.Json)), GeneratorHarness.CreateCompilation(), options);
            GeneratorHarness.AssertHealthy(run);
        }, iter: Iterations, threads: 1, print: c => $"namespace {c.Namespace}, as of '{c.AsOf}':\n{c.Json}");
        // The generator must actually have been exercised: most generated catalogues are valid.
        Assert.True(valid * 2 >= total, $"only {valid} of {total} generated catalogues were valid");
    }

    private static string Write((string Id, string? CodeName, string Name)[] sources, (string Title, string? CodeName, bool Superseded, (string Title, string? CodeName, bool Pages, string[] Children)[] Sections)[] documents)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("sources");
            var ids = new List<string>();
            foreach (var source in sources.GroupBy(s => s.Id).Select(g => g.First()))
            {
                ids.Add(source.Id);
                json.WriteStartObject();
                json.WriteString("id", source.Id);
                json.WriteString("name", source.Name);
                json.WriteString("tier", "other");
                if (source.CodeName is not null)
                {
                    json.WriteString("codeName", source.CodeName);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("documents");
            for (int d = 0; d < documents.Length; d++)
            {
                var document = documents[d];
                string source = ids[d % ids.Count];
                json.WriteStartObject();
                json.WriteString("id", $"{source}.d{d}");
                json.WriteString("source", source);
                json.WriteString("title", document.Title);
                if (document.CodeName is not null)
                {
                    json.WriteString("codeName", document.CodeName);
                }
                json.WriteString("edition", (2000 + d).ToString(System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("effectiveFrom", "2009-07-18");
                json.WriteString("pages", "1-500");
                json.WriteString("sourceNote", document.Title);
                // Each document but the last may be superseded by the next one.
                if (document.Superseded && d + 1 < documents.Length)
                {
                    json.WriteString("effectiveTo", "2016-07-27");
                    json.WriteString("supersededBy", $"{ids[(d + 1) % ids.Count]}.d{d + 1}");
                    json.WriteString("supersededOn", "2016-07-28");
                }
                json.WriteStartArray("sections");
                for (int s = 0; s < document.Sections.Length; s++)
                {
                    var section = document.Sections[s];
                    json.WriteStartObject();
                    json.WriteString("id", $"s{s}");
                    json.WriteString("title", section.Title);
                    if (section.CodeName is not null)
                    {
                        json.WriteString("codeName", section.CodeName);
                    }
                    if (section.Pages)
                    {
                        json.WriteString("pages", $"{10 * s + 1}-{10 * s + 9}");
                    }
                    if (section.Children.Length > 0)
                    {
                        json.WriteStartArray("sections");
                        for (int c = 0; c < section.Children.Length; c++)
                        {
                            json.WriteStartObject();
                            json.WriteString("id", $"s{s}-c{c}");
                            json.WriteString("title", section.Children[c]);
                            json.WriteEndObject();
                        }
                        json.WriteEndArray();
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
