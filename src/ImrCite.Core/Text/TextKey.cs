namespace ImrCite.Text;

/// <summary>
/// The matching key of a title or alias: lower case, '&amp;' read as "and", every other
/// non-alphanumeric character a space, spaces collapsed. "NSAIDs, GI symptoms &amp; cardiovascular risk"
/// and "nsaids gi symptoms and cardiovascular risk" share a key.
/// </summary>
internal static class TextKey
{
    /// <summary>Returns the matching key of <paramref name="text"/>.</summary>
    public static string Normalize(string text)
    {
        // The words of Tokenize joined by single spaces, written in one pass without a string per word.
        var builder = new StringBuilder(text.Length);
        bool inWord = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    if (builder.Length > 0)
                    {
                        builder.Append(' ');
                    }
                    inWord = true;
                }
                AppendKeyLetter(builder, c);
            }
            else if ((c == '\'' || c == '\u2019') && inWord && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // An apostrophe inside a word joins it: "Reiter's" reads "reiters".
            }
            else if (c == '\u00AE' || c == '\u2122')
            {
                // Trademark signs vanish: "Wellbutrin®".
            }
            else if (c == '&')
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }
                builder.Append("and");
                inWord = false;
            }
            else
            {
                inWord = false;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// Splits text[start..end) into the words of its matching key, each with its span and the
    /// separator punctuation (',' or ';') that precedes it, if any.
    /// </summary>
    internal static System.Collections.Generic.List<KeyWord> Tokenize(string text, int start, int end)
    {
        var words = new System.Collections.Generic.List<KeyWord>();
        var current = new StringBuilder();
        int wordStart = -1;
        int wordEnd = -1;
        char separator = '\0';
        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(new KeyWord(current.ToString(), wordStart, wordEnd, separator));
                current.Clear();
                separator = '\0';
            }
        }
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (current.Length == 0)
                {
                    wordStart = i;
                }
                AppendKeyLetter(current, c);
                wordEnd = i + 1;
            }
            else if ((c == '\'' || c == '\u2019') && current.Length > 0 && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                // An apostrophe inside a word joins it: "Reiter's" reads "reiters".
            }
            else if (c == '\u00AE' || c == '\u2122')
            {
                // Trademark signs vanish: "Wellbutrin®".
            }
            else if (c == '&')
            {
                Flush();
                words.Add(new KeyWord("and", i, i + 1, separator));
                separator = '\0';
            }
            else
            {
                Flush();
                if (c == ',' || c == ';')
                {
                    separator = c;
                }
            }
        }
        Flush();
        return words;
    }

    /// <summary>Levenshtein distance, capped: returns <paramref name="cap"/> + 1 once the distance exceeds it.</summary>
    public static int Distance(string a, string b, int cap)
    {
        if (System.Math.Abs(a.Length - b.Length) > cap)
        {
            return cap + 1;
        }
        // Two rows of the table; on the stack for the short names this is asked about.
        Span<int> previous = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = System.Math.Min(System.Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = System.Math.Min(rowMin, current[j]);
            }
            if (rowMin > cap)
            {
                return cap + 1;
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.Length];
    }

    /// <summary>A letter or digit as a key holds it: lower case, and a ligature as its letters ("Ofﬁcial" reads "official").</summary>
    private static void AppendKeyLetter(StringBuilder key, char c)
    {
        if (TextCharacters.Ligature(c) is { } letters)
        {
            key.Append(letters);
        }
        else
        {
            key.Append(char.ToLowerInvariant(c));
        }
    }
}

/// <summary>One word of a matching key with its span in the original text.</summary>
/// <param name="Key">The word's matching key.</param>
/// <param name="Start">0-based offset of the word's first character.</param>
/// <param name="End">0-based offset just past the word.</param>
/// <param name="SeparatorBefore">',' or ';' when that punctuation stands between this word and the previous one; otherwise '\0'.</param>
internal readonly record struct KeyWord(string Key, int Start, int End, char SeparatorBefore)
{
    /// <inheritdoc />
    public override string ToString() => Key;
}
