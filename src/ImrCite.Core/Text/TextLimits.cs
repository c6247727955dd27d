namespace ImrCite.Text;

/// <summary>
/// Bounds on text that diagnostics quote from their input, so a message stays one readable line whatever
/// the input holds (a megabyte-long id, a page set of 60,000 entries).
/// </summary>
internal static class TextLimits
{
    /// <summary>The most characters a message quotes from one input value.</summary>
    public const int QuotedLength = 80;

    /// <summary>The most items a message lists (sections, pages, ids); the rest are counted.</summary>
    public const int ListedItems = 5;

    /// <summary>The text, or its first characters and "…" when it is longer than <paramref name="max"/> (never cut inside a surrogate pair).</summary>
    public static string Shorten(string? text, int max = QuotedLength)
    {
        if (text is null || text.Length <= max)
        {
            return text ?? "";
        }
        int cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }
        return text.Substring(0, cut) + "\u2026";
    }

    /// <summary>
    /// Joins at most <see cref="ListedItems"/> items with ", " and counts the rest ("a, b, c, d, e and 7 more").
    /// </summary>
    public static string List(System.Collections.Generic.IReadOnlyList<string> items, int max = ListedItems)
    {
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < items.Count && i < max; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }
            builder.Append(items[i]);
        }
        if (items.Count > max)
        {
            builder.Append(" and ").Append((items.Count - max).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" more");
        }
        return builder.ToString();
    }
}
