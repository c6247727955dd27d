using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace ImrCite.Tests;

/// <summary>
/// docs/catalogue-format.md keeps up with guidelines/imrcite-catalogue.schema.json: every field of every
/// record, and every enum value, is documented.
/// </summary>
public sealed class CatalogueFormatReferenceTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void EverySchemaPropertyIsDocumentedInATableRow()
    {
        using var schema = LoadSchema();
        var rows = TableRows();
        var missing = new List<string>();
        foreach (var (owner, name) in Properties(schema.RootElement))
        {
            string cell = "`" + name + "`";
            if (!rows.Any(row => row.Contains(cell, StringComparison.Ordinal)))
            {
                missing.Add($"{owner}.{name}");
            }
        }
        Assert.True(missing.Count == 0,
            "Schema properties without a table row in docs/catalogue-format.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void EverySchemaEnumValueIsDocumented()
    {
        using var schema = LoadSchema();
        string doc = ReadDoc();
        var values = new SortedSet<string>(StringComparer.Ordinal);
        CollectEnumValues(schema.RootElement, values);
        Assert.NotEmpty(values);
        var missing = values.Where(value => !doc.Contains("`" + value + "`", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0,
            "Schema enum values not documented in docs/catalogue-format.md: " + string.Join(", ", missing));
    }

    /// <summary>The top-level properties, then those of every <c>$defs</c> entry that has properties.</summary>
    private static IEnumerable<(string Owner, string Name)> Properties(JsonElement root)
    {
        var found = new List<(string, string)>();
        foreach (var property in root.GetProperty("properties").EnumerateObject())
        {
            found.Add(("(top level)", property.Name));
        }
        foreach (var definition in root.GetProperty("$defs").EnumerateObject())
        {
            if (definition.Value.ValueKind == JsonValueKind.Object && definition.Value.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    found.Add((definition.Name, property.Name));
                }
            }
        }
        Assert.NotEmpty(found);
        return found;
    }

    private static void CollectEnumValues(JsonElement element, ISet<string> values)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "enum" && property.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var value in property.Value.EnumerateArray())
                    {
                        values.Add(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());
                    }
                }
                else
                {
                    CollectEnumValues(property.Value, values);
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CollectEnumValues(item, values);
            }
        }
    }

    private static JsonDocument LoadSchema() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "guidelines", "imrcite-catalogue.schema.json")));

    private static string ReadDoc() =>
        File.ReadAllText(Path.Combine(Root, "docs", "catalogue-format.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The lines of the reference's Markdown tables.</summary>
    private static List<string> TableRows()
    {
        var rows = ReadDoc().Split('\n').Where(line => line.StartsWith("|", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        return rows;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ImrCite.sln")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException("ImrCite.sln not found above the test binaries.");
    }
}
