namespace ImrCite.Citations;

/// <summary>How citation text is quoted in a message: on one line, bounded in length.</summary>
internal static class CitationText
{
    /// <summary>
    /// <paramref name="text"/> on one line: every run of white space and control characters (line breaks, tabs,
    /// page breaks) is one space, and the ends are trimmed; longer than <paramref name="maxLength"/> characters, it is
    /// cut at a word and ends with "…". A message quoting letter text therefore never spans two lines.
    /// </summary>
    public static string OneLine(string text, int maxLength = 100)
    {
        maxLength = System.Math.Max(1, System.Math.Min(maxLength, int.MaxValue - 2));
        var builder = new StringBuilder(System.Math.Min(text.Length, maxLength) + 2);
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c) || char.IsControl(c);
            if (space)
            {
                if (builder.Length > 0 && builder[builder.Length - 1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
            if (builder.Length > maxLength + 1)
            {
                break;
            }
        }
        string line = builder.ToString().Trim();
        if (line.Length <= maxLength)
        {
            return line;
        }
        string cut = line.Substring(0, maxLength - 1);
        int lastSpace = cut.LastIndexOf(' ');
        if (lastSpace > maxLength / 2)
        {
            cut = cut.Substring(0, lastSpace);
        }
        return cut.TrimEnd() + "\u2026";
    }
}
