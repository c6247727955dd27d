using System;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ImrCite.Testing;

/// <summary>
/// The transformations that derive a test's variant of a <see cref="FixtureCatalogue"/> record from the shared
/// one, so that a variant says what it changes instead of being a copy that drifts. Each takes a record's JSON
/// text and returns new JSON text (indented, two spaces, non-ASCII and <c>&amp;</c> kept as written).
/// </summary>
internal static class FixtureJson
{
    private static readonly JsonSerializerOptions Written = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A catalogue file of the given sources, treatments and documents (each a JSON object); an empty list is left out.</summary>
    public static string Catalogue(string[] sources, string[] treatments, string[] documents)
    {
        var file = new JsonObject();
        foreach (var (name, records) in new[] { ("sources", sources), ("treatments", treatments), ("documents", documents) })
        {
            if (records.Length > 0)
            {
                file[name] = new JsonArray(records.Select(r => (JsonNode?)Parse(r)).ToArray());
            }
        }
        return file.ToJsonString(Written);
    }

    /// <summary>The record with <paramref name="member"/> set to <paramref name="value"/> (a JSON value), added last when absent.</summary>
    public static string With(this string record, string member, string value) =>
        Edit(record, o => o[member] = JsonNode.Parse(value));

    /// <summary>The record without the given members.</summary>
    public static string Without(this string record, params string[] members) =>
        Edit(record, o => Array.ForEach(members, m => o.Remove(m)));

    /// <summary>The record (a document or a section) keeping only its direct sections with the given ids, in their order.</summary>
    public static string KeepingSections(this string record, params string[] ids) =>
        Edit(record, o =>
        {
            var sections = o["sections"]!.AsArray();
            foreach (var section in sections.Where(s => !ids.Contains((string?)s!["id"])).ToList())
            {
                sections.Remove(section);
            }
        });

    /// <summary>The record with its section <paramref name="id"/> (at any depth) transformed by <paramref name="edit"/>.</summary>
    public static string WithSection(this string record, string id, Func<string, string> edit) =>
        Edit(record, o =>
        {
            var (sections, index) = FindSection(o, id) ?? throw new ArgumentException($"The fixture has no section '{id}'.", nameof(id));
            sections[index] = Parse(edit(sections[index]!.ToJsonString(Written)));
        });

    private static (JsonArray Sections, int Index)? FindSection(JsonObject owner, string id)
    {
        if (owner["sections"] is not JsonArray sections)
        {
            return null;
        }
        for (int i = 0; i < sections.Count; i++)
        {
            var section = sections[i]!.AsObject();
            if ((string?)section["id"] == id)
            {
                return (sections, i);
            }
            if (FindSection(section, id) is { } nested)
            {
                return nested;
            }
        }
        return null;
    }

    private static string Edit(string record, Action<JsonObject> edit)
    {
        var node = Parse(record);
        edit(node);
        return node.ToJsonString(Written);
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
