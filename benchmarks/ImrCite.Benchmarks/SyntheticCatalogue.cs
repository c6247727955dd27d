using System.Globalization;
using System.IO;
using System.Text;

namespace ImrCite.Benchmarks;

/// <summary>
/// Writes a valid synthetic catalogue: N sections over documents of 200 sections each, nested two deep,
/// with aliases, page sets that satisfy the validator, and addresses of defined treatments.
/// </summary>
public static class SyntheticCatalogue
{
    public const int SectionsPerDocument = 200;

    public static void Write(string directory, int sections)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "synthetic-sources.imrcite.json"), Sources());
        int documents = (sections + SectionsPerDocument - 1) / SectionsPerDocument;
        for (int d = 0; d < documents; d++)
        {
            int count = System.Math.Min(SectionsPerDocument, sections - d * SectionsPerDocument);
            File.WriteAllText(Path.Combine(directory, $"synthetic-{d:D3}.imrcite.json"), Document(d, count));
        }
    }

    private static string Sources()
    {
        var text = new StringBuilder();
        text.Append("{\n  \"sources\": [ { \"id\": \"synthetic\", \"name\": \"Synthetic guidelines\", \"codeName\": \"Synthetic\", \"tier\": \"guideline\" } ],\n  \"treatments\": [\n");
        for (int t = 0; t < 50; t++)
        {
            text.Append(CultureInfo.InvariantCulture, $"    {{ \"id\": \"treatment-{t}\", \"names\": [\"Treatment {t}\", \"Brand {t}\"] }}{(t < 49 ? "," : "")}\n");
        }
        text.Append("  ]\n}\n");
        return text.ToString();
    }

    /// <summary>Each top-level section spans 10 pages with 4 children of 2 pages (siblings share no page).</summary>
    private static string Document(int d, int count)
    {
        var text = new StringBuilder();
        int pages = count * 3 + 10;
        text.Append(CultureInfo.InvariantCulture,
            $"{{\n  \"documents\": [ {{\n    \"id\": \"synthetic.doc{d}\", \"source\": \"synthetic\", \"title\": \"Synthetic Guideline {d}\", \"edition\": \"2024\",\n    \"aliases\": [\"Synthetic {d}\"], \"effectiveFrom\": \"2024-01-01\", \"pages\": \"1-{pages}\", \"sourceNote\": \"Generated for benchmarks.\",\n    \"sections\": [\n");
        int written = 0;
        int page = 1;
        int parent = 0;
        while (written < count)
        {
            int children = System.Math.Min(4, count - written - 1);
            int first = page;
            int last = page + System.Math.Max(children * 2, 1) - 1;
            text.Append(CultureInfo.InvariantCulture,
                $"      {{ \"id\": \"s{parent}\", \"title\": \"Topic {d} {parent}\", \"aliases\": [\"Topic {d}-{parent} alias\"], \"pages\": \"{first}-{last}\", \"addresses\": [\"treatment-{parent % 50}\"]");
            written++;
            if (children > 0)
            {
                text.Append(", \"sections\": [\n");
                for (int c = 0; c < children; c++)
                {
                    int childFirst = first + c * 2;
                    text.Append(CultureInfo.InvariantCulture,
                        $"        {{ \"id\": \"s{parent}-{c}\", \"title\": \"Topic {d} {parent} part {c}\", \"pages\": \"{childFirst}-{childFirst + 1}\" }}{(c < children - 1 ? "," : "")}\n");
                    written++;
                }
                text.Append("      ]");
            }
            text.Append(written < count ? " },\n" : " }\n");
            page = last + 1;
            parent++;
        }
        text.Append("    ]\n  } ]\n}\n");
        return text.ToString();
    }
}
