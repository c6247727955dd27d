namespace ImrCite.Cli.Letters;

/// <summary>
/// Decides how a letter file's bytes are text: UTF-8 (with or without a byte-order mark), UTF-16 with a mark,
/// or UTF-16 without one (recognised by its zero bytes); anything else — binary data, or text in another
/// encoding such as Windows-1252 — is not decoded with replacement characters but reported (IMR0206) with
/// what was found and a hint, so nothing is checked on garbled text.
/// </summary>
public static class TextDecoding
{
    private const int Sample = 8192;

    /// <summary>The control characters that count against text: all below U+0020 but line breaks, tabs and form feeds.</summary>
    private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x20).Select(c => (char)c).Where(c => c is not ('\n' or '\r' or '\t' or '\f')).ToArray());

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>The text, or why the bytes are not text the tool reads (the <c>Problem</c> and a <c>Hint</c>).</summary>
    public readonly record struct Decoded(string? Text, string? Encoding, string? Problem, string? Hint);

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    public static Decoded Decode(ReadOnlySpan<byte> bytes)
    {
        // A byte-order mark says how to decode, not that what follows is text: the text is checked for being binary
        // as a file without a mark is.
        if (bytes.StartsWith("\uFEFF"u8))
        {
            return Textual(Strict(StrictUtf8, bytes[3..], "UTF-8"));
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]))
        {
            return Textual(Strict(new UTF32Encoding(false, true, true), bytes[4..], "UTF-32"));
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Textual(Strict(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16"));
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Textual(Strict(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16"));
        }
        if (Utf16WithoutMark(bytes) is { } bigEndian)
        {
            var utf16 = Strict(new UnicodeEncoding(bigEndian, false, true), bytes.Length % 2 == 0 ? bytes : bytes[..^1], "UTF-16");
            if (utf16.Text is not null)
            {
                return utf16;
            }
        }
        int zero = bytes.IndexOf((byte)0);
        if (zero >= 0)
        {
            return new Decoded(null, null, $"binary data (a zero byte at offset {zero.ToString(CultureInfo.InvariantCulture)})",
                "lint the letter's text (.txt) or its PDF; other files are not letters");
        }
        return Textual(Strict(StrictUtf8, bytes, "UTF-8"));
    }

    /// <summary><paramref name="decoded"/>, or binary data when its text holds U+0000 or is mostly control characters.</summary>
    private static Decoded Textual(Decoded decoded)
    {
        if (decoded.Text is null)
        {
            return decoded;
        }
        int zero = decoded.Text.IndexOf('\0', StringComparison.Ordinal);
        if (zero >= 0)
        {
            return new Decoded(null, null, $"binary data (a zero character at character {zero.ToString(CultureInfo.InvariantCulture)})",
                "lint the letter's text (.txt) or its PDF; other files are not letters");
        }
        int controls = 0;
        var sample = decoded.Text.AsSpan(0, Math.Min(decoded.Text.Length, Sample));
        for (int at; (at = sample.IndexOfAny(Controls)) >= 0; sample = sample[(at + 1)..])
        {
            controls++;
        }
        if (controls > Math.Min(decoded.Text.Length, Sample) / 10)
        {
            return new Decoded(null, null, $"binary data ({controls.ToString(CultureInfo.InvariantCulture)} control characters in its first {Math.Min(decoded.Text.Length, Sample).ToString(CultureInfo.InvariantCulture)})",
                "lint the letter's text (.txt) or its PDF; other files are not letters");
        }
        return decoded;
    }

    /// <summary>True (big-endian) or false (little-endian) when most odd (even) bytes of the start are zero, as in UTF-16 text.</summary>
    private static bool? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        int pairs = Math.Min(bytes.Length, Sample) / 2;
        if (pairs < 2)
        {
            return null;
        }
        if (bytes[..(pairs * 2)].IndexOf((byte)0) < 0)
        {
            return null; // no zero byte at all (most text): neither half can be mostly zeros
        }
        int zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i < pairs * 2; i += 2)
        {
            zeroEven += bytes[i] == 0 ? 1 : 0;
            zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (zeroOdd * 10 >= pairs * 3 && zeroEven * 20 < pairs)
        {
            return false;
        }
        if (zeroEven * 10 >= pairs * 3 && zeroOdd * 20 < pairs)
        {
            return true;
        }
        return null;
    }

    private static Decoded Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return new Decoded(encoding.GetString(bytes), name, null, null);
        }
        catch (DecoderFallbackException ex)
        {
            int offset = Math.Max(0, ex.Index);
            string at = offset < bytes.Length ? $"byte 0x{bytes[offset]:X2} at offset {offset.ToString(CultureInfo.InvariantCulture)}" : "the end of the file";
            return new Decoded(null, null, $"not {name} text ({at} is not {name})",
                name == "UTF-8"
                    ? "convert it to UTF-8 first, e.g. iconv -f WINDOWS-1252 -t UTF-8 (for text from Windows)"
                    : $"check the file: it starts as {name} but is not valid {name}");
        }
    }
}
