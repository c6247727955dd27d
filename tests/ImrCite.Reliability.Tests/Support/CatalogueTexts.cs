using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CsCheck;

namespace ImrCite.Reliability.Tests.Support;

/// <summary>
/// Catalogue files for the properties: mostly well-formed JSON with every record kind and field, values drawn
/// from valid, borderline and hostile ones (bad ids and dates, reversed and repeated pages, lone surrogates,
/// noncharacters, cycles, unknown fields), then optionally damaged by a few random edits. Built from a seed, so
/// CsCheck shrinks the size and the number of edits and prints a reproducible text.
/// </summary>
internal static class CatalogueTexts
{
    /// <summary>(seed, records, edits) → catalogue text.</summary>
    public static Gen<string> Any { get; } =
        Gen.Select(Gen.UInt, Gen.Int[0, 12], Gen.Int[0, 4], (seed, size, edits) => Build(seed, size, edits));

    private static readonly string[] Ids = { "mtus", "acoem", "odg", "a.b", "a-b.c", "mtus.cpmtg.2009", "d1", "d2", "s1", "s2", "x", "Bad", "a..b", "", "a/b", "opioids" };
    private static readonly string[] Dates = { "2009-07-18", "2016-07-28", "2016-07-27", "2025-02-30", "0000-01-01", "9999-12-31", "2016-7-28", "x" };
    private static readonly string[] Pages = { "1-127", "74-96", "96-74", "1,1,1,1", "24", "0", "1-999999", "76, 80-82", "74-80, 78-90", "a", "", "1,,2", "1\u20132", "5-5" };
    private static readonly string[] Words = { "Opioids", "Chronic Pain", "NSAIDs, GI symptoms & risk", "Soma", "Low Back", "Reiter's", "Wellbutrin\u00AE", "\u00C9tude", "\u65e5\u672c", "\U0001F600", "  ", "\\uD800", "\\uFFFE", "\uFFFF", "\\u0000", "\\\"", "\t" };
    private static readonly string[] Enums = { "mtus", "mtus-regulation", "guideline", "peer-reviewed", "other", "verified", "secondary", "cited", "boundary", "allowed", "complete", "partial", "adopted", "proposed", "gold" };
    private static readonly string[] Edits = { "{", "}", "[", "]", "\"", ",", ":", "\\", "\\u", "null", "1e999", "-", "/*", "\n", "\uD800", "\u00E9" };

