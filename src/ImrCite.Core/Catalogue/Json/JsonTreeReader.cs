using System;
using System.Text;
using System.Text.Json;

namespace ImrCite.Catalogue.Json;

/// <summary>
/// Reads JSON text into a <see cref="JsonNode"/> tree with character spans, using System.Text.Json's
/// <see cref="Utf8JsonReader"/>. Comments and trailing commas are allowed, since people edit the files.
/// </summary>
internal static class JsonTreeReader
{
    /// <summary>The result: a tree, or the position and message of the first syntax error.</summary>
    public readonly struct Result
    {
        public Result(JsonNode? root, int errorOffset, string? errorMessage)
        {
            Root = root;
            ErrorOffset = errorOffset;
            ErrorMessage = errorMessage;
        }

        public JsonNode? Root { get; }

        public int ErrorOffset { get; }

        public string? ErrorMessage { get; }
    }

    public static Result Read(string text)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        var offsets = new OffsetMap(text, utf8);
        var options = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = 64,
        };
        var reader = new Utf8JsonReader(utf8, options);
        try
        {
            if (!reader.Read())
            {
                return new Result(null, 0, "the file is empty; a catalogue file is a JSON object");
            }
            JsonNode root = ReadValue(ref reader, offsets);
            if (reader.Read())
            {
                return new Result(null, offsets.ToChar((int)reader.TokenStartIndex), "unexpected content after the end of the top-level value");
            }
            return new Result(root, 0, null);
        }
        catch (InvalidOperationException ex)
        {
            // GetString() refuses escaped lone surrogates ("\uD800"): report where the reader stands.
            return new Result(null, offsets.ToChar((int)reader.TokenStartIndex), "a string holds an invalid escape sequence (" + CleanMessage(ex.Message) + ")");
        }
        catch (JsonException ex)
        {
            // The reader reports 0-based line and byte-in-line; turn that into a character offset.
            int byteOffset = offsets.ByteOffsetOf((int)(ex.LineNumber ?? 0), (int)(ex.BytePositionInLine ?? 0));
            return new Result(null, offsets.ToChar(byteOffset), CleanMessage(ex.Message));
        }
    }

    private static string CleanMessage(string message)
    {
        // Drop STJ's own "LineNumber: n | BytePositionInLine: m." suffix: the diagnostic has the location.
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        }
        string text = cut > 0 ? message.Substring(0, cut) : message;
        return text.TrimEnd(' ', '.');
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader, OffsetMap offsets)
    {
        int start = offsets.ToChar((int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var node = new JsonNode(JsonNodeKind.Object, start, start);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    // PropertyName token: its span covers the quoted name.
                    int nameStart = offsets.ToChar((int)reader.TokenStartIndex);
                    int nameEnd = offsets.ToChar((int)reader.TokenStartIndex + reader.ValueSpan.Length + 2); // the quoted name, not the ':'
                    string name = reader.GetString() ?? "";
                    reader.Read();
                    JsonNode value = ReadValue(ref reader, offsets);
                    node.Properties.Add(new JsonProperty(name, nameStart, nameEnd, value));
                }
                node.End = offsets.ToChar((int)reader.BytesConsumed);
                return node;
            }
            case JsonTokenType.StartArray:
            {
                var node = new JsonNode(JsonNodeKind.Array, start, start);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    node.Items.Add(ReadValue(ref reader, offsets));
                }
                node.End = offsets.ToChar((int)reader.BytesConsumed);
                return node;
            }
            case JsonTokenType.String:
                return new JsonNode(JsonNodeKind.String, start, offsets.ToChar((int)reader.BytesConsumed), reader.GetString());
            case JsonTokenType.Number:
                return new JsonNode(JsonNodeKind.Number, start, offsets.ToChar((int)reader.BytesConsumed), Encoding.UTF8.GetString(reader.ValueSpan.ToArray()));
            case JsonTokenType.True:
                return new JsonNode(JsonNodeKind.True, start, offsets.ToChar((int)reader.BytesConsumed));
            case JsonTokenType.False:
                return new JsonNode(JsonNodeKind.False, start, offsets.ToChar((int)reader.BytesConsumed));
            default:
                return new JsonNode(JsonNodeKind.Null, start, offsets.ToChar((int)reader.BytesConsumed));
        }
    }

    /// <summary>Converts UTF-8 byte offsets to UTF-16 character offsets.</summary>
    private sealed class OffsetMap
    {
        private readonly int[]? _byteToChar;
        private readonly byte[] _utf8;

        public OffsetMap(string text, byte[] utf8)
        {
            _utf8 = utf8;
            if (utf8.Length == text.Length)
            {
                return; // ASCII: offsets coincide.
            }
            _byteToChar = new int[utf8.Length + 1];
            int charIndex = 0;
            int i = 0;
            while (i < utf8.Length)
            {
                byte b = utf8[i];
                int width = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
                for (int k = 0; k < width && i + k < utf8.Length; k++)
                {
                    _byteToChar[i + k] = charIndex;
                }
                i += width;
                charIndex += width == 4 ? 2 : 1; // four-byte sequences are surrogate pairs in UTF-16
            }
            _byteToChar[utf8.Length] = charIndex;
        }

        public int ToChar(int byteOffset)
        {
            byteOffset = Math.Max(0, Math.Min(byteOffset, _utf8.Length));
            return _byteToChar is null ? byteOffset : _byteToChar[byteOffset];
        }

        /// <summary>Byte offset of a 0-based line and byte position within it (lines end at \n, as the reader counts).</summary>
        public int ByteOffsetOf(int line, int bytePositionInLine)
        {
            int offset = 0;
            for (int current = 0; current < line && offset < _utf8.Length; offset++)
            {
                if (_utf8[offset] == (byte)'\n')
                {
                    current++;
                }
            }
            return Math.Min(_utf8.Length, offset + bytePositionInLine);
        }
    }
}
