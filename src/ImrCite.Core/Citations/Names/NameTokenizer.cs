using System.Buffers;

namespace ImrCite.Citations;

/// <summary>
/// Splits citation text into <see cref="NameWord"/>s: the words of the matching key (lower case, "&amp;" as
/// "and", apostrophes inside words and trademark signs dropped) with their spans, the separator before each,
/// the bracket depth, and hyphens at line breaks rejoined. Then <see cref="NameQualifiers"/> marks the words
/// that qualify a name rather than name something. Linear in the length of the text.
/// </summary>
internal static class NameTokenizer
{
    /// <summary>The words of text[start..end), classified.</summary>
    public static List<NameWord> Read(string text, int start, int end)
    {
        var words = new List<NameWord>();
        Append(text, start, end, words, null);
        NameQualifiers.Classify(text, words);
        return words;
    }

    /// <summary>
    /// The words of several spans of one text, in order, classified together; each word's key is the table's
    /// string when the table holds it (no string is built for it) and carries its stem's id in the table.
    /// </summary>
    public static List<NameWord> Read(string text, IReadOnlyList<(int Start, int End)> parts, WordTable? table = null)
    {
        // Sized for the usual word length, so the list seldom grows (a word is a large struct).
        int length = 0;
        foreach (var (start, end) in parts)
        {
            length += Math.Max(0, end - start);
        }
        var words = new List<NameWord>(Math.Min(512, length / 6 + 4));
        Read(text, parts, table, words);
        return words;
    }

    /// <summary>As <see cref="Read(string, IReadOnlyList{ValueTuple{int, int}}, WordTable?)"/>, into <paramref name="words"/> (empty).</summary>
    public static void Read(string text, IReadOnlyList<(int Start, int End)> parts, WordTable? table, List<NameWord> words)
    {
        foreach (var (start, end) in parts)
        {
            Append(text, start, end, words, table);
        }
        NameQualifiers.Classify(text, words);
    }

    private static void Append(string text, int start, int end, List<NameWord> words, WordTable? table)
    {
        char[] current = ArrayPool<char>.Shared.Rent(64);
        int length = 0;
        int wordStart = -1;
        int wordEnd = -1;
        int joinedAt = -1;
        int depth = 0;
        int wordDepth = 0;
        var separator = NameSeparator.None;
        void Flush()
        {
            if (length > 0)
            {
                int stem = WordTable.NoStem;
                string key = table?.FindKey(new ReadOnlySpan<char>(current, 0, length), out stem) ?? new string(current, 0, length);
                words.Add(new NameWord(key, wordStart, wordEnd, separator, wordDepth, joinedAt, table, stem));
                length = 0;
                separator = NameSeparator.None;
                joinedAt = -1;
            }
        }
        void Separate(NameSeparator kind)
        {
            Flush();
            // The strongest mark wins: "MRI), and" is a comma before "and".
            if (separator == NameSeparator.None || kind == NameSeparator.Semicolon)
            {
                separator = kind;
            }
        }
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (length == 0)
                {
                    wordStart = i;
                    wordDepth = depth;
                }
                if (length == current.Length)
                {
                    char[] larger = ArrayPool<char>.Shared.Rent(length * 2);
                    Array.Copy(current, larger, length);
                    ArrayPool<char>.Shared.Return(current);
                    current = larger;
                }
                current[length++] = char.ToLowerInvariant(c);
                wordEnd = i + 1;
                continue;
            }
            switch (c)
            {
                case '\'' or '\u2019' when length > 0 && i + 1 < end && char.IsLetter(text[i + 1]):
                case '\u00AE' or '\u2122':
                    // An apostrophe inside a word joins it ("Reiter's" reads "reiters"); trademark signs vanish.
                    break;
                case '&':
                    Flush();
                    words.Add(new NameWord("and", i, i + 1, separator, depth, -1, table, table?.FindStemId("and".AsSpan()) ?? WordTable.NoStem));
                    separator = NameSeparator.None;
                    break;
                case '\u00AD':
                    break; // a soft hyphen is invisible: the word goes on
                case '-':
                    int after = LineBreakAfter(text, i + 1, end);
                    if (length > 0 && after > 0 && char.IsLetter(text[after]))
                    {
                        // A word hyphenated at a line break ("Electro-⏎diagnostic") continues on the next line.
                        joinedAt = length;
                        i = after - 1;
                        break;
                    }
                    bool standsApart = (i > start && char.IsWhiteSpace(text[i - 1])) || (i + 1 < end && char.IsWhiteSpace(text[i + 1]));
                    if (standsApart)
                    {
                        Separate(NameSeparator.Dash);
                    }
                    else
                    {
                        Flush(); // a compound ("post-operative") reads as two words
                    }
                    break;
                case '\u2013' or '\u2014':
                    Separate(NameSeparator.Dash);
                    break;
                case ',':
                    Separate(NameSeparator.Comma);
                    break;
                case ';':
                    Separate(NameSeparator.Semicolon);
                    break;
                case ':':
                    Separate(NameSeparator.Colon);
                    break;
                case '/':
                    // Between digits a slash belongs to a date or a fraction ("11/16/16"); between two words written
                    // together it joins a compound ("Hydrocodone/Acetaminophen", "EMG/NCS"); standing apart it
                    // separates ("Neck Chapter/ Computed Tomography").
                    bool joined = length > 0 && i + 1 < end && char.IsLetterOrDigit(text[i + 1]);
                    if (joined)
                    {
                        Flush();
                    }
                    else
                    {
                        Separate(NameSeparator.Slash);
                    }
                    break;
                case '(' or '[':
                    Flush();
                    depth++;
                    break;
                case ')' or ']':
                    Flush();
                    if (depth > 0)
                    {
                        depth--;
                    }
                    break;
                default:
                    Flush();
                    break;
            }
        }
        Flush();
        ArrayPool<char>.Shared.Return(current);
    }

    /// <summary>The first character of the next line when only spaces stand between <paramref name="p"/> and a line break; otherwise -1.</summary>
    private static int LineBreakAfter(string text, int p, int end)
    {
        while (p < end && (text[p] == ' ' || text[p] == '\t'))
        {
            p++;
        }
        if (p < end && text[p] == '\r')
        {
            p++;
        }
        if (p >= end || text[p] != '\n')
        {
            return -1;
        }
        p++;
        while (p < end && (text[p] == ' ' || text[p] == '\t'))
        {
            p++;
        }
        return p < end ? p : -1;
    }
}
