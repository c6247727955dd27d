namespace ImrCite.Text;

/// <summary>
/// Decodes a text file's bytes without ever replacing a bad byte silently: UTF-8 (with or without a byte
/// order mark), or UTF-16 when the file starts with its byte order mark. On a bad byte it says where the
/// first one is; the text it returns then is only good for turning that offset into a line and column.
/// </summary>
internal static class StrictDecoder
{
    /// <summary>The decoded text, or the first error with its character offset.</summary>
    public readonly struct Result
    {
        public Result(string text, string? error, int errorOffset)
        {
            Text = text;
            Error = error;
            ErrorOffset = errorOffset;
        }

        /// <summary>The text; with an error, the bytes decoded with replacement characters.</summary>
        public string Text { get; }

        /// <summary>What is wrong with the first bad byte, or null when the bytes are valid.</summary>
        public string? Error { get; }

        /// <summary>The character offset in <see cref="Text"/> of the first bad byte.</summary>
        public int ErrorOffset { get; }
    }

    public static Result Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return DecodeUtf16(bytes, bigEndian: bytes[0] == 0xFE);
        }
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        int bad = FirstInvalidUtf8(bytes, start);
        if (bad < 0)
        {
            return new Result(Encoding.UTF8.GetString(bytes, start, bytes.Length - start), null, 0);
        }
        // The valid prefix decodes exactly, so its length is the bad byte's character offset.
        int offset = Encoding.UTF8.GetCharCount(bytes, start, bad - start);
        string error = $"byte 0x{bytes[bad].ToString("X2", CultureInfo.InvariantCulture)} at byte offset {bad.ToString(CultureInfo.InvariantCulture)} does not begin or continue a UTF-8 character";
        return new Result(Encoding.UTF8.GetString(bytes, start, bytes.Length - start), error, offset);
    }

    /// <summary>
    /// The index of the first byte that is not part of a well-formed UTF-8 sequence (Unicode Table 3-7: no
    /// overlong forms, no surrogates, nothing above U+10FFFF), or -1.
    /// </summary>
    public static int FirstInvalidUtf8(byte[] bytes, int start)
    {
        int i = start;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }
            int length;
            byte min = 0x80;
            byte max = 0xBF;
            if (b >= 0xC2 && b <= 0xDF)
            {
                length = 2;
            }
            else if (b >= 0xE0 && b <= 0xEF)
            {
                length = 3;
                if (b == 0xE0)
                {
                    min = 0xA0; // no overlong forms
                }
                else if (b == 0xED)
                {
                    max = 0x9F; // no surrogates
                }
            }
            else if (b >= 0xF0 && b <= 0xF4)
            {
                length = 4;
                if (b == 0xF0)
                {
                    min = 0x90;
                }
                else if (b == 0xF4)
                {
                    max = 0x8F; // nothing above U+10FFFF
                }
            }
            else
            {
                return i;
            }
            for (int k = 1; k < length; k++)
            {
                if (i + k >= bytes.Length)
                {
                    return i;
                }
                byte next = bytes[i + k];
                byte low = k == 1 ? min : (byte)0x80;
                byte high = k == 1 ? max : (byte)0xBF;
                if (next < low || next > high)
                {
                    return i; // the sequence that starts here is cut short or malformed
                }
            }
            i += length;
        }
        return -1;
    }

    private static Result DecodeUtf16(byte[] bytes, bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: false);
        string text = encoding.GetString(bytes, 2, bytes.Length - 2);
        int units = (bytes.Length - 2) / 2;
        for (int u = 0; u < units; u++)
        {
            int at = 2 + 2 * u;
            int unit = bigEndian ? (bytes[at] << 8) | bytes[at + 1] : bytes[at] | (bytes[at + 1] << 8);
            if (unit >= 0xD800 && unit <= 0xDBFF && u + 1 < units)
            {
                int after = 2 + 2 * (u + 1);
                int next = bigEndian ? (bytes[after] << 8) | bytes[after + 1] : bytes[after] | (bytes[after + 1] << 8);
                if (next >= 0xDC00 && next <= 0xDFFF)
                {
                    u++;
                    continue;
                }
            }
            if (unit >= 0xD800 && unit <= 0xDFFF)
            {
                return new Result(text, $"the file starts with a UTF-16 byte order mark, but the code unit 0x{unit.ToString("X4", CultureInfo.InvariantCulture)} at byte offset {at.ToString(CultureInfo.InvariantCulture)} is half of a character", Math.Min(u, text.Length));
            }
        }
        if ((bytes.Length - 2) % 2 != 0)
        {
            return new Result(text, $"the file starts with a UTF-16 byte order mark, but its last byte (at byte offset {(bytes.Length - 1).ToString(CultureInfo.InvariantCulture)}) is half of a code unit", Math.Max(0, text.Length - 1));
        }
        return new Result(text, null, 0);
    }
}
