namespace ImrCite.Catalogue.Json;

/// <summary>The kinds of JSON value the catalogue reader distinguishes.</summary>
internal enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A JSON value with its character span in the source text. The tree is built from
/// System.Text.Json's <c>Utf8JsonReader</c> tokens; it exists only so every catalogue record keeps
/// its location for diagnostics.
/// </summary>
internal sealed class JsonNode(JsonNodeKind kind, int start, int end, string? text = null)
{
    public JsonNodeKind Kind { get; } = kind;

    /// <summary>0-based character offset of the value's first character.</summary>
    public int Start { get; } = start;

    /// <summary>0-based character offset just past the value.</summary>
    public int End { get; set; } = end;

    public int Length => End - Start;

    /// <summary>The unescaped string, or the number's raw text. Characters that are not text (see <see cref="InvalidCharacter"/>) are replaced by U+FFFD.</summary>
    public string? Text { get; } = text;

    /// <summary>
    /// For a string: the first character of the value that is not text — a lone surrogate or a Unicode
    /// noncharacter such as U+FFFE — as a code point, or -1 when there is none.
    /// </summary>
    public int InvalidCharacter { get; init; } = -1;

    public List<JsonProperty> Properties { get; } = new List<JsonProperty>();

    public List<JsonNode> Items { get; } = new List<JsonNode>();

    public string KindName => Kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "a number",
        JsonNodeKind.True or JsonNodeKind.False => "a boolean",
        _ => "null",
    };
}

/// <summary>An object member: its name (with span) and value.</summary>
/// <param name="Name">The member's name.</param>
/// <param name="NameStart">0-based offset of the name (its opening quote).</param>
/// <param name="NameEnd">0-based offset just past the name.</param>
/// <param name="Value">The member's value.</param>
/// <param name="InvalidCharacter">As <see cref="JsonNode.InvalidCharacter"/>, for the name.</param>
internal sealed record JsonProperty(string Name, int NameStart, int NameEnd, JsonNode Value, int InvalidCharacter = -1);
