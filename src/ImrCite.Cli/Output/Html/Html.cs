namespace ImrCite.Cli.Output.Html;

/// <summary>
/// Escaping for the HTML reports. Every string that comes from a letter or a catalogue passes through here before it
/// reaches a page: in text, <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> become references, so a letter's
/// <c>&lt;script&gt;</c> reads as text; in attribute values (always written in double quotes) the quotes too. Control
/// characters (which HTML does not allow) and the bidirectional overrides that could reorder what a reader sees
/// are shown as visible escapes (<c>\x1B</c>, <c>\u202E</c>), as the terminal output shows them.
/// </summary>
internal static class Html
{
    /// <summary>The text escaped for an element's content.</summary>
    public static string Text(string? text)
    {
        var builder = new StringBuilder((text?.Length ?? 0) + 16);
        AppendText(builder, text ?? "", 0, text?.Length ?? 0, keepLineBreaks: false);
        return builder.ToString();
    }

    /// <summary>The text escaped for an attribute value written in double quotes.</summary>
    public static string Attribute(string? text)
    {
        var builder = new StringBuilder((text?.Length ?? 0) + 16);
        foreach (char c in text ?? "")
        {
            switch (c)
            {
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: AppendChar(builder, c, keepLineBreaks: false); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>Writes <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>) escaped; line breaks kept when asked (a letter's text).</summary>
    public static void WriteText(TextWriter output, string text, int start, int end, bool keepLineBreaks)
    {
        var builder = new StringBuilder(end - start + 16);
        AppendText(builder, text, start, end, keepLineBreaks);
        output.Write(builder);
    }

    private static void AppendText(StringBuilder builder, string text, int start, int end, bool keepLineBreaks)
    {
        for (int i = start; i < end; i++)
        {
            AppendChar(builder, text[i], keepLineBreaks);
        }
    }

    private static void AppendChar(StringBuilder builder, char c, bool keepLineBreaks)
    {
        switch (c)
        {
            case '&': builder.Append("&amp;"); break;
            case '<': builder.Append("&lt;"); break;
            case '>': builder.Append("&gt;"); break;
            case '\n' when keepLineBreaks: builder.Append('\n'); break;
            case '\r' when keepLineBreaks: builder.Append('\n'); break; // a lone CR ends a line (LineMap)
            case '\t' when keepLineBreaks: builder.Append('\t'); break;
            case '\n' or '\r' or '\t': builder.Append(' '); break;
            default:
                if (TerminalText.NeedsEscape(c))
                {
                    builder.Append(c <= 0xFF ? "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }
                break;
        }
    }
}