    public static string Build(uint seed, int size, int edits)
    {
        var random = new Random((int)seed);
        var json = new StringBuilder("{\n  \"$schema\": \"../imrcite-catalogue.schema.json\",\n  \"sources\": [");
        int sources = random.Next(size + 1);
        for (int i = 0; i < sources; i++)
        {
            json.Append(i > 0 ? ", " : "").Append('{');
            Field(json, random, "id", Str(Pick(random, Ids)), 0.95);
            Field(json, random, "name", Str(Pick(random, Words)), 0.9);
            Field(json, random, "tier", Str(Pick(random, Enums)), 0.9);
            Field(json, random, "coverage", Str(Pick(random, Enums)), 0.2);
            Field(json, random, "aliases", Aliases(random), 0.4);
            Field(json, random, "note", Str(Pick(random, Words)), 0.1);
            json.Append('}');
        }
        json.Append("],\n  \"treatments\": [");
        int treatments = random.Next(size + 1);
        for (int i = 0; i < treatments; i++)
        {
            json.Append(i > 0 ? ", " : "").Append('{');
            Field(json, random, "id", Str(Pick(random, Ids)), 0.95);
            Field(json, random, "names", "[" + Str(Pick(random, Words)) + "]", 0.9);
            Field(json, random, "classes", "[" + Str(Pick(random, Ids)) + "]", 0.3);
            json.Append('}');
        }
        json.Append("],\n  \"documents\": [");
        int documents = random.Next(size + 1);
        for (int i = 0; i < documents; i++)
        {
            json.Append(i > 0 ? ",\n    " : "").Append('{');
            Field(json, random, "id", Str(Pick(random, Ids)), 0.95);
            Field(json, random, "source", Str(Pick(random, Ids)), 0.9);
            Field(json, random, "tier", Str(Pick(random, Enums)), 0.1);
            Field(json, random, "title", Str(Pick(random, Words)), 0.9);
            Field(json, random, "codeName", Str(Pick(random, new[] { "ChronicPain", "1x", "_a", "a b" })), 0.2);
            Field(json, random, "edition", Str(random.Next(2000, 2030).ToString(CultureInfo.InvariantCulture)), 0.9);
            Field(json, random, "aliases", Aliases(random), 0.4);
            Field(json, random, "status", Str(Pick(random, Enums)), 0.15);
            Field(json, random, "proposedOn", Str(Pick(random, Dates)), 0.15);
            Field(json, random, "effectiveFrom", Str(Pick(random, Dates)), 0.85);
            Field(json, random, "effectiveTo", Str(Pick(random, Dates)), 0.3);
            Field(json, random, "pages", Str(Pick(random, Pages)), 0.5);
            Field(json, random, "statedTotal", Pick(random, new[] { "127", "0", "-1", "1.5", "\"5\"" }), 0.2);
            Field(json, random, "siblingOverlap", Str(Pick(random, Enums)), 0.1);
            Field(json, random, "coverage", Str(Pick(random, Enums)), 0.2);
            Field(json, random, "supersededBy", Str(Pick(random, Ids)), 0.3);
            Field(json, random, "supersededOn", Str(Pick(random, Dates)), 0.3);
            Field(json, random, "sourceNote", Str(Pick(random, Words)), 0.9);
            Field(json, random, "omits", "[{ \"section\": " + Str(Pick(random, new[] { "*", "s1", "Bad", "opioids" })) + ", \"reason\": \"r\" }]", 0.15);
            Field(json, random, "unknownField", "1", 0.05);
            Field(json, random, "sections", Sections(random, size, depth: 0), 0.7);
            json.Append('}');
        }
        json.Append("]\n}\n");
        string text = json.ToString();
        for (int e = 0; e < edits && text.Length > 0; e++)
        {
            int at = random.Next(text.Length);
            text = random.Next(3) switch
            {
                0 => text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(4))),
                1 => text.Insert(at, Pick(random, Edits)),
                _ => text.Insert(at, text.Substring(at, Math.Min(text.Length - at, random.Next(40)))),
            };
        }
        return text;
    }

    private static string Sections(Random random, int size, int depth)
    {
        var json = new StringBuilder("[");
        int count = random.Next(size / 2 + 2);
        for (int i = 0; i < count; i++)
        {
            json.Append(i > 0 ? ", " : "").Append('{');
            Field(json, random, "id", Str(Pick(random, Ids)), 0.95);
            Field(json, random, "title", Str(Pick(random, Words)), 0.9);
            Field(json, random, "number", Str(random.Next(1, 20).ToString(CultureInfo.InvariantCulture)), 0.2);
            Field(json, random, "aliases", Aliases(random), 0.3);
            Field(json, random, "pages", Str(Pick(random, Pages)), 0.6);
            Field(json, random, "provenance", Str(Pick(random, Enums)), 0.2);
            Field(json, random, "addresses", "[" + Str(Pick(random, Ids)) + "]", 0.2);
            Field(json, random, "supersededBy", Str(Pick(random, Ids) + "/" + Pick(random, Ids)), 0.15);
            Field(json, random, "supersededOn", Str(Pick(random, Dates)), 0.15);
            Field(json, random, "siblingOverlap", Str(Pick(random, Enums)), 0.1);
            if (depth < 3)
            {
                Field(json, random, "sections", Sections(random, size / 2, depth + 1), 0.3);
            }
            json.Append('}');
        }
        return json.Append(']').ToString();
    }

    private static string Aliases(Random random) => random.Next(3) switch
    {
        0 => "[" + Str(Pick(random, Words)) + "]",
        1 => "[{ \"name\": " + Str(Pick(random, Words)) + ", \"source\": \"DWC\" }, " + Str(Pick(random, Words)) + "]",
        _ => "[{ \"source\": \"x\" }, 3, null]",
    };

    private static void Field(StringBuilder json, Random random, string name, string value, double probability)
    {
        if (random.NextDouble() >= probability)
        {
            return;
        }
        if (json[json.Length - 1] != '{')
        {
            json.Append(", ");
        }
        json.Append('"').Append(name).Append("\": ").Append(value);
    }

    private static string Str(string value) => "\"" + value + "\"";

    private static string Pick(Random random, IReadOnlyList<string> values) => values[random.Next(values.Count)];

    /// <summary>A readable form of a text for a failure report: control and non-ASCII characters escaped.</summary>
    public static string Show(string text)
    {
        var builder = new StringBuilder();
        foreach (char c in text)
        {
            builder.Append(c < 32 || c > 126 ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
        }
        return builder.ToString();
    }
}
