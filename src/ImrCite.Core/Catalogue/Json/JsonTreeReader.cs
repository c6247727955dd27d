using System.Text.Json;
using ImrCite.Text;

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
        // Encoding.UTF8 turns a lone surrogate into U+FFFD; remember where they stood so strings holding
        // one are reported rather than silently changed.
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        var offsets = new OffsetMap(text, utf8, LoneSurrogates(text));
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
            // Strings are decoded below without GetString's refusals; anything else the reader refuses is reported here.
            return new Result(null, offsets.ToChar((int)reader.TokenStartIndex), "a string cannot be read (" + CleanMessage(ex.Message) + ")");
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
        // System.Text.Json may quote the offending token, which can be the rest of the file.
        return TextLimits.Shorten(text.TrimEnd(' ', '.'), 3 * TextLimits.QuotedLength);
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
                    string name = ReadString(ref reader, offsets, nameStart, nameEnd, out int invalidInName);
                    reader.Read();
                    JsonNode value = ReadValue(ref reader, offsets);
                    node.Properties.Add(new JsonProperty(name, nameStart, nameEnd, value, invalidInName));
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
            {
                int end = offsets.ToChar((int)reader.BytesConsumed);
                string value = ReadString(ref reader, offsets, start, end, out int invalid);
                return new JsonNode(JsonNodeKind.String, start, end, value) { InvalidCharacter = invalid };
            }
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

    /// <summary>
    /// The string token's value, decoded even where <c>GetString</c> refuses (an escaped lone surrogate), with
    /// every character that is not text replaced by U+FFFD; <paramref name="invalid"/> is the first such
    /// character as a code point (-1 for none). <paramref name="start"/>..<paramref name="end"/> is the token in
    /// the source text, where a raw lone surrogate may stand.
    /// </summary>
    private static string ReadString(ref Utf8JsonReader reader, OffsetMap offsets, int start, int end, out int invalid)
    {
        string value;
        try
        {
            value = reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            value = Unescape(reader.ValueSpan);
        }
        invalid = offsets.FirstLoneSurrogate(start, end);
        return TextCharacters.Sanitize(value, ref invalid);
    }

    /// <summary>Decodes a JSON string's raw bytes (between the quotes): escapes, including lone surrogates, and UTF-8.</summary>
    private static string Unescape(ReadOnlySpan<byte> raw)
    {
        var builder = new StringBuilder(raw.Length);
        byte[] bytes = raw.ToArray();
        int run = 0;
        int i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] != (byte)'\\' || i + 1 >= bytes.Length)
            {
                i++;
                continue;
            }
            builder.Append(Encoding.UTF8.GetString(bytes, run, i - run));
            char escape = (char)bytes[i + 1];
            i += 2;
            switch (escape)
            {
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u' when i + 4 <= bytes.Length && TryHex(bytes, i, out char unit):
                    builder.Append(unit);
                    i += 4;
                    break;
                default: builder.Append(escape); break; // '"', '\\', '/': the reader has checked the grammar
            }
            run = i;
        }
        builder.Append(Encoding.UTF8.GetString(bytes, run, bytes.Length - run));
        return builder.ToString();
    }

    private static bool TryHex(byte[] bytes, int at, out char unit)
    {
        int value = 0;
        for (int k = 0; k < 4; k++)
        {
            int digit = bytes[at + k] switch
            {
                >= (byte)'0' and <= (byte)'9' => bytes[at + k] - '0',
                >= (byte)'a' and <= (byte)'f' => bytes[at + k] - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => bytes[at + k] - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                unit = '\0';
                return false;
            }
            value = value * 16 + digit;
        }
        unit = (char)value;
        return true;
    }

    /// <summary>Offsets of the text's unpaired surrogates, in order (usually none).</summary>
    private static int[] LoneSurrogates(string text)
    {
        List<int>? found = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                (found ??= new List<int>()).Add(i);
            }
        }
        return found?.ToArray() ?? Array.Empty<int>();
    }

    /// <summary>Converts UTF-8 byte offsets to UTF-16 character offsets, and knows where the text's lone surrogates are.</summary>
    private sealed class OffsetMap
    {
        private readonly int[]? _byteToChar;
        private readonly byte[] _utf8;
        private readonly string _text;
        private readonly int[] _loneSurrogates;

        /// <summary>The lone surrogate in text[start..end) as a code point, or -1.</summary>
        public int FirstLoneSurrogate(int start, int end)
        {
            if (_loneSurrogates.Length == 0)
            {
                return -1;
            }
            int index = Array.BinarySearch(_loneSurrogates, start);
            if (index < 0)
            {
                index = ~index;
            }
            return index < _loneSurrogates.Length && _loneSurrogates[index] < end ? _text[_loneSurrogates[index]] : -1;
        }

        public OffsetMap(string text, byte[] utf8, int[] loneSurrogates)
        {
            _utf8 = utf8;
            _text = text;
            _loneSurrogates = loneSurrogates;
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
