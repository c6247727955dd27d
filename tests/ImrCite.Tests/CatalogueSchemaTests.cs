using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ImrCite.Catalogue;
using Xunit;

namespace ImrCite.Tests;

/// <summary>
/// The catalogue format is described once in code (<see cref="CatalogueSchema"/>), which the reader and the
/// formatter use; guidelines/imrcite-catalogue.schema.json must say the same: the same records, the same fields
/// in the same order, the same required fields, the same kinds of value and enum values.
/// </summary>
public sealed class CatalogueSchemaTests
{
    private static readonly JsonDocument Schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root(), "guidelines", "imrcite-catalogue.schema.json")));

    public static IEnumerable<object[]> Records() => CatalogueSchema.All.Select(r => new object[] { r.Name });

    private static JsonElement Definition(string record) =>
        record == "file" ? Schema.RootElement : Schema.RootElement.GetProperty("$defs").GetProperty(record);

    [Theory]
    [MemberData(nameof(Records))]
    public void FieldsAndTheirOrderAreTheSchemas(string record)
    {
        var schema = CatalogueSchema.Find(record)!;
        var properties = Definition(record).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(properties, schema.FieldNames);
        Assert.False(Definition(record).GetProperty("additionalProperties").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void RequiredFieldsAreTheSchemas(string record)
    {
        var schema = CatalogueSchema.Find(record)!;
        var required = Definition(record).TryGetProperty("required", out var list) ? list.EnumerateArray().Select(e => e.GetString()!).ToList() : new List<string>();
        Assert.Equal(required.OrderBy(n => n, StringComparer.Ordinal), schema.Fields.Where(f => f.Requirement == CatalogueFieldRequirement.Required).Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal));
        foreach (var conditional in schema.Fields.Where(f => f.Requirement == CatalogueFieldRequirement.Conditional))
        {
            Assert.Contains("\"" + conditional.Name + "\"", Definition(record).GetProperty("allOf").GetRawText(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void KindsOfValueAreTheSchemas(string record)
    {
        foreach (var field in CatalogueSchema.Find(record)!.Fields)
        {
            var property = Resolve(Definition(record).GetProperty("properties").GetProperty(field.Name));
            string where = $"{record}.{field.Name}";
            switch (field.Kind)
            {
                case CatalogueValueKind.Enum:
                    Assert.Equal(field.Values, property.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
                    break;
                case CatalogueValueKind.EnumArray:
                    Assert.True(property.GetProperty("type").GetString() == "array", where);
                    Assert.Equal(field.Values, property.GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
                    break;
                case CatalogueValueKind.Records:
                case CatalogueValueKind.Aliases:
                case CatalogueValueKind.Names:
                case CatalogueValueKind.Ids:
                    Assert.True(property.GetProperty("type").GetString() == "array", where);
                    if (field.Items is { } items && field.Kind == CatalogueValueKind.Records)
                    {
                        Assert.Equal("#/$defs/" + items, property.GetProperty("items").GetProperty("$ref").GetString());
                    }
                    break;
                case CatalogueValueKind.PositiveInteger:
                    Assert.Equal(("integer", 1), (property.GetProperty("type").GetString(), property.GetProperty("minimum").GetInt32()));
                    break;
                case CatalogueValueKind.NonEmptyText:
                    Assert.Equal(("string", 1), (property.GetProperty("type").GetString(), property.GetProperty("minLength").GetInt32()));
                    break;
                default:
                    Assert.True(property.GetProperty("type").GetString() == "string", where);
                    string? pattern = property.TryGetProperty("pattern", out var p) ? p.GetString() : null;
                    string? expected = field.Kind switch
                    {
                        CatalogueValueKind.Id => "^[a-z0-9]+([.-][a-z0-9]+)*$",
                        CatalogueValueKind.Date => "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                        CatalogueValueKind.CodeName => "^[A-Za-z_][A-Za-z0-9_]*$",
                        CatalogueValueKind.SectionReference => "^[a-z0-9]+([.-][a-z0-9]+)*/[a-z0-9]+([.-][a-z0-9]+)*$",
                        CatalogueValueKind.PageSet => Resolve(Schema.RootElement.GetProperty("$defs").GetProperty("pageSet")).GetProperty("pattern").GetString(),
                        _ => pattern,
                    };
                    Assert.True(pattern == expected, $"{where}: pattern {pattern}, expected {expected}");
                    break;
            }
        }
    }

    /// <summary>A property with its "$ref" followed (local references only), keeping nothing else but the target.</summary>
    private static JsonElement Resolve(JsonElement property)
    {
        while (property.TryGetProperty("$ref", out var reference) && !property.TryGetProperty("type", out _) && !property.TryGetProperty("enum", out _))
        {
            var target = Schema.RootElement;
            foreach (string part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                target = target.GetProperty(part);
            }
            property = target;
        }
        return property;
    }

    private static string Root()
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
