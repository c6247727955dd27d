namespace ImrCite.Text;

/// <summary>
/// Characters that need telling apart: those a catalogue string may not hold because they are not text: lone surrogates (half of a
/// character; no UTF-8 file can hold one) and Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the
/// last two code points of every plane), which string normalisation and identifier builders reject.
/// </summary>
internal static class TextCharacters
{
    /// <summary>True for a Unicode noncharacter code point.</summary>
    public static bool IsNoncharacter(int codePoint) =>
        (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>
    /// The text with every lone surrogate and noncharacter replaced by U+FFFD (the same instance when there is
    /// none). <paramref name="first"/>, when still -1, becomes the first such character's code point.
    /// </summary>
    public static string Sanitize(string text, ref int first)
    {
        StringBuilder? builder = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int codePoint = c;
            int width = 1;
            bool bad;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[i + 1]);
                width = 2;
                bad = IsNoncharacter(codePoint);
            }
            else
            {
                bad = char.IsSurrogate(c) || IsNoncharacter(codePoint);
            }
            if (bad)
            {
                if (first < 0)
                {
                    first = codePoint;
                }
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append('\uFFFD');
            }
            else if (builder is not null)
            {
                builder.Append(text, i, width);
            }
            i += width - 1;
        }
        return builder?.ToString() ?? text;
    }

    /// <summary>
    /// The letters a Latin ligature stands for — ﬀ, ﬁ, ﬂ, ﬃ, ﬄ, ﬅ, ﬆ, which PDF text extraction gives for words a typesetter
    /// drew with them ("Ofﬁcial") — or null for any other character.
    /// </summary>
    public static string? Ligature(char c) => c switch
    {
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        '\uFB05' or '\uFB06' => "st",
        _ => null,
    };

    /// <summary>"U+FFFE, a Unicode noncharacter" or "U+D800, a lone surrogate (half of a character)", for messages.</summary>
    public static string Describe(int codePoint) =>
        "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture)
        + (codePoint >= 0xD800 && codePoint <= 0xDFFF ? ", a lone surrogate (half of a character)" : ", a Unicode noncharacter");
}
