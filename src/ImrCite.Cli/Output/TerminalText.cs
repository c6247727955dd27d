namespace ImrCite.Cli.Output;

/// <summary>
/// Text from a letter or a catalogue made safe for a terminal: control characters (C0, DEL, C1, including the
/// escape character that starts terminal sequences) and the bidirectional overrides that can reorder what a
/// reader sees are written as visible escapes (<c>\x1B</c>, <c>\u202E</c>); a tab becomes one space.
/// </summary>
public static class TerminalText
{
    /// <summary>True when <paramref name="c"/> is written escaped.</summary>
    public static bool NeedsEscape(char c) => c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>The text as it is safe to print; unchanged (same instance) when nothing needs escaping.</summary>
    public static string Escape(string text)
    {
        int i = 0;
        while (i < text.Length && !NeedsEscape(text[i]))
        {
            i++;
        }
        if (i == text.Length)
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 8);
        escaped.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            Append(escaped, text[i]);
        }
        return escaped.ToString();
    }

    /// <summary>Appends one character, escaped when it needs to be.</summary>
    public static void Append(StringBuilder builder, char c)
    {
        if (c == '\t')
        {
            builder.Append(' ');
        }
        else if (!NeedsEscape(c))
        {
            builder.Append(c);
        }
        else if (c <= 0xFF)
        {
            builder.Append("\\x").Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>How many characters <paramref name="c"/> takes once escaped.</summary>
    public static int Width(char c) => c == '\t' || !NeedsEscape(c) ? 1 : c <= 0xFF ? 4 : 6;
}
